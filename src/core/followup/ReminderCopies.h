#pragma once

#include "domain/FollowupRecord.h"
#include "domain/InvoiceCopy.h"

#include <QDate>
#include <QList>

#include <optional>

namespace settle {

class Ledger;

// The copies a reminder email carries: each invoice it names, as of the reminder's date, while
// followups.attach_invoices is on. They are named here and drawn when the message is looked at or
// sent (InvoiceCopies), so that a run raising thousands of stages draws no PDF inside its write.
// One lives for a follow-up run, so that the setting is read once, not once a message.
class ReminderCopies
{
public:
    explicit ReminderCopies(Ledger& ledger) : m_ledger(ledger) {}

    // One copy per invoice named by `items` (an invoice with several installments due once), in the
    // order first named; none when the setting is off.
    QList<InvoiceCopy> forItems(const QList<FollowupRecord::Item>& items, QDate on);

private:
    Ledger& m_ledger;
    std::optional<bool> m_enabled;
};

} // namespace settle
