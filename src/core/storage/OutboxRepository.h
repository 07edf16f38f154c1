#pragma once

#include "mail/OutboxMessage.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace settle {

class Clock;
class Database;

// The outbox table and its attachments, and every move of a message between states, each with its
// audit row (DESIGN.md "Outbox"; the states are described in resources/sql/0004_outbox.sql).
class OutboxRepository
{
public:
    OutboxRepository(Database& db, const Clock& clock);

    // Writes a complete message 'queued' with its attachments and audit row and returns its id. Runs in
    // the caller's transaction (a follow-up run queues its emails with the rest of the run).
    qint64 insert(const OutboxMessage& message);

    // Takes the oldest due message (queued, next attempt at or before now) and commits it as 'sending'
    // under `claimToken` before returning it with its attachments, so that a crash during the SMTP
    // conversation leaves it 'sending' and it is never sent again by itself. Empty when nothing is due.
    // A message queued without a Message-ID gets `newMessageId` with the claim, so that every attempt
    // and a person's resend carry the same one (receivers can tell a repeat).
    // `onlyId`: that message alone, if it is due ("send selected").
    std::optional<OutboxMessage> claimNext(const QString& claimToken, const QString& newMessageId, qint64 onlyId = 0);

    // The outcome of a claimed message. Each applies only while the row is still held by `claimToken`
    // ('sending', or 'unknown' when another run looked at it meanwhile) and returns whether it did.
    bool markSent(qint64 id, const QString& claimToken, const QString& serverReply);
    bool markRetry(qint64 id, const QString& claimToken, const QString& error,
                   const QDateTime& nextAttemptAt);
    bool markFailed(qint64 id, const QString& claimToken, const QString& error);
    bool markUnknown(qint64 id, const QString& claimToken, const QString& error);
    // Gives a claimed message back untouched (the batch stopped before trying it).
    bool release(qint64 id, const QString& claimToken);

    // Start-up: every message left 'sending' by a process that died becomes 'unknown'. Returns their ids.
    QList<qint64> markStaleUnknown(const QString& reason);

    // A person's decisions. resend: 'unknown' or 'failed' -> 'queued', due at once, attempts from zero;
    // dismiss: 'unknown', 'failed' or 'queued' -> 'dismissed'. Refused (BadInput) from other states.
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
    bool finish(qint64 id, const QString& claimToken, OutboxMessage::State state, const QString& action,
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
