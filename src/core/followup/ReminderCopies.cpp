#include "followup/ReminderCopies.h"

#include "mail/MailSwitches.h"

#include <QSet>

namespace settle {

QList<InvoiceCopy> ReminderCopies::forItems(const QList<FollowupRecord::Item>& items, QDate on)
{
    if (!m_enabled)
        m_enabled = MailSwitches::attachInvoicesToReminders(m_ledger);
    if (!*m_enabled)
        return {};
    QList<InvoiceCopy> copies;
    QSet<qint64> named;
    for (const auto& item : items) {
        if (named.contains(item.due.invoiceId))
            continue;
        named.insert(item.due.invoiceId);
        // As of the reminder's date: "paid so far" shows what the reminder's balance is net of.
        copies << InvoiceCopy{item.due.invoiceId, item.due.number, on};
    }
    return copies;
}

} // namespace settle
