#pragma once

#include "domain/RecurringIssue.h"
#include "followup/FollowupProblem.h"
#include "followup/FollowupRunner.h"

#include <QDate>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace settle {

class Ledger;

// Drives the follow-up engine inside a long-running program (the GUI): runs it once at start,
// every N minutes (setting `followups.interval_minutes`, default 15) and as soon as the local date
// changes, always at the clock's today. A day the program did not run (the PC was off) needs no
// replay: the next run raises, for each invoice, the next stage due — one per run, none skipped.
// Each run first issues the repeating invoices whose dates have come (RecurringInvoices::run at the
// same today), so days the program did not run are caught up there too: every missed date is issued.
class FollowupTimer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMinutes = 15;

    explicit FollowupTimer(Ledger& ledger, QObject* parent = nullptr);
    ~FollowupTimer() override;

    // Schedules the first run on the event loop, then the periodic ones.
    void start();
    void stop();
    bool isActive() const { return m_interval.isActive(); }

    // Overrides the setting; tests use milliseconds.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return std::chrono::milliseconds(m_interval.interval()); }
    // How often the clock is looked at for a change of date (default: every 30 s).
    void setDateCheckInterval(std::chrono::milliseconds interval);
    QDate lastRunDate() const { return m_lastRunDate; }
    int runCount() const { return m_runs; }
    // Why the last run stopped (Kind::None after a run that went through).
    const FollowupProblem& lastProblem() const { return m_lastProblem; }

public Q_SLOTS:
    void runNow();

Q_SIGNALS:
    // After every run, with what it raised (possibly nothing).
    void finished(const settle::FollowupRunResult& result);
    // After a run that raised at least one follow-up.
    void raised(const settle::FollowupRunResult& result);
    void failed(const QString& message);
    // After a run that issued repeating invoices, with what it issued (oldest first).
    void recurringIssued(const QList<settle::RecurringIssue>& issued);

private:
    void checkDate();

    Ledger& m_ledger;
    QTimer m_interval;
    QTimer m_dateCheck;
    QDate m_lastRunDate;
    int m_runs = 0;
    FollowupProblem m_lastProblem;
    bool m_running = false;
};

} // namespace settle
