#include "GuiFixture.h"

#include "followups/FollowupMonitor.h"

#include "followup/FollowupTimer.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

namespace settle::test {

namespace {

class FollowupTimerGui : public GuiFixture
{
protected:
    // Five customers, each with an invoice due 2026-03-01: the Reminder stage (+3 days) is due on 03-31.
    void prepareLedger()
    {
        for (int k = 1; k <= 5; ++k) {
            const QString code = QStringLiteral("C00%1").arg(k);
            m_ledger.addCustomer(code);
            m_ledger.addInvoice(code, QDate(2026, 1, 30), 10000 * k);
        }
        m_settings->setFollowupTimerEnabled(true);
    }
};

} // namespace

TEST_F(FollowupTimerGui, TimerRaisesFollowupsWhenTheLedgerOpensAndTheNavigationCountsThem)
{
    prepareLedger();
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Followups), QStringLiteral("Follow-ups"));
    openLedger();
    FollowupMonitor* monitor = m_window->followupMonitor();
    ASSERT_NE(monitor->timer(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->lastNotification().isEmpty(); }, 5000));
    EXPECT_EQ(m_window->lastNotification(), QStringLiteral("5 follow-ups are ready"));
    EXPECT_EQ(monitor->waitingCount(), 5);
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Followups), QStringLiteral("Follow-ups (5)"));
    // Offscreen there is no tray: the status bar says it.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        EXPECT_EQ(m_window->statusBar()->currentMessage(), QStringLiteral("5 follow-ups are ready"));
    EXPECT_EQ(monitor->timer()->runCount(), 1);
    EXPECT_EQ(monitor->timer()->lastRunDate(), QDate(2026, 3, 31));

    // The next day (the timer looks at the date), nothing new is due: no new notification, same count.
    QSignalSpy raised(monitor, &FollowupMonitor::followupsRaised);
    monitor->timer()->setDateCheckInterval(std::chrono::milliseconds(10));
    m_ledger.clock().advanceDays(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return monitor->timer()->runCount() == 2; }, 5000));
    EXPECT_EQ(raised.count(), 0);
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Followups), QStringLiteral("Follow-ups (5)"));

    // Eleven days on, the second reminder (+14, gap 7) is due for all five.
    m_ledger.clock().advanceDays(10);
    ASSERT_TRUE(QTest::qWaitFor([&] { return raised.count() == 1; }, 5000));
    EXPECT_EQ(raised.first().at(1).toString(), QStringLiteral("5 follow-ups are ready"));
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Followups), QStringLiteral("Follow-ups (10)"));

    // Closing the ledger stops the timer and clears the count.
    m_session->close();
    settle();
    EXPECT_EQ(monitor->timer(), nullptr);
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Followups), QStringLiteral("Follow-ups"));
}

TEST_F(FollowupTimerGui, AutoSendAsksForTheStagesThatNeedNoApprovalOnlyWhenSwitchedOn)
{
    prepareLedger();
    m_ledger->setSetting(QStringLiteral("followups.auto_send"), QStringLiteral("true"));
    QSignalSpy autoSend(m_window->followupMonitor(), &FollowupMonitor::autoSendRequested);
    openLedger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->lastNotification().isEmpty(); }, 5000));
    ASSERT_EQ(autoSend.count(), 1);
    EXPECT_EQ(autoSend.first().at(0).value<QList<qint64>>().size(), 5);
}

TEST_F(FollowupTimerGui, TimerStaysOffWhenThisComputerDoesNotRunIt)
{
    prepareLedger();
    m_settings->setFollowupTimerEnabled(false);
    openLedger();
    settle(100);
    EXPECT_EQ(m_window->followupMonitor()->timer(), nullptr);
    EXPECT_TRUE(m_window->lastNotification().isEmpty());
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Followups), QStringLiteral("Follow-ups"));
}

} // namespace settle::test
