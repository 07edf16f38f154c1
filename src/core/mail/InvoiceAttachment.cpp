#include "mail/InvoiceAttachment.h"

#include "documents/InvoicePdf.h"
#include "documents/StatementBatch.h"
#include "einvoice/EinvoiceExport.h"

namespace settle {

MailAttachment InvoiceAttachment::make(const Ledger::InvoiceDetail& detail, const Customer& customer,
                                       const CompanyProfile& company)
{
    // "INV-0042.pdf", made safe as a statement's file name is.
    return MailAttachment{StatementBatch::fileName(detail.invoice.number), QStringLiteral("application/pdf"),
                          InvoicePdf::render(detail, customer, company)};
}

QList<MailAttachment> InvoiceAttachment::forCustomer(Ledger& ledger, const Ledger::InvoiceDetail& detail,
                                                     const Customer& customer)
{
    const auto format = EinvoiceFormat::parse(customer.einvoice);
    if (!format)
        return {make(detail, customer, CompanyProfile::load(ledger))};
    // The e-invoice first: a refusal (a field it lacks) stops the message before any drawing.
    const MailAttachment einvoice = EinvoiceExport(ledger).make(detail, customer, *format);
    if (*format == EinvoiceFormat::Kind::FacturX)
        return {einvoice};
    return {make(detail, customer, CompanyProfile::load(ledger)), einvoice};
}

} // namespace settle
