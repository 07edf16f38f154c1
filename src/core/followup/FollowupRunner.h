#pragma once

#include "domain/FollowupPlan.h"
#include "domain/InvoiceEvent.h"

#include <QList>

namespace settle {

class Ledger;

// What one run raised.
struct FollowupRunResult
{
    QDate asOf;
    FollowupPlan raised;            // the actions raised, as planned (minus anything raised meanwhile)
    QList<qint64> followupIds;      // parallel to raised.actions
    QList<InvoiceEvent> verdicts;   // promises judged kept or broken in this run
    int pendingApproval = 0;        // of the raised actions, how many wait for a person
};

// Raises follow-ups: plans at a date and writes the actions to the queue, each with its items,
// deliveries and fees, in one transaction (rule 5 is guarded by the
// UNIQUE constraint on followup_items, so two processes can never both raise one stage).
class FollowupRunner
{
public:
    explicit FollowupRunner(Ledger& ledger);

    // What a run at `asOf` would raise; changes nothing.
    FollowupPlan plan(QDate asOf);
    // Judges promises that ran out, plans and raises, all at `asOf`. Another process running at the
    // same moment raises the rest or nothing, never the same stage again.
    FollowupRunResult run(QDate asOf);
    // Raises a plan made earlier (a person looked at it first); whatever was raised since, by this
    // or another process, is left out.
    FollowupRunResult raise(const FollowupPlan& plan);

private:
    template <typename Work>
    FollowupRunResult retrying(Work work);

    Ledger& m_ledger;
};

} // namespace settle
