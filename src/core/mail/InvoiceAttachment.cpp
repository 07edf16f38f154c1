#include "mail/InvoiceAttachment.h"

#include "documents/InvoicePdf.h"
#include "documents/StatementBatch.h"
#include "errors/SettleError.h"

#include <QGuiApplication>

namespace settle {

void InvoiceAttachment::requireDocumentFonts()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("an invoice PDF cannot be made in this program: it has no fonts "
                                         "(it runs without a QGuiApplication)"));
}

MailAttachment InvoiceAttachment::make(const Ledger::InvoiceDetail& detail, const Customer& customer,
                                       const CompanyProfile& company)
{
    requireDocumentFonts();
    // "INV-0042.pdf", made safe as a statement's file name is.
    return MailAttachment{StatementBatch::fileName(detail.invoice.number), QStringLiteral("application/pdf"),
                          InvoicePdf::render(detail, customer, company)};
}

} // namespace settle
