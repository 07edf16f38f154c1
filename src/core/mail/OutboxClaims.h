#pragma once

#include "domain/OutboxMessage.h"
#include "storage/OutboxRepository.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace settle {

class Ledger;

// A sender's moves of the messages it delivers (docs/DESIGN.md "The outbox's promise"), each its own
// write of the ledger with its audit row: the claim, committed before any SMTP is said, and then the
// outcome, recorded in a new write once the conversation is over. None of them may run inside another
// write: a claim that is not committed when the conversation starts could be lost, and the message
// sent a second time.
class OutboxClaims
{
public:
    using Claim = OutboxRepository::Claim;

    explicit OutboxClaims(Ledger& ledger) : m_ledger(ledger) {}

    // Takes the oldest due message (queued, next attempt at or before now) and commits it as 'sending'
    // under `claim` before returning it with its attachments, so that a crash during the SMTP
    // conversation leaves it 'sending' and it is never sent again by itself. The commit is durable
    // (SQLite synchronous=FULL for it, PostgreSQL synchronous_commit on): a power cut after it cannot
    // bring the message back to 'queued'. Empty when nothing is due.
    // A message queued without a Message-ID gets `newMessageId` with the claim, so that every attempt
    // and a person's resend carry the same one (receivers can tell a repeat).
    // `onlyId`: that message alone, if it is due ("send selected").
    std::optional<OutboxMessage> claimNext(const Claim& claim, const QString& newMessageId,
                                           qint64 onlyId = 0);
    // A claim nobody vouches for (no holder, no lease), as a sender before schema 7 left it: the next
    // sender takes it for one that died.
    std::optional<OutboxMessage> claimNext(const QString& claimToken, const QString& newMessageId,
                                           qint64 onlyId = 0);
    // Moves the holder's lease (the message about to go, its size known); false when the row is no
    // longer held by `claimToken`, and then it must not be sent.
    bool extendLease(qint64 id, const QString& claimToken, const QDateTime& leaseUntil);

    // The outcome of a claimed message. markRetry, markFailed and markUnknown apply only while the row is
    // still held by `claimToken` ('sending', or 'unknown' when another run gave the holder up for gone)
    // and return whether they did. markSent applies also when a person resent, dismissed or otherwise
    // decided about the message meanwhile (the server has it: that is the truth to keep), but never over
    // another sender's live claim.
    bool markSent(qint64 id, const QString& claimToken, const QString& serverReply);
    bool markRetry(qint64 id, const QString& claimToken, const QString& error,
                   const QDateTime& nextAttemptAt);
    bool markFailed(qint64 id, const QString& claimToken, const QString& error);
    bool markUnknown(qint64 id, const QString& claimToken, const QString& error);
    // Gives a claimed message back queued with its attempts unspent: the batch stopped before trying it,
    // or the server as a whole failed (`reason`, kept as its last error; empty: the last error stays).
    bool release(qint64 id, const QString& claimToken, const QString& reason = {});

    // Every message in 'sending', with its holder and lease.
    QList<OutboxMessage> inFlight();
    // These messages, read by inFlight() and found left by a sender that is gone, become 'unknown' with
    // `reason`, each only while the same claim still holds it. Returns the ids moved.
    QList<qint64> markInterrupted(const QList<OutboxMessage>& stale, const QString& reason);

private:
    // One outcome: `move` applies it; the audit row (`action`) keeps the delivery before and after.
    bool record(qint64 id, const QString& action, const std::function<bool(OutboxRepository&)>& move);

    Ledger& m_ledger;
};

} // namespace settle
