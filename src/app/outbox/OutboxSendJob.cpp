#include "outbox/OutboxSendJob.h"

#include "shell/LedgerSession.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "mail/SmtpPassword.h"
#include "mail/SmtpSettings.h"

#include <QStringList>

namespace settle {

using State = OutboxMessage::State;

OutboxSendJob::OutboxSendJob(LedgerSession& session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OutboxSendJob::finished);
}

OutboxSendJob::~OutboxSendJob()
{
    m_watcher.waitForFinished();
}

OutboxSendJob::Choice OutboxSendJob::everyDue()
{
    return [](Ledger&) { return std::optional(QList<qint64>()); };
}

OutboxSendJob::Choice OutboxSendJob::only(const QList<qint64>& outboxIds)
{
    // An empty list would mean "every due message" to OutboxSender: here it means none.
    return [outboxIds](Ledger&) { return outboxIds.isEmpty() ? std::nullopt : std::optional(outboxIds); };
}

void OutboxSendJob::start(Choice choice)
{
    if (!m_session.isOpen() || isRunning())
        throw SettleError(SettleError::Kind::Runtime, tr("A send is running, or no ledger is open."));
    SmtpSettings settings = SmtpSettings::fromLedger(m_session.ledger());
    QString password;
    // No user name: the server takes mail without a login, and the keyring is not asked.
    if (!settings.user.isEmpty())
        password = SmtpPassword::lookup(settings.user, settings.host).password;
    m_watcher.setFuture(LedgerWorker::run<OutboxSender::Report>(
        m_session, [choice = std::move(choice), settings, password](Ledger& ledger) {
            const std::optional<QList<qint64>> ids = choice(ledger);
            if (!ids)
                return OutboxSender::Report();
            OutboxSender::Options options;
            options.onlyIds = *ids;
            return OutboxSender(ledger, settings, password, options).run();
        }));
}

QString OutboxSendJob::notSent(const QString& why)
{
    return tr("Nothing was sent: %1").arg(why);
}

bool OutboxSendJob::isProblem() const
{
    const auto outcome = m_watcher.result();
    return !outcome.value || !outcome.value->clean();
}

QString OutboxSendJob::summary(const QString& nothingDue) const
{
    const auto outcome = m_watcher.result();
    if (!outcome.value)
        return notSent(outcome.error);
    const OutboxSender::Report& report = *outcome.value;
    QStringList parts;
    if (report.outcomes.isEmpty())
        parts << nothingDue;
    else
        parts << tr("%n sent", nullptr, report.count(State::Sent)) + QStringLiteral(", ") +
                     tr("%n failed", nullptr, report.count(State::Failed)) + QStringLiteral(", ") +
                     tr("%n to try again later", nullptr, report.count(State::Queued)) +
                     QStringLiteral(", ") +
                     tr("%n with unknown delivery", nullptr, report.count(State::Unknown)) + u'.';
    for (const auto& sent : report.outcomes)
        if (sent.state != State::Sent)
            parts << tr("“%1” to %2: %3").arg(sent.subject, sent.to, sent.detail);
    if (!report.stoppedBecause.isEmpty())
        parts << tr("Stopped: %1 The other messages stay queued.").arg(report.stoppedBecause);
    if (!report.markedUnknown.isEmpty())
        parts << tr("Found half-sent by an earlier run and marked “delivery unknown”: %1.")
                     .arg(report.markedUnknown.size());
    return parts.join(u'\n');
}

} // namespace settle
