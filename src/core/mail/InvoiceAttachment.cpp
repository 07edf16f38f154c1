#include "mail/InvoiceAttachment.h"

#include "documents/InvoicePdf.h"
#include "documents/StatementBatch.h"

namespace settle {

MailAttachment InvoiceAttachment::make(const Ledger::InvoiceDetail& detail, const Customer& customer,
                                       const CompanyProfile& company)
{
    // "INV-0042.pdf", made safe as a statement's file name is.
    return MailAttachment{StatementBatch::fileName(detail.invoice.number), QStringLiteral("application/pdf"),
                          InvoicePdf::render(detail, customer, company)};
}

} // namespace settle
