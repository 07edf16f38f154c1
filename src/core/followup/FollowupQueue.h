#pragma once

#include "domain/FollowupRecord.h"

#include <QList>

namespace settle {

class Ledger;

// The queue the bookkeeper works: what was raised, and the decisions on stages that need a person.
class FollowupQueue
{
public:
    explicit FollowupQueue(Ledger& ledger) : m_ledger(ledger) {}

    // Newest first; `pendingApprovalOnly` keeps the ones waiting for a person.
    QList<FollowupRecord> list(bool pendingApprovalOnly = false);
    FollowupRecord get(qint64 id);
    // Approves a follow-up that waits for approval and delivers it (fees are charged today).
    FollowupRecord approve(qint64 id);
    // Drops a follow-up that waits for approval: nothing is delivered, the stage stays raised.
    FollowupRecord dismiss(qint64 id);

private:
    FollowupRecord decide(qint64 id, bool approve);

    Ledger& m_ledger;
};

} // namespace settle
