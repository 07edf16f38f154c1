#include "FollowupMonitor.h"

#include "AppSettings.h"
#include "LedgerSession.h"

#include "followup/FollowupDesk.h"
#include "followup/FollowupRecord.h"
#include "followup/FollowupTimer.h"
#include "ledger/Ledger.h"

#include <spdlog/spdlog.h>

namespace settle {

FollowupMonitor::FollowupMonitor(LedgerSession& session, AppSettings& settings, QObject* parent)
    : QObject(parent), m_session(session), m_settings(settings)
{
    connect(&m_session, &LedgerSession::opened, this, &FollowupMonitor::restart);
    // The timer holds the ledger by reference: it goes before the ledger does.
    connect(&m_session, &LedgerSession::aboutToClose, this, &FollowupMonitor::stop);
    connect(&m_session, &LedgerSession::closed, this, &FollowupMonitor::refreshCount);
    connect(&m_settings, &AppSettings::followupTimerEnabledChanged, this, &FollowupMonitor::restart);
    if (m_session.isOpen())
        restart();
}

FollowupMonitor::~FollowupMonitor()
{
    stop();
}

QString FollowupMonitor::readyText(int count)
{
    // Two sentences rather than %n: the English text must read right without a translator loaded.
    return count == 1 ? tr("1 follow-up is ready") : tr("%1 follow-ups are ready").arg(count);
}

bool FollowupMonitor::autoSendEnabled() const
{
    if (!m_session.isOpen())
        return false;
    const QString value =
        m_session.ledger().setting(QStringLiteral("followups.auto_send")).trimmed().toLower();
    return value == u"true" || value == u"yes" || value == u"1";
}

void FollowupMonitor::refreshCount()
{
    int waiting = 0;
    if (m_session.isOpen()) {
        try {
            // The desk's own queue: what a person has to look at today (snoozed ones are not).
            waiting = int(FollowupDesk(m_session.ledger()).queue().size());
        } catch (const std::exception& error) {
            spdlog::warn("cannot count the follow-ups waiting: {}", error.what());
            waiting = m_waiting;
        }
    }
    if (waiting != m_waiting) {
        m_waiting = waiting;
        Q_EMIT waitingCountChanged(waiting);
    }
}

void FollowupMonitor::stop()
{
    delete m_timer;
    m_timer = nullptr;
}

void FollowupMonitor::restart()
{
    stop();
    if (m_session.isOpen() && m_settings.followupTimerEnabled()) {
        // Reads followups.interval_minutes; runs once on the event loop, then every interval and
        // whenever the clock's date changes.
        m_timer = new FollowupTimer(m_session.ledger(), this);
        connect(m_timer, &FollowupTimer::raised, this, &FollowupMonitor::onRaised);
        connect(m_timer, &FollowupTimer::finished, this, &FollowupMonitor::refreshCount);
        connect(m_timer, &FollowupTimer::failed, this, &FollowupMonitor::runFailed);
        m_timer->start();
    }
    refreshCount();
}

void FollowupMonitor::reloadInterval()
{
    if (!m_timer || !m_session.isOpen())
        return;
    bool ok = false;
    const int minutes = m_session.ledger().setting(QStringLiteral("followups.interval_minutes")).toInt(&ok);
    m_timer->setInterval(
        std::chrono::minutes(ok && minutes > 0 ? minutes : FollowupTimer::DefaultIntervalMinutes));
}

void FollowupMonitor::onRaised(const FollowupRunResult& result)
{
    // Fees become invoices and promises are judged: the views read the ledger again.
    m_session.ledger().announceChangedElsewhere();
    const int count = int(result.raised.actions.size());
    Q_EMIT followupsRaised(count, readyText(count));
    if (autoSendEnabled()) {
        QList<qint64> ids;
        for (qsizetype k = 0; k < result.raised.actions.size() && k < result.followupIds.size(); ++k)
            if (!result.raised.actions[k].stage.needsApproval)
                ids << result.followupIds[k];
        if (!ids.isEmpty())
            Q_EMIT autoSendRequested(ids);
    }
}

} // namespace settle
