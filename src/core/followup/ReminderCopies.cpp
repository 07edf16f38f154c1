#include "followup/ReminderCopies.h"

#include "ledger/Ledger.h"
#include "mail/InvoiceAttachment.h"
#include "mail/MailSwitches.h"

#include <QSet>

namespace settle {

QList<MailAttachment> ReminderCopies::forItems(const QString& customerCode,
                                               const QList<FollowupRecord::Item>& items, QDate on)
{
    if (!m_enabled)
        m_enabled = MailSwitches::attachInvoicesToReminders(m_ledger);
    if (!*m_enabled || items.isEmpty())
        return {};
    if (!m_company)
        m_company = CompanyProfile::load(m_ledger);
    auto customer = m_customers.constFind(customerCode);
    if (customer == m_customers.cend())
        customer = m_customers.insert(customerCode, m_ledger.requireCustomer(customerCode));
    QList<MailAttachment> copies;
    QSet<qint64> named;
    for (const auto& item : items) {
        if (named.contains(item.due.invoiceId))
            continue;
        named.insert(item.due.invoiceId);
        // As of the reminder's date: "paid so far" shows what the reminder's balance is net of.
        copies << InvoiceAttachment::make(m_ledger.invoice(item.due.number, on), *customer, *m_company);
    }
    return copies;
}

} // namespace settle
