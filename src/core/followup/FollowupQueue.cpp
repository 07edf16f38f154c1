#include "followup/FollowupQueue.h"

#include "dates/Clock.h"
#include "errors/SettleError.h"
#include "followup/FollowupDelivery.h"
#include "ledger/Ledger.h"
#include "mail/Outbox.h"
#include "storage/AuditLog.h"
#include "storage/FollowupRepository.h"
#include "storage/PolicyRepository.h"

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

// The stage a follow-up was raised for, as its policy describes it now; if the policy has been
// edited since, the stage is found by name, and failing that rebuilt from what the queue kept.
Stage stageOf(Database& db, const FollowupRecord& record, qint64 policyId)
{
    for (const auto& policy : PolicyRepository(db).all()) {
        if (policy.id != policyId)
            continue;
        if (record.stageIndex < policy.stages.size() &&
            policy.stages[record.stageIndex].name == record.stageName)
            return policy.stages[record.stageIndex];
        for (const auto& stage : policy.stages)
            if (stage.name == record.stageName)
                return stage;
    }
    Stage stage;
    stage.name = record.stageName;
    stage.channels = Channels::parse(record.channel).value_or(Channels::Task);
    stage.needsApproval = record.needsApproval;
    return stage;
}

} // namespace

QList<FollowupRecord> FollowupQueue::list(bool pendingApprovalOnly)
{
    return FollowupRepository(m_ledger.database()).list(pendingApprovalOnly);
}

FollowupRecord FollowupQueue::get(qint64 id)
{
    const auto found = FollowupRepository(m_ledger.database()).find(id);
    if (!found)
        badInput(QStringLiteral("there is no follow-up %1").arg(id));
    return *found;
}

FollowupRecord FollowupQueue::approve(qint64 id)
{
    return decide(id, true);
}

FollowupRecord FollowupQueue::dismiss(qint64 id)
{
    return decide(id, false);
}

FollowupRecord FollowupQueue::decide(qint64 id, bool approve)
{
    // Approving delivers the stage: its fees become invoices and its email goes to the outbox.
    const Ledger::Changes approved =
        Ledger::Change::Followups | Ledger::Change::Invoices | Ledger::Change::Outbox;
    return m_ledger.write(
        approve ? approved : Ledger::Changes(Ledger::Change::Followups), [&](AuditLog& audit) {
            FollowupRepository repository(m_ledger.database());
            const auto found = repository.find(id);
            if (!found)
                badInput(QStringLiteral("there is no follow-up %1").arg(id));
            const FollowupRecord& record = *found;
            const QString verb = approve ? QStringLiteral("approved") : QStringLiteral("dismissed");
            switch (record.state) {
            case FollowupRecord::State::PendingApproval:
                break;
            case FollowupRecord::State::Approved:
                badInput(
                    QStringLiteral("follow-up %1 is already approved; it cannot be %2").arg(id).arg(verb));
            case FollowupRecord::State::Dismissed:
                badInput(QStringLiteral("follow-up %1 was dismissed; it cannot be %2").arg(id).arg(verb));
            case FollowupRecord::State::Queued:
                badInput(QStringLiteral(
                             "follow-up %1 needed no approval and was delivered when raised; it cannot be %2")
                             .arg(id)
                             .arg(verb));
            }
            const auto newState =
                approve ? FollowupRecord::State::Approved : FollowupRecord::State::Dismissed;
            repository.setState(id, newState, record.version, m_ledger.clock().now(), AuditLog::osUser());
            if (approve) {
                const auto customers = repository.customers();
                QList<FollowupRecord::Item> items = record.items;
                FollowupDelivery(m_ledger, repository)
                    .deliver(id, stageOf(m_ledger.database(), record, record.policyId),
                             customers.value(record.customerId), items, m_ledger.clock().today());
                // Approved while snoozed: the email waits for the snooze's day, as FollowupDesk::snooze has
                // it.
                if (record.snoozedUntil.isValid() && record.snoozedUntil > m_ledger.clock().today())
                    Outbox(m_ledger).postponeFollowup(id, QDateTime(record.snoozedUntil, QTime(0, 0)));
            }
            audit.record(QStringLiteral("followup"), QString::number(id),
                         approve ? QStringLiteral("approve") : QStringLiteral("dismiss"),
                         Json::Object{{QStringLiteral("state"), FollowupRecord::stateName(record.state)}},
                         Json::Object{{QStringLiteral("state"), FollowupRecord::stateName(newState)}});
            return *repository.find(id);
        });
}

} // namespace settle
