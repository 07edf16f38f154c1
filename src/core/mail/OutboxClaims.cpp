#include "mail/OutboxClaims.h"

#include "ledger/Ledger.h"
#include "mail/OutboxAudit.h"
#include "storage/AuditLog.h"

namespace settle {

using State = OutboxMessage::State;

std::optional<OutboxMessage> OutboxClaims::claimNext(const QString& claimToken, const QString& newMessageId,
                                                     qint64 onlyId)
{
    return claimNext(Claim{claimToken, {}, 0, {}}, newMessageId, onlyId);
}

std::optional<OutboxMessage> OutboxClaims::claimNext(const Claim& claim, const QString& newMessageId,
                                                     qint64 onlyId)
{
    OutboxRepository::DurableCommits durable(m_ledger.database());
    // Another sender may take the same row between the look and the claim: the claim then changes
    // nothing, and we look again in a new write.
    for (;;) {
        bool taken = false;
        auto claimed =
            m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) -> std::optional<OutboxMessage> {
                durable.inTransaction();
                OutboxRepository repository(m_ledger.database(), m_ledger.clock());
                const auto id = repository.nextDue(onlyId);
                if (!id)
                    return std::nullopt;
                if (!repository.claim(*id, claim, newMessageId)) {
                    taken = true;
                    return std::nullopt;
                }
                auto found = repository.find(*id, true);
                OutboxMessage before = *found;
                before.state = State::Queued;
                OutboxAudit::claimed(audit, before, *found);
                return found;
            });
        if (!taken)
            return claimed;
    }
}

bool OutboxClaims::extendLease(qint64 id, const QString& claimToken, const QDateTime& leaseUntil)
{
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog&) {
        return OutboxRepository(m_ledger.database(), m_ledger.clock())
            .extendLease(id, claimToken, leaseUntil);
    });
}

bool OutboxClaims::record(qint64 id, const QString& action,
                          const std::function<bool(OutboxRepository&)>& move)
{
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) {
        OutboxRepository repository(m_ledger.database(), m_ledger.clock());
        const auto before = repository.find(id);
        if (!before || !move(repository))
            return false;
        OutboxAudit::moved(audit, action, *before, *repository.find(id));
        return true;
    });
}

bool OutboxClaims::markSent(qint64 id, const QString& claimToken, const QString& serverReply)
{
    return record(id, QStringLiteral("sent"), [&](OutboxRepository& repository) {
        return repository.markSent(id, claimToken, serverReply);
    });
}

bool OutboxClaims::markRetry(qint64 id, const QString& claimToken, const QString& error,
                             const QDateTime& nextAttemptAt)
{
    return record(id, QStringLiteral("retry"), [&](OutboxRepository& repository) {
        return repository.markRetry(id, claimToken, error, nextAttemptAt);
    });
}

bool OutboxClaims::markFailed(qint64 id, const QString& claimToken, const QString& error)
{
    return record(id, QStringLiteral("fail"),
                  [&](OutboxRepository& repository) { return repository.markFailed(id, claimToken, error); });
}

bool OutboxClaims::markUnknown(qint64 id, const QString& claimToken, const QString& error)
{
    return record(id, QStringLiteral("unknown"), [&](OutboxRepository& repository) {
        return repository.markUnknown(id, claimToken, error);
    });
}

bool OutboxClaims::release(qint64 id, const QString& claimToken, const QString& reason)
{
    return record(id, QStringLiteral("release"),
                  [&](OutboxRepository& repository) { return repository.release(id, claimToken, reason); });
}

QList<OutboxMessage> OutboxClaims::inFlight()
{
    return OutboxRepository(m_ledger.database(), m_ledger.clock()).inFlight();
}

QList<qint64> OutboxClaims::markInterrupted(const QList<OutboxMessage>& stale, const QString& reason)
{
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) {
        OutboxRepository repository(m_ledger.database(), m_ledger.clock());
        QList<qint64> ids;
        for (const auto& before : stale) {
            if (!repository.markInterrupted(before, reason))
                continue;
            OutboxMessage after = before;
            after.state = State::Unknown;
            after.lastError = reason;
            OutboxAudit::interrupted(audit, before, after);
            ids << before.id;
        }
        return ids;
    });
}

} // namespace settle
