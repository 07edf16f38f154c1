#pragma once

#include "domain/OutboxMessage.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace settle {

class Clock;
class Database;

// The outbox table and its attachments: the SQL of every move of a message between states (the states
// are described in resources/sql/0004_outbox.sql). Each move is one UPDATE that applies only from the
// state it expects and says whether it did; which moves are allowed and their audit rows are
// mail/Outbox's and mail/OutboxClaims's. Everything runs in the caller's transaction.
class OutboxRepository
{
public:
    OutboxRepository(Database& db, const Clock& clock);

    // Writes a complete message 'queued' with its attachments and returns its id.
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

    // A claim's commit must survive a power cut: were it lost, the message would be 'queued' again after
    // the restart although its conversation may have begun, and the next run would send it a second
    // time. Held around the claim's write: SQLite's connection syncs every commit (synchronous=FULL)
    // while it lives and goes back to its own setting afterwards; inTransaction() asks PostgreSQL for
    // synchronous_commit in case the server or database turned it off.
    class DurableCommits
    {
    public:
        explicit DurableCommits(Database& db);
        ~DurableCommits();
        DurableCommits(const DurableCommits&) = delete;
        DurableCommits& operator=(const DurableCommits&) = delete;
        void inTransaction();

    private:
        Database& m_db;
        int m_previous = -1;
    };

    // The oldest due message (queued, next attempt at or before now), or `onlyId` alone if it is due.
    std::optional<qint64> nextDue(qint64 onlyId = 0);
    // Moves the message from 'queued' to 'sending' under `claim`; false when it is no longer queued
    // (another sender took it first). A message queued without a Message-ID gets `newMessageId`.
    bool claim(qint64 id, const Claim& claim, const QString& newMessageId);
    // Moves the holder's lease; false when the row is no longer held by `claimToken`.
    bool extendLease(qint64 id, const QString& claimToken, const QDateTime& leaseUntil);

    // The outcome of a claimed message. markRetry, markFailed, markUnknown and release apply only while
    // the row is still held by `claimToken` ('sending', or 'unknown' when another run gave the holder
    // up for gone). markSent applies also when a person resent, dismissed or otherwise decided about the
    // message meanwhile, but never over another sender's live claim. Each returns whether it applied.
    bool markSent(qint64 id, const QString& claimToken, const QString& serverReply);
    bool markRetry(qint64 id, const QString& claimToken, const QString& error,
                   const QDateTime& nextAttemptAt);
    bool markFailed(qint64 id, const QString& claimToken, const QString& error);
    bool markUnknown(qint64 id, const QString& claimToken, const QString& error);
    // Back to 'queued' with its attempts unspent; `reason` (when not empty) becomes its last error.
    bool release(qint64 id, const QString& claimToken, const QString& reason = {});

    // Every message in 'sending', with its holder and lease.
    QList<OutboxMessage> inFlight();
    // 'sending' -> 'unknown' with `reason`, only while the claim read by inFlight() still holds it.
    bool markInterrupted(const OutboxMessage& stale, const QString& reason);

    // A person's decisions, each only while the message is still in `from`: back to 'queued', due at
    // once with its attempts from zero; or 'dismissed'.
    bool requeue(qint64 id, OutboxMessage::State from);
    bool markDismissed(qint64 id, OutboxMessage::State from);
    // New subject and bodies for a queued message still at `version`.
    bool editQueued(qint64 id, int version, const QString& subject, const QString& text, const QString& html);
    // A queued message's next attempt (an invalid `until`: due at once), while it is queued.
    bool postpone(qint64 id, const QDateTime& until);
    // `from` -> `to` with `reason` as the last error, while the message is in `from`.
    bool moveWithReason(qint64 id, OutboxMessage::State from, OutboxMessage::State to, const QString& reason);

    // A follow-up's messages still queued.
    QList<OutboxMessage> queuedForFollowup(qint64 followupId);
    // The customer's messages still queued from follow-ups other than `byFollowupId` that remind only of
    // `dueAmounts` ((invoice id, installment) pairs).
    // Follow-up messages still queued whose every reminded invoice is no longer open (paid, written
    // off or void since the reminder was raised): of one customer, or of all when customerId is 0.
    QList<OutboxMessage> queuedForSettledInvoices(qint64 customerId);
    QList<OutboxMessage> queuedOnlyFor(qint64 customerId, const QList<std::pair<qint64, int>>& dueAmounts,
                                       qint64 byFollowupId);
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
    QList<InvoiceCopy> invoiceCopies(qint64 id);
    // Moves a message to `state` where `whereSql` (after "WHERE id = ?") holds.
    bool finish(qint64 id, OutboxMessage::State state, const QString& setSql,
                const QList<QVariant>& setValues, const QString& whereSql,
                const QList<QVariant>& whereValues);
    bool finishHeld(qint64 id, const QString& claimToken, OutboxMessage::State state, const QString& setSql,
                    const QList<QVariant>& setValues);
    QString now() const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace settle
