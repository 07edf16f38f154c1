#include "mail/InvoiceMail.h"

#include "dates/IsoDate.h"
#include "documents/CompanyProfile.h"
#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "mail/InvoiceAttachment.h"
#include "mail/Outbox.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateRenderer.h"

namespace settle {

OutboxMessage InvoiceMail::compose(const QString& invoiceNumber, QDate asOf, const std::optional<QString>& einvoice)
{
    const auto detail = m_ledger.invoice(invoiceNumber, asOf);
    const Invoice& invoice = detail.invoice;
    if (invoice.status == InvoiceStatus::Draft || invoice.number.isEmpty())
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("invoice %1 is a draft: issue it before sending it").arg(invoiceNumber));
    if (invoice.status == InvoiceStatus::Void)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("invoice %1 is void and is not sent").arg(invoice.number));
    if (asOf < invoice.issueDate)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("invoice %1 was issued on %2, after %3")
                              .arg(invoice.number, IsoDate::format(invoice.issueDate), IsoDate::format(asOf)));
    const Customer customer = m_ledger.requireCustomer(invoice.customerCode);
    if (customer.email.trimmed().isEmpty())
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("customer %1 (%2) has no email address: invoice %3 cannot be sent")
                              .arg(customer.code, customer.name, invoice.number));
    // The PDF first: without fonts nothing is rendered for nothing.
    Customer attachFor = customer;
    if (einvoice)
        attachFor.einvoice = *einvoice;
    const QList<MailAttachment> files = InvoiceAttachment::forCustomer(m_ledger, detail, attachFor);
    const QString language = TemplateKeys::languageFor(customer.language);
    OutboxMessage message =
        Outbox::toCustomer(customer, TemplateRenderer(m_ledger).invoice(invoice.number, language, asOf),
                           templateKey(), language);
    message.attachments << files;
    return message;
}

qint64 InvoiceMail::queue(const QString& invoiceNumber, QDate asOf)
{
    return queue(compose(invoiceNumber, asOf));
}

qint64 InvoiceMail::queue(OutboxMessage message)
{
    // Outbox::queue checks every address and writes the message with its audit row in one write.
    return Outbox(m_ledger).queue(std::move(message));
}

} // namespace settle
