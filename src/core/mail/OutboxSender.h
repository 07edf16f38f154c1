#pragma once

#include "domain/OutboxMessage.h"
#include "mail/InvoiceCopies.h"
#include "mail/SmtpSettings.h"

#include <QList>
#include <QString>

#include <functional>

namespace settle {

class Ledger;

// Delivers the outbox (docs/DESIGN.md "The outbox's promise"): at start, messages left 'sending' by a
// sender that is gone — its lease passed, or it was a process on this machine that no longer runs —
// become 'unknown' (never resent by themselves); a message another live sender holds is left to it.
// Then every due message is claimed — committed durably as 'sending', naming this process and leased
// for the longest conversation the SMTP limits allow, before the conversation starts — sent once, and
// marked sent, queued again with a backoff (the server's 4xx to it, up to a limit), failed (its 5xx, or
// the message itself is wrong) or unknown. When the server as a whole cannot be reached or refuses us
// (connection, TLS, login), the batch stops and every message stays queued, its attempts unspent.
class OutboxSender
{
public:
    struct Options
    {
        int maxAttempts = 5;
        // Minutes to wait before attempt 2, 3, ...; the last repeats.
        QList<int> backoffMinutes{1, 5, 15, 60};
        // Non-empty: only these messages, in this order, each if due ("send selected"); empty: every due one.
        QList<qint64> onlyIds;
    };

    struct Outcome
    {
        qint64 id = 0;
        QString to;
        QString subject;
        OutboxMessage::State state = OutboxMessage::State::Queued; // what the message is now
        QString detail;                                            // the server's answer, or what went wrong
        QDateTime nextAttemptAt;
    };

    // What the start-up step found in 'sending'.
    struct Recovery
    {
        QList<qint64> markedUnknown;        // left by a sender that is gone: now 'unknown'
        QList<OutboxMessage> heldElsewhere; // held by a sender that may still be talking to the server
    };

    struct Report
    {
        QList<qint64> markedUnknown;        // found 'sending' at start, its sender gone
        QList<OutboxMessage> heldElsewhere; // found 'sending' at start, left to its live sender
        QList<Outcome> outcomes;
        QString stoppedBecause; // non-empty: the batch stopped early
        int count(OutboxMessage::State state) const;
        // Nothing failed, nothing waits for a person, nothing was left for later.
        bool clean() const;
    };

    OutboxSender(Ledger& ledger, SmtpSettings settings, QString password, Options options);
    OutboxSender(Ledger& ledger, SmtpSettings settings, QString password)
        : OutboxSender(ledger, std::move(settings), std::move(password), Options())
    {
    }

    // Called after each message, for progress.
    void onOutcome(std::function<void(const Outcome&)> callback) { m_onOutcome = std::move(callback); }

    // Start-up step alone: 'sending' whose sender is gone -> 'unknown'.
    static Recovery recoverInterrupted(Ledger& ledger);
    // Seconds added to a lease beyond the conversation's limit: building the message, recording the
    // outcome while the database is busy.
    static constexpr int leaseMarginSeconds = 120;

    Report run();

private:
    Outcome sendOne(const OutboxMessage& message, const QString& claimToken, QString& stop);
    QDateTime leaseFor(qsizetype messageBytes) const;

    Ledger& m_ledger;
    SmtpSettings m_settings;
    QString m_password;
    Options m_options;
    std::function<void(const Outcome&)> m_onOutcome;
    InvoiceCopies m_copies;
};

} // namespace settle
