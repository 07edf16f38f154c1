#include "GuiFixture.h"

#include "invoices/InvoiceEditorDialog.h"
#include "invoices/InvoiceEditorPresenter.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoiceTableModel.h"
#include "invoices/InvoicesPage.h"
#include "payments/PaymentAllocationModel.h"
#include "payments/PaymentDialog.h"
#include "payments/PaymentTableModel.h"
#include "payments/PaymentsPage.h"
#include "settings/PolicyEditor.h"
#include "settings/PolicyStagesModel.h"
#include "settings/SettingsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace settle::test {

namespace {

// Qt's model checker reports through the "qt.modeltest" logging category; every report is kept
// here and a test fails when there is one.
QStringList g_modelProblems;
QtMessageHandler g_previousHandler = nullptr;

void collectModelProblems(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest"))
        g_modelProblems << message;
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

class MoneyModels : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        g_modelProblems.clear();
        g_previousHandler = qInstallMessageHandler(collectModelProblems);
    }
    void TearDown() override
    {
        qInstallMessageHandler(g_previousHandler);
        GuiFixture::TearDown();
    }

    void check(QAbstractItemModel* model)
    {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning));
    }

    void expectNoProblems() { EXPECT_TRUE(g_modelProblems.isEmpty()) << g_modelProblems.join(u'\n').toStdString(); }

    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

} // namespace

TEST_F(MoneyModels, InvoiceTableModelKeepsQtsModelContract)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addCustomer(QStringLiteral("C002"));
    for (int i = 0; i < 5; ++i)
        m_ledger.addInvoice(i % 2 ? QStringLiteral("C001") : QStringLiteral("C002"), QDate(2026, 1, 5 + i), 10000 * (i + 1));
    openLedger();
    m_window->showPage(MainWindow::Page::Invoices);
    InvoicesPage* page = m_window->invoicesPage();
    check(page->model());
    auto* state = page->findChild<QComboBox*>(QStringLiteral("state"));
    state->setCurrentIndex(state->findData(int(InvoicePageRepository::State::Overdue)));
    page->model()->sort(InvoiceTableModel::Balance, Qt::AscendingOrder);
    page->model()->setCustomer(QStringLiteral("C001"));
    m_ledger->recordPayment(QStringLiteral("C001"), usd(5000), QDate(2026, 3, 30), PaymentMethod::Cash, QString());
    m_window->showInvoice(m_ledger->invoices({}, QDate(2026, 3, 31)).first().invoice.number);
    settle();
    expectNoProblems();
}

TEST_F(MoneyModels, InvoiceLinesModelKeepsQtsModelContract)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    InvoiceLinesModel* lines = editor->presenter()->lines();
    check(lines);
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12,50"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12.50"));
    lines->addLine();
    lines->addLine();
    typeIntoCell(editor->linesView(), 2, InvoiceLinesModel::TaxRate, QStringLiteral("7"));
    lines->removeLine(1);
    lines->setCurrency(QStringLiteral("JPY"));
    settle();
    expectNoProblems();
}

TEST_F(MoneyModels, PaymentModelsKeepQtsModelContract)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addCustomer(QStringLiteral("C002"));
    const QString first = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 50000);
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 3, 20), 70000);
    openLedger();
    m_window->showPage(MainWindow::Page::Payments);
    check(m_window->paymentsPage()->model());
    PaymentDialog* dialog = m_window->recordPayment(QStringLiteral("C001"));
    check(dialog->allocation());
    QTest::keyClicks(dialog->amountField(), QStringLiteral("700"));
    typeIntoCell(dialog->allocationView(), 0, PaymentAllocationModel::Apply, QStringLiteral("1,5"));
    typeIntoCell(dialog->allocationView(), 0, PaymentAllocationModel::Apply, QStringLiteral("100"));
    dialog->allocation()->resetAllocation();
    dialog->allocation()->setCustomer(QStringLiteral("C002"));
    dialog->allocation()->setCustomer(QStringLiteral("C001"));
    dialog->allocation()->setDate(QDate(2026, 3, 30));
    ASSERT_TRUE(dialog->recordButton()->isEnabled()) << dialog->message().toStdString();
    dialog->record();
    settle();
    m_ledger->recordPayment(QStringLiteral("C001"), usd(1000), QDate(2026, 3, 30), PaymentMethod::Cash, QString(), first);
    m_window->paymentsPage()->model()->setCustomer(QStringLiteral("C001"));
    settle();
    EXPECT_EQ(m_window->paymentsPage()->model()->rowCount(), 2);
    expectNoProblems();
}

TEST_F(MoneyModels, PolicyStagesModelKeepsQtsModelContract)
{
    openLedger();
    m_window->showPage(MainWindow::Page::Settings);
    m_window->settingsPage()->showTab(QStringLiteral("followupsTab"));
    PolicyEditor* editor = m_window->settingsPage()->policyEditor();
    check(editor->model());
    auto* view = editor->findChild<QTableView*>(QStringLiteral("stages"));
    typeIntoCell(view, 2, PolicyStagesModel::Fee, QStringLiteral("2,50"));
    editor->addStage();
    view->setCurrentIndex(editor->model()->index(5, 0));
    editor->moveStage(-1);
    editor->removeStage();
    editor->load();
    settle();
    expectNoProblems();
}

} // namespace settle::test
