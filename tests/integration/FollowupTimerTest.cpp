#include "FollowupTestLedger.h"

#include "errors/SettleError.h"
#include "followup/FollowupTimer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>

using namespace settle;
using namespace std::chrono_literals;
using settle::test::FollowupTestLedger;

namespace {

const QDate due(2026, 1, 31); // issued 2026-01-01 on Net 30

// Lets the event loop run until `done` or a few seconds have passed.
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done() && elapsed.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

struct Recorder
{
    QList<FollowupRunResult> finished;
    QList<FollowupRunResult> raised;
    QStringList failures;

    void watch(FollowupTimer& timer)
    {
        QObject::connect(&timer, &FollowupTimer::finished, [this](const FollowupRunResult& r) { finished << r; });
        QObject::connect(&timer, &FollowupTimer::raised, [this](const FollowupRunResult& r) { raised << r; });
        QObject::connect(&timer, &FollowupTimer::failed, [this](const QString& m) { failures << m; });
    }
};

} // namespace

TEST(FollowupTimer, RunsAtStartAndAgainWhenTheDateChanges)
{
    FollowupTestLedger ledger(due.addDays(3));
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    FollowupTimer timer(*ledger);
    timer.setDateCheckInterval(5ms);
    Recorder recorder;
    recorder.watch(timer);
    timer.start();
    ASSERT_TRUE(waitFor([&] { return recorder.finished.size() == 1; }));
    ASSERT_EQ(recorder.raised.size(), 1);
    EXPECT_EQ(FollowupTestLedger::describe(recorder.raised[0].raised), QStringList{QStringLiteral("C001 Reminder INV-0001")});
    EXPECT_EQ(timer.lastRunDate(), due.addDays(3));

    // The same day: the date checks do not run it again.
    QElapsedTimer pause;
    pause.start();
    while (pause.elapsed() < 100)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    EXPECT_EQ(recorder.finished.size(), 1);

    // Midnight passes (here: eleven days at once).
    ledger.clock().setToday(due.addDays(14));
    ASSERT_TRUE(waitFor([&] { return recorder.finished.size() == 2; }));
    ASSERT_EQ(recorder.raised.size(), 2);
    EXPECT_EQ(FollowupTestLedger::describe(recorder.raised[1].raised),
              QStringList{QStringLiteral("C001 Second reminder INV-0001")});
    EXPECT_TRUE(recorder.failures.isEmpty());
}

TEST(FollowupTimer, RunsEveryIntervalWithoutRaisingAnythingTwice)
{
    FollowupTestLedger ledger(due.addDays(3));
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    FollowupTimer timer(*ledger);
    timer.setInterval(10ms);
    Recorder recorder;
    recorder.watch(timer);
    timer.start();
    ASSERT_TRUE(waitFor([&] { return recorder.finished.size() >= 4; }));
    timer.stop();
    EXPECT_EQ(recorder.raised.size(), 1) << "the first run raised; the later ones found nothing new";
    EXPECT_EQ(ledger.queue().list().size(), 1);
}

TEST(FollowupTimer, TheIntervalIsASettingInMinutes)
{
    FollowupTestLedger ledger;
    EXPECT_EQ(FollowupTimer(*ledger).interval(), std::chrono::milliseconds(15min));
    ledger->setSetting(QStringLiteral("followups.interval_minutes"), QStringLiteral("5"));
    EXPECT_EQ(FollowupTimer(*ledger).interval(), std::chrono::milliseconds(5min));
    EXPECT_THROW(ledger->setSetting(QStringLiteral("followups.interval_minutes"), QStringLiteral("often")), SettleError)
        << "nonsense is refused at the door";
    EXPECT_EQ(FollowupTimer(*ledger).interval(), std::chrono::milliseconds(5min)) << "and the setting kept";
    // A ledger written before the check may still hold nonsense: the timer falls back to the default.
    QSqlQuery(ledger->database().connection())
        .exec(QStringLiteral("UPDATE settings SET value = 'often' WHERE key = 'followups.interval_minutes'"));
    EXPECT_EQ(FollowupTimer(*ledger).interval(), std::chrono::milliseconds(15min)) << "nonsense falls back to the default";
}

TEST(FollowupTimer, AMissedStretchIsCaughtUpAtTheNextStartWithoutSkippingStages)
{
    FollowupTestLedger ledger(due.addDays(3));
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    {
        FollowupTimer timer(*ledger);
        Recorder recorder;
        recorder.watch(timer);
        timer.start();
        ASSERT_TRUE(waitFor([&] { return recorder.finished.size() == 1; }));
    }
    // The PC was off for five weeks: Second reminder and Final notice are both overdue by now.
    ledger.clock().setToday(due.addDays(40));
    FollowupTimer timer(*ledger);
    Recorder recorder;
    recorder.watch(timer);
    timer.start();
    ASSERT_TRUE(waitFor([&] { return recorder.finished.size() == 1; }));
    ASSERT_EQ(recorder.raised.size(), 1);
    EXPECT_EQ(FollowupTestLedger::describe(recorder.raised[0].raised),
              QStringList{QStringLiteral("C001 Second reminder INV-0001")})
        << "the next stage, not a jump to the one the date alone would suggest";
    ledger.clock().setToday(due.addDays(47));
    timer.setDateCheckInterval(5ms);
    ASSERT_TRUE(waitFor([&] { return recorder.finished.size() == 2; }));
    EXPECT_EQ(FollowupTestLedger::describe(recorder.finished[1].raised),
              QStringList{QStringLiteral("C001 Final notice INV-0001")});
}

TEST(FollowupTimer, AFailedRunIsReportedNotThrown)
{
    FollowupTestLedger ledger(due.addDays(3));
    FollowupTimer timer(*ledger);
    Recorder recorder;
    recorder.watch(timer);
    // A ledger damaged under the running program: the run fails, the program goes on.
    QSqlQuery(ledger->database().connection()).exec(QStringLiteral("DROP TABLE followup_items"));
    timer.runNow();
    EXPECT_EQ(recorder.failures.size(), 1);
    EXPECT_TRUE(recorder.finished.isEmpty());
}
