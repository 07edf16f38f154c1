#include "followups/FollowupMonitor.h"

#include "shell/AppSettings.h"
#include "shell/LedgerSession.h"

#include "domain/FollowupRecord.h"
#include "followup/FollowupDesk.h"
#include "followup/FollowupTimer.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace settle {

FollowupMonitor::FollowupMonitor(LedgerSession& session, AppSettings& settings, QObject* parent)
    : QObject(parent), m_session(session), m_settings(settings)
{
    connect(&m_session, &LedgerSession::opened, this, &FollowupMonitor::restart);
    // The timer holds the ledger by reference: it goes before the ledger does.
    connect(&m_session, &LedgerSession::aboutToClose, this, &FollowupMonitor::stop);
    // What went wrong with one ledger says nothing about the next one.
    connect(&m_session, &LedgerSession::aboutToClose, this, [this] { setNotice({}); });
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
    return count == 1 ? tr("1 follow-up is ready")
                      : tr("%1 follow-ups are ready").arg(QLocale().toString(count));
}

bool FollowupMonitor::autoSendEnabled() const
{
    if (!m_session.isOpen())
        return false;
    const QString value =
        m_session.ledger().setting(SettingKeys::FollowupsAutoSend).trimmed().toLower();
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
        connect(m_timer, &FollowupTimer::finished, this, &FollowupMonitor::onFinished);
        connect(m_timer, &FollowupTimer::failed, this, &FollowupMonitor::onFailed);
        m_timer->start();
    }
    refreshCount();
}

FollowupMonitor::Notice FollowupMonitor::noticeFor(const FollowupProblem& problem)
{
    Notice notice;
    switch (problem.kind()) {
    case FollowupProblem::Kind::None:
        return notice;
    case FollowupProblem::Kind::MissingSettings: {
        const QString key = problem.settings().value(0);
        notice.action = tr("Open Settings → Company");
        notice.tab = QStringLiteral("companyTab");
        if (key == u"company.payment_details") {
            notice.text = tr("Your payment details are not set yet: reminders would go out without them.");
            notice.field = QStringLiteral("paymentDetails");
        } else if (key == u"company.name") {
            notice.text = tr("Your company's name is not set yet: reminders would go out without it.");
            notice.field = QStringLiteral("companyName");
        } else if (key == u"company.address") {
            notice.text = tr("Your company's address is not set yet: reminders would go out without it.");
            notice.field = QStringLiteral("address");
        } else {
            notice.text =
                tr("A setting the reminders need is not set yet (%1): reminders would go out without it.")
                    .arg(key);
            notice.field = QStringLiteral("companyName");
        }
        return notice;
    }
    case FollowupProblem::Kind::Other:
        break;
    }
    notice.text = tr("Follow-ups did not run: %1").arg(problem.message());
    return notice;
}

void FollowupMonitor::setNotice(const Notice& notice)
{
    if (notice.text == m_notice.text && notice.field == m_notice.field)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void FollowupMonitor::reportFailure(const std::exception& error)
{
    setNotice(noticeFor(FollowupProblem::from(error)));
}

void FollowupMonitor::clearNotice()
{
    setNotice({});
}

void FollowupMonitor::onFinished()
{
    setNotice({});
    refreshCount();
}

void FollowupMonitor::onFailed()
{
    if (!m_timer)
        return;
    setNotice(noticeFor(m_timer->lastProblem()));
    Q_EMIT runFailed(m_notice.text);
}

void FollowupMonitor::reloadInterval()
{
    if (!m_timer || !m_session.isOpen())
        return;
    bool ok = false;
    const int minutes = m_session.ledger().setting(SettingKeys::FollowupsIntervalMinutes).toInt(&ok);
    m_timer->setInterval(
        std::chrono::minutes(ok && minutes > 0 ? minutes : FollowupTimer::DefaultIntervalMinutes));
}

void FollowupMonitor::onRaised(const FollowupRunResult& result)
{
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
