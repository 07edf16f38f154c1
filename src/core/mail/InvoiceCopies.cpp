#include "mail/InvoiceCopies.h"

#include "documents/StatementBatch.h"
#include "ledger/Ledger.h"
#include "mail/InvoiceAttachment.h"

namespace settle {

QList<MailAttachment> InvoiceCopies::draw(const QList<InvoiceCopy>& copies)
{
    QList<MailAttachment> drawn;
    for (const InvoiceCopy& copy : copies) {
        if (!m_company)
            m_company = CompanyProfile::load(m_ledger);
        const auto detail = m_ledger.invoice(copy.number, copy.asOf);
        const QString& code = detail.invoice.customerCode;
        auto customer = m_customers.constFind(code);
        if (customer == m_customers.cend())
            customer = m_customers.insert(code, m_ledger.requireCustomer(code));
        drawn << InvoiceAttachment::make(detail, *customer, *m_company);
    }
    return drawn;
}

QString InvoiceCopies::fileName(const InvoiceCopy& copy)
{
    return StatementBatch::fileName(copy.number);
}

} // namespace settle
