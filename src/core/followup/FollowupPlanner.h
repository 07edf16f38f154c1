#pragma once

#include "credit/CreditOnAccount.h"
#include "domain/FollowupPlan.h"
#include "domain/FollowupSnapshot.h"
#include "followup/InstallmentSchedule.h"

#include <optional>

namespace settle {

// The escalation rule (docs/USER-GUIDE-followups.md) as a pure function: (ledger state, policies, what was raised
// before, date) -> actions. No database, no clock; the same snapshot always gives the same plan.
class FollowupPlanner
{
public:
    using DueAmount = InstallmentSchedule::DueAmount;

    static FollowupPlan plan(const FollowupSnapshot& snapshot);

    // Rule 1: disputed at d when the latest dispute or resolution dated on or before d is a dispute.
    static bool isDisputed(const QList<InvoiceEvent>& events, QDate d);
    // Rule 1: the latest promise made on or before d still runs on d (its until date is d or later).
    static bool isUnderPromise(const QList<InvoiceEvent>& events, QDate d);
    // Rules 2-4 for one due amount: the stage to raise at d, if any.
    static std::optional<int> nextStage(const QList<Stage>& stages, const FollowupSnapshot::History& history,
                                        QDate due, QDate d);
    // invoice id -> the part of its balance at the snapshot's date its customer's credit on account
    // covers (invoices it does not reach are left out).
    static QHash<qint64, qint64> coveredByCredit(const FollowupSnapshot& snapshot);
    // The invoice as one due amount, or its installments (InstallmentSchedule).
    static QList<DueAmount> dueAmounts(const FollowupSnapshot::Invoice& invoice);
};

} // namespace settle
