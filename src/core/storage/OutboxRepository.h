#pragma once

#include "domain/OutboxMessage.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace settle {

class Clock;
class Database;

// The outbox table and its attachments, and every move of a message between states, each with its
// audit row (the states are described in resources/sql/0004_outbox.sql).
class OutboxRepository
{
public:
    OutboxRepository(Database& db, const Clock& clock);

    // Writes a complete message 'queued' with its attachments and audit row and returns its id. Runs in
    // the caller's transaction (a follow-up run queues its emails with the rest of the run).
    qint64 insert(const OutboxMessage& message);

    // Who claims a message: the sender run (`token`), its machine and process, and the latest moment it
    // can still be talking to the server about the message (docs/DESIGN.md "The outbox's promise").
    struct Claim
    {
        QString token;
        QString host;
        qint64 pid = 0;
        QDateTime leaseUntil;
    };

    // Takes the oldest due message (queued, next attempt at or before now) and commits it as 'sending'
    // under `claim` before returning it with its attachments, so that a crash during the SMTP
    // conversation leaves it 'sending' and it is never sent again by itself. The commit is durable
    // (SQLite synchronous=FULL for it, PostgreSQL synchronous_commit on): a power cut after it cannot
    // bring the message back to 'queued'. Empty when nothing is due.
    // A message queued without a Message-ID gets `newMessageId` with the claim, so that every attempt
    // and a person's resend carry the same one (receivers can tell a repeat).
    // `onlyId`: that message alone, if it is due ("send selected").
    std::optional<OutboxMessage> claimNext(const Claim& claim, const QString& newMessageId, qint64 onlyId = 0);
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

    // A person's decisions. resend: 'unknown' or 'failed' -> 'queued', due at once, attempts from zero;
    // dismiss: 'unknown', 'failed' or 'queued' -> 'dismissed'. Refused (Conflict) while a sender holds the
    // message ('sending', named with its holder), (BadInput) from the other states.
    OutboxMessage resend(qint64 id);
    OutboxMessage dismiss(qint64 id);

    // A person's edit of one queued message before it goes (the follow-up desk): subject and bodies,
    // refused (BadInput) unless 'queued', and (Conflict) unless the stored version is `version`.
    OutboxMessage edit(qint64 id, int version, const QString& subject, const QString& text, const QString& html);
    // A snoozed follow-up: its queued messages wait until `until` (next_attempt_at), in the caller's
    // transaction, each with its audit row; an invalid `until` makes them due at once. Returns the ids moved.
    QList<qint64> postponeFollowup(qint64 followupId, const QDateTime& until);
    // A later stage raised for a customer's due amounts ((invoice id, installment) pairs): the earlier
    // follow-ups' messages still queued that remind only of those amounts are dismissed with `reason`,
    // so that the customer does not get the polite reminder and the firmer one at once. In the
    // caller's transaction, each with its audit row. Returns the ids dismissed.
    QList<qint64> supersede(qint64 customerId, const QList<std::pair<qint64, int>>& dueAmounts, qint64 byFollowupId,
                            const QString& reason);
    // Every message a follow-up produced, oldest first.
    QList<OutboxMessage> forFollowup(qint64 followupId);

    std::optional<OutboxMessage> find(qint64 id, bool withAttachments = false);
    // Oldest first; all states when `state` is empty.
    QList<OutboxMessage> list(std::optional<OutboxMessage::State> state = std::nullopt);
    // What a customer was sent, newest first: the communication log reads these.
    QList<OutboxMessage> sentToCustomer(qint64 customerId);

private:
    QList<OutboxMessage> select(const QString& where, const QList<QVariant>& values);
    QList<MailAttachment> attachments(qint64 id);
    // Moves a claimed message to `state` where `whereSql` (after "WHERE id = ?") holds, with its audit row.
    bool finish(qint64 id, OutboxMessage::State state, const QString& action, const QString& setSql,
                const QList<QVariant>& setValues, const QString& whereSql, const QList<QVariant>& whereValues);
    bool finishHeld(qint64 id, const QString& claimToken, OutboxMessage::State state, const QString& action,
                    const QString& setSql, const QList<QVariant>& setValues);
    OutboxMessage decide(qint64 id, bool resend);
    // Moves each message still in `from` to `to` with `reason` as its last error, each with its audit
    // row (`action`), in the caller's transaction. Returns the ids moved.
    QList<qint64> moveWithReason(const QList<OutboxMessage>& messages, OutboxMessage::State from,
                                 OutboxMessage::State to, const QString& reason, const QString& action);
    QString now() const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace settle
