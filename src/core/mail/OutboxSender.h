#pragma once

#include "mail/OutboxMessage.h"
#include "mail/SmtpSettings.h"

#include <QList>
#include <QString>

#include <functional>

namespace settle {

class Ledger;

// Delivers the outbox (DESIGN.md "Outbox"): at start, messages left 'sending' by a process that died
// become 'unknown' (never resent by themselves); then every due message is claimed — committed as
// 'sending' before the SMTP conversation — sent once, and marked sent, queued again with a backoff
// (transient failures, up to a limit), failed (the server's words) or unknown. When the server as a
// whole cannot be reached or refuses us, the batch stops and the rest stays queued untouched.
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

    struct Report
    {
        QList<qint64> markedUnknown; // found 'sending' at start
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

    // Start-up step alone: stale 'sending' -> 'unknown'.
    static QList<qint64> recoverInterrupted(Ledger& ledger);

    Report run();

private:
    Outcome sendOne(const OutboxMessage& message, const QString& claimToken, QString& stop);

    Ledger& m_ledger;
    SmtpSettings m_settings;
    QString m_password;
    Options m_options;
    std::function<void(const Outcome&)> m_onOutcome;
};

} // namespace settle
