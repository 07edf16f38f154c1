#include "GuiFixture.h"

#include "customers/CustomerDetailPage.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "followups/FollowupTableModel.h"
#include "followups/FollowupsPage.h"

#include <QAction>
#include <QTest>

namespace settle::test {

using FollowupGui = GuiFixture;

namespace {

void runFollowups(MainWindow& window)
{
    window.runFollowups();
    QTest::qWait(10);
}

} // namespace

TEST_F(FollowupGui, RunFollowupsRaisesTheNextStageAndListsIt)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 1), 50000); // due 01-31, 59 days late
    openLedger();
    runFollowups(*m_window);
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages[0].text.contains(QStringLiteral("1 follow-up"))) << m_messages[0].text.toStdString();

    m_window->showPage(MainWindow::Page::Followups);
    FollowupTableModel* model = m_window->followupsPage()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->record(0)->stageName, QStringLiteral("Reminder")); // stages go in order, none skipped
    EXPECT_EQ(model->record(0)->customerCode, QStringLiteral("C001"));

    // The same day again raises nothing more (one stage per invoice per run, each stage once).
    runFollowups(*m_window);
    EXPECT_TRUE(m_messages.last().text.contains(QStringLiteral("Nothing"))) << m_messages.last().text.toStdString();
    EXPECT_EQ(model->rowCount(), 1);
}

TEST_F(FollowupGui, StageThatNeedsAPersonWaitsUntilApprovedOnThePage)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2025, 11, 1), 50000); // due 12-01
    openLedger();
    // Reminder, second reminder, final notice, then the collections review (the default policy).
    for (int run = 0; run < 4; ++run) {
        runFollowups(*m_window);
        m_ledger.clock().advanceDays(7);
    }
    m_window->showPage(MainWindow::Page::Followups);
    FollowupTableModel* model = m_window->followupsPage()->model();
    ASSERT_EQ(model->rowCount(), 4);
    const FollowupRecord* newest = model->record(0);
    EXPECT_EQ(newest->stageName, QStringLiteral("Collections review"));
    ASSERT_EQ(newest->state, FollowupRecord::State::PendingApproval);

    m_window->followupsPage()->selectRow(0);
    m_window->followupsPage()->approveSelected();
    settle();
    EXPECT_EQ(model->record(0)->state, FollowupRecord::State::Approved);
}

} // namespace settle::test

namespace settle::test {

TEST_F(FollowupGui, CustomerPageLogsRemindersAndTheTableShowsTheLastOne)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 1), 50000);
    openLedger();
    runFollowups(*m_window); // raises the Reminder on 03-31
    m_ledger.clock().advanceDays(4);
    m_window->showCustomer(QStringLiteral("C001"));
    settle();
    EXPECT_EQ(m_window->customersPage()->detailPage()->logRowCount(), 1);
    m_window->customersPage()->showList();
    CustomerTableModel* model = m_window->customersPage()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowOf(QStringLiteral("C001")) >= 0 && !model->isLoading(); }));
    model->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }));
    const QModelIndex last = model->index(model->rowOf(QStringLiteral("C001")), CustomerTableModel::LastReminder);
    EXPECT_EQ(last.data(CustomerTableModel::SortRole).toInt(), 4); // raised four days ago
}

} // namespace settle::test
