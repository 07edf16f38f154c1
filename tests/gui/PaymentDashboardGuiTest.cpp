#include "GuiFixture.h"

#include "dashboard/DashboardPage.h"
#include "invoices/InvoiceTableModel.h"
#include "invoices/InvoicesPage.h"
#include "payments/PaymentAllocationModel.h"
#include "payments/PaymentDialog.h"
#include "payments/PaymentTableModel.h"
#include "payments/PaymentsPage.h"
#include "widgets/TileWidget.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace settle::test {

using PaymentGui = GuiFixture;

TEST_F(PaymentGui, PartialPaymentThroughTheDialogChangesDashboardAndAgingChart)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    // Net 30 from 2026-01-15: due 02-14, 45 days past due on 03-31 (bucket 31-60).
    const QString older = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    // Due 04-19: not yet due.
    const QString newer = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 50000);
    openLedger();
    DashboardPage* dashboard = m_window->dashboardPage();
    dashboard->refresh();
    ASSERT_NE(dashboard->dashboard().currency(QStringLiteral("USD")), nullptr);
    EXPECT_EQ(dashboard->dashboard().currency(QStringLiteral("USD"))->receivable, 150000);
    EXPECT_EQ(dashboard->receivableTile()->value(), QStringLiteral("USD\u00a01,500.00"));
    EXPECT_EQ(dashboard->overdueTile()->value(), QStringLiteral("USD\u00a01,000.00"));
    const QList<qreal> before = dashboard->agingBars();
    ASSERT_EQ(before.size(), 5);
    EXPECT_DOUBLE_EQ(before[0], 500.0);
    EXPECT_DOUBLE_EQ(before[2], 1000.0);

    PaymentDialog* dialog = m_window->recordPayment(QStringLiteral("C001"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->amountField(), QStringLiteral("400.00"));
    settle();
    // Suggested: the oldest due invoice first, nothing left on account.
    EXPECT_EQ(dialog->allocation()->appliedTo(older), 40000);
    EXPECT_EQ(dialog->allocation()->appliedTo(newer), 0);
    EXPECT_EQ(dialog->allocation()->creditOnAccount(), 0);
    ASSERT_TRUE(dialog->recordButton()->isEnabled()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();

    EXPECT_EQ(m_ledger->invoice(older, QDate(2026, 3, 31)).balance, 60000);
    EXPECT_EQ(m_ledger->invoice(newer, QDate(2026, 3, 31)).balance, 50000);
    // The dashboard follows the ledger's signal: receivable, overdue and the 31-60 bar drop by 400.
    m_window->showPage(MainWindow::Page::Dashboard);
    // It adds the figures up again on a worker thread; the window stays responsive meanwhile.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return dashboard->receivableTile()->value() == QStringLiteral("USD\u00a01,100.00") && !dashboard->isLoading();
    }));
    EXPECT_EQ(dashboard->overdueTile()->value(), QStringLiteral("USD\u00a0600.00"));
    const QList<qreal> after = dashboard->agingBars();
    EXPECT_DOUBLE_EQ(after[0], 500.0);
    EXPECT_DOUBLE_EQ(after[2], 600.0);
}

TEST_F(PaymentGui, ChangedAllocationIsRecordedAsTypedWithTheRestOnAccount)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString older = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    const QString newer = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 50000);
    openLedger();
    PaymentDialog* dialog = m_window->recordPayment(QStringLiteral("C001"));
    QTest::keyClicks(dialog->amountField(), QStringLiteral("700"));
    settle();
    // The user pays the newer invoice in full and 100.00 of the older; 100.00 stays as credit.
    typeIntoCell(dialog->allocationView(), 0, PaymentAllocationModel::Apply, QStringLiteral("100"));
    typeIntoCell(dialog->allocationView(), 1, PaymentAllocationModel::Apply, QStringLiteral("500"));
    EXPECT_TRUE(dialog->allocation()->isEdited());
    EXPECT_EQ(dialog->allocation()->creditOnAccount(), 10000);
    ASSERT_TRUE(dialog->recordButton()->isEnabled()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_ledger->invoice(older, QDate(2026, 3, 31)).balance, 90000);
    EXPECT_EQ(m_ledger->invoice(newer, QDate(2026, 3, 31)).balance, 0);
    const auto payments = m_ledger->payments(QStringLiteral("C001"));
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments[0].unallocated, 10000);
    // The credit was reported to the user.
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages[0].text.contains(QStringLiteral("100.00")));
}

TEST_F(PaymentGui, AllocationAboveThePaymentIsRefusedBeforeRecording)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    openLedger();
    PaymentDialog* dialog = m_window->recordPayment(QStringLiteral("C001"));
    QTest::keyClicks(dialog->amountField(), QStringLiteral("100"));
    settle();
    typeIntoCell(dialog->allocationView(), 0, PaymentAllocationModel::Apply, QStringLiteral("300"));
    EXPECT_FALSE(dialog->recordButton()->isEnabled());
    EXPECT_FALSE(dialog->message().isEmpty());
    dialog->record();
    EXPECT_TRUE(m_ledger->payments().isEmpty());
}

TEST_F(PaymentGui, AmountThatIsNoAmountIsMarkedWhileTyping)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    PaymentDialog* dialog = m_window->recordPayment(QStringLiteral("C001"));
    QTest::keyClicks(dialog->amountField(), QStringLiteral("12x"));
    settle();
    EXPECT_TRUE(dialog->amountField()->property("invalid").toBool());
    EXPECT_FALSE(dialog->recordButton()->isEnabled());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("12x"))) << dialog->message().toStdString();
}

// Started from an invoice, the payment goes to that invoice, not to the customer's oldest one.
TEST_F(PaymentGui, RecordPaymentOnASelectedInvoiceSettlesThatInvoice)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString older = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    const QString newer = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 50000);
    openLedger();
    m_window->showPage(MainWindow::Page::Invoices);
    InvoicesPage* page = m_window->invoicesPage();
    int newerRow = -1;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        if (page->model()->row(row)->number == newer)
            newerRow = row;
    ASSERT_GE(newerRow, 0);
    const QRect cell = page->table()->visualRect(page->model()->index(newerRow, InvoiceTableModel::Customer));
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, cell.center());
    settle();
    ASSERT_EQ(page->currentNumber(), newer);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("recordPayment")), Qt::LeftButton);
    settle();
    auto* dialog = m_window->findChild<PaymentDialog*>();
    ASSERT_NE(dialog, nullptr);
    // The invoice it was started from comes first.
    EXPECT_EQ(dialog->allocationView()->model()->index(0, PaymentAllocationModel::Number).data().toString(), newer);
    QTest::keyClicks(dialog->amountField(), QStringLiteral("500.00"));
    settle();
    EXPECT_EQ(dialog->allocation()->appliedTo(newer), 50000);
    EXPECT_EQ(dialog->allocation()->appliedTo(older), 0);
    ASSERT_TRUE(dialog->recordButton()->isEnabled()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_ledger->invoice(newer, QDate(2026, 3, 31)).balance, 0);
    EXPECT_EQ(m_ledger->invoice(newer, QDate(2026, 3, 31)).invoice.status, InvoiceStatus::Paid);
    EXPECT_EQ(m_ledger->invoice(older, QDate(2026, 3, 31)).balance, 100000);
}

// More than the selected invoice's balance: the rest goes the usual way, oldest first.
TEST_F(PaymentGui, RecordPaymentOnASelectedInvoiceSpendsTheRestOldestFirst)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString older = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    const QString newer = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 50000);
    openLedger();
    m_window->showInvoice(newer);
    ASSERT_EQ(m_window->invoicesPage()->currentNumber(), newer);
    QTest::mouseClick(m_window->invoicesPage()->findChild<QPushButton*>(QStringLiteral("recordPayment")), Qt::LeftButton);
    settle();
    auto* dialog = m_window->findChild<PaymentDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->amountField(), QStringLiteral("700"));
    settle();
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_ledger->invoice(newer, QDate(2026, 3, 31)).balance, 0);
    EXPECT_EQ(m_ledger->invoice(older, QDate(2026, 3, 31)).balance, 80000);
}

TEST_F(PaymentGui, PaymentsTableNamesTheInvoicesPaidAndTheCustomer)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString older = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    const QString newer = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 20), 50000);
    // No invoice named: the ledger spreads it oldest first over both.
    m_ledger->recordPayment(QStringLiteral("C001"), usd(120000), QDate(2026, 3, 25), PaymentMethod::BankTransfer,
                            QStringLiteral("TRANSFER-7"));
    openLedger();
    m_window->showPage(MainWindow::Page::Payments);
    settle();
    auto* table = m_window->paymentsPage()->findChild<QTableView*>(QStringLiteral("table"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->model()->rowCount(), 1);
    const QString invoices = table->model()->index(0, PaymentTableModel::Invoice).data().toString();
    EXPECT_TRUE(invoices.contains(older)) << invoices.toStdString();
    EXPECT_TRUE(invoices.contains(newer)) << invoices.toStdString();
    const QString customer = table->model()->index(0, PaymentTableModel::Customer).data().toString();
    EXPECT_TRUE(customer.contains(QStringLiteral("Customer C001"))) << customer.toStdString();
    // The filter finds a payment by the invoice it paid.
    auto* filter = m_window->paymentsPage()->findChild<QLineEdit*>(QStringLiteral("filter"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, newer);
    settle();
    EXPECT_EQ(table->model()->rowCount(), 1);
}

using DashboardGui = GuiFixture;

TEST_F(DashboardGui, ClickingAnAgingBarListsThatBucketsInvoices)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2025, 11, 1), 10000); // due 12-01: 120 days, 91+
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 20000); // due 02-14: 45 days, 31-60
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 20), 30000); // due 02-19: 40 days, 31-60
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 40000); // not yet due
    openLedger();
    DashboardPage* dashboard = m_window->dashboardPage();
    dashboard->refresh();
    const QList<qreal> bars = dashboard->agingBars();
    EXPECT_DOUBLE_EQ(bars[AgingReport::Current], 400.0);
    EXPECT_DOUBLE_EQ(bars[AgingReport::Days31To60], 500.0);
    EXPECT_DOUBLE_EQ(bars[AgingReport::Days91Plus], 100.0);

    // A real click in the middle of the 31-60 bar.
    QChartView* view = dashboard->agingChartView();
    view->resize(600, 300);
    settle(50);
    QAbstractSeries* series = view->chart()->series().value(0);
    ASSERT_NE(series, nullptr);
    const QPointF inChart = view->chart()->mapToPosition(QPointF(AgingReport::Days31To60, 250.0), series);
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
    settle();
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Invoices);
    InvoiceTableModel* model = m_window->invoicesPage()->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->row(0)->total + model->row(1)->total, 50000);
    // The most overdue customer is listed.
    ASSERT_EQ(dashboard->dashboard().mostOverdue().size(), 1);
    EXPECT_EQ(dashboard->dashboard().mostOverdue()[0].overdue, 60000);
}

} // namespace settle::test
