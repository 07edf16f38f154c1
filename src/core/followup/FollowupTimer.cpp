#include "followup/FollowupTimer.h"

#include "dates/Clock.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"
#include "recurring/RecurringInvoices.h"

#include <spdlog/spdlog.h>

namespace settle {

FollowupTimer::FollowupTimer(Ledger& ledger, QObject* parent) : QObject(parent), m_ledger(ledger)
{
    bool ok = false;
    int minutes = ledger.setting(SettingKeys::FollowupsIntervalMinutes).toInt(&ok);
    if (!ok || minutes <= 0)
        minutes = DefaultIntervalMinutes;
    m_interval.setInterval(std::chrono::minutes(minutes));
    m_dateCheck.setInterval(std::chrono::seconds(30));
    connect(&m_interval, &QTimer::timeout, this, &FollowupTimer::runNow);
    connect(&m_dateCheck, &QTimer::timeout, this, &FollowupTimer::checkDate);
}

FollowupTimer::~FollowupTimer() = default;

void FollowupTimer::start()
{
    m_interval.start();
    m_dateCheck.start();
    QTimer::singleShot(0, this, &FollowupTimer::runNow);
}

void FollowupTimer::stop()
{
    m_interval.stop();
    m_dateCheck.stop();
}

void FollowupTimer::setInterval(std::chrono::milliseconds interval)
{
    m_interval.setInterval(interval);
}

void FollowupTimer::setDateCheckInterval(std::chrono::milliseconds interval)
{
    m_dateCheck.setInterval(interval);
}

void FollowupTimer::checkDate()
{
    if (m_lastRunDate.isValid() && m_ledger.clock().today() != m_lastRunDate)
        runNow();
}

void FollowupTimer::runNow()
{
    if (m_running) // a slot re-entered from a nested event loop
        return;
    m_running = true;
    const QDate today = m_ledger.clock().today();
    // Repeating invoices first and on their own: a failure there is reported and leaves the follow-up
    // run to go ahead, and an invoice issued today is in the ledger before the follow-ups look at it.
    try {
        const auto recurring = RecurringInvoices(m_ledger).run(today);
        if (!recurring.issued.isEmpty())
            Q_EMIT recurringIssued(recurring.issued);
    } catch (const std::exception& e) {
        spdlog::error("repeating invoices at {} failed: {}", today.toString(Qt::ISODate).toStdString(), e.what());
        Q_EMIT failed(QString::fromUtf8(e.what()));
    }
    try {
        const FollowupRunResult result = FollowupRunner(m_ledger).run(today);
        m_lastRunDate = today;
        ++m_runs;
        m_running = false;
        m_lastProblem = FollowupProblem();
        Q_EMIT finished(result);
        if (!result.raised.isEmpty())
            Q_EMIT raised(result);
    } catch (const std::exception& e) {
        m_lastRunDate = today; // try again at the next interval, not on every date check
        m_running = false;
        m_lastProblem = FollowupProblem::from(e);
        spdlog::error("follow-up run at {} failed: {}", today.toString(Qt::ISODate).toStdString(), e.what());
        Q_EMIT failed(QString::fromUtf8(e.what()));
    }
}

} // namespace settle
