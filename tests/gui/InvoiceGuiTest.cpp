#include "GuiFixture.h"

#include "invoices/InvoiceActionDialog.h"
#include "invoices/InvoiceEditorDialog.h"
#include "invoices/InvoiceEditorPresenter.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoiceTableModel.h"
#include "invoices/InvoicesPage.h"
#include "widgets/FieldState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QAbstractTextDocumentLayout>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

namespace settle::test {

using InvoiceGui = GuiFixture;

TEST_F(InvoiceGui, EditorShowsTotalsAndDueDateLiveAndIssues)
{
    m_ledger.addCustomer(QStringLiteral("C001"), QStringLiteral("Net 14"));
    openLedger();
    InvoiceEditorDialog* editor = m_window->newInvoice();
    ASSERT_NE(editor, nullptr);
    EXPECT_FALSE(editor->issueButton()->isEnabled()); // no customer yet

    auto* customer = editor->findChild<QComboBox*>(QStringLiteral("customer"));
    customer->setCurrentIndex(customer->findData(QStringLiteral("C001")));
    settle();
    // Net 14 from the customer's terms, counted from the ledger's today (2026-03-31).
    EXPECT_EQ(editor->dueDateText(), QStringLiteral("2026-04-14"));

    QTableView* lines = editor->linesView();
    typeIntoCell(lines, 0, InvoiceLinesModel::Description, QStringLiteral("Design work"));
    typeIntoCell(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("2.5"));
    typeIntoCell(lines, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("80.00"));
    EXPECT_EQ(editor->totalText(), QStringLiteral("USD\u00a0200.00"));
    typeIntoCell(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("19"));
    // 2.5 × 80.00 = 200.00, tax 19 % = 38.00, total 238.00 — updated as each cell was typed.
    EXPECT_EQ(editor->taxText(), QStringLiteral("USD\u00a038.00"));
    EXPECT_EQ(editor->totalText(), QStringLiteral("USD\u00a0238.00"));

    // Other terms move the due date at once.
    editor->findChild<QComboBox*>(QStringLiteral("terms"))->setCurrentText(QStringLiteral("Net 30"));
    settle();
    EXPECT_EQ(editor->dueDateText(), QStringLiteral("2026-04-30"));

    ASSERT_TRUE(editor->issueButton()->isEnabled()) << editor->message().toStdString();
    QSignalSpy issued(editor, &InvoiceEditorDialog::invoiceIssued);
    QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
    ASSERT_EQ(issued.size(), 1) << editor->message().toStdString();
    const QString number = issued.at(0).at(0).toString();
    settle(); // the dialog closes and deletes itself
    const auto detail = m_ledger->invoice(number, QDate(2026, 3, 31));
    EXPECT_EQ(detail.invoice.total, 23800);
    EXPECT_EQ(detail.invoice.dueDate, QDate(2026, 4, 30));
    EXPECT_EQ(detail.invoice.customerCode, QStringLiteral("C001"));
    ASSERT_EQ(detail.invoice.lines.size(), 1);
    EXPECT_EQ(detail.invoice.lines[0].description, QStringLiteral("Design work"));
}

TEST_F(InvoiceGui, BadCellIsMarkedAndNothingIsSaved)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12,5O"));
    const QModelIndex price = editor->linesView()->model()->index(0, InvoiceLinesModel::UnitPrice);
    EXPECT_FALSE(price.data(InvoiceLinesModel::ProblemRole).toString().isEmpty());
    EXPECT_EQ(price.data(Qt::EditRole).toString(), QStringLiteral("12,5O")); // what was typed stays
    EXPECT_FALSE(editor->issueButton()->isEnabled());
    EXPECT_TRUE(editor->message().startsWith(QStringLiteral("Line 1"))) << editor->message().toStdString();
    QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
    EXPECT_TRUE(m_ledger->invoices({}, QDate(2026, 3, 31)).isEmpty());
}

TEST_F(InvoiceGui, DueDateBeforeIssueDateIsRefusedAsTyped)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("100"));
    ASSERT_TRUE(editor->issueButton()->isEnabled());
    editor->findChild<QCheckBox*>(QStringLiteral("dueFromTerms"))->setChecked(false);
    auto* due = editor->findChild<QDateEdit*>(QStringLiteral("dueDate"));
    due->setDate(QDate(2026, 3, 1));
    settle();
    EXPECT_TRUE(FieldState::isInvalid(due));
    EXPECT_FALSE(editor->issueButton()->isEnabled());
    EXPECT_TRUE(editor->message().contains(QStringLiteral("before the issue date"))) << editor->message().toStdString();
}

TEST_F(InvoiceGui, TableFiltersByStateAndCustomer)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addCustomer(QStringLiteral("C002"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 5), 10000);  // due 02-04: overdue
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 20000); // due 04-19: open
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 1, 10), 30000); // overdue
    openLedger();
    m_window->showPage(MainWindow::Page::Invoices);
    InvoiceTableModel* model = m_window->invoicesPage()->model();
    EXPECT_EQ(model->rowCount(), 3);
    auto* state = m_window->invoicesPage()->findChild<QComboBox*>(QStringLiteral("state"));
    state->setCurrentIndex(state->findData(int(InvoicePageRepository::State::Overdue)));
    EXPECT_EQ(model->rowCount(), 2);
    auto* customer = m_window->invoicesPage()->findChild<QComboBox*>(QStringLiteral("customer"));
    customer->setCurrentIndex(customer->findData(QStringLiteral("C001")));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->row(0)->total, 10000);
    // Sorting by any column goes to the ledger: by total, largest first.
    state->setCurrentIndex(0);
    customer->setCurrentIndex(0);
    model->sort(InvoiceTableModel::Total, Qt::DescendingOrder);
    EXPECT_EQ(model->row(0)->total, 30000);
    EXPECT_EQ(model->row(2)->total, 10000);
}

TEST_F(InvoiceGui, CreditNoteDialogLowersTheBalance)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 50000);
    openLedger();
    m_window->showInvoice(number);
    EXPECT_EQ(m_window->invoicesPage()->currentNumber(), number);
    auto* dialog = m_window->invoicesPage()->openAction(int(InvoiceActionDialog::Action::CreditNote));
    ASSERT_NE(dialog, nullptr);
    dialog->setAmountText(QStringLiteral("600.00"));
    EXPECT_FALSE(dialog->canApply()); // more than the balance
    dialog->setAmountText(QStringLiteral("120.00"));
    dialog->setReason(QStringLiteral("Two hours billed twice"));
    ASSERT_TRUE(dialog->canApply()) << dialog->message().toStdString();
    dialog->apply();
    settle();
    EXPECT_EQ(m_ledger->invoice(number, QDate(2026, 3, 31)).balance, 38000);
}

TEST_F(InvoiceGui, VoidAsksFirstAndGoesThroughTheLedger)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 50000);
    openLedger();
    m_window->showInvoice(number);
    m_answer = false;
    m_window->invoicesPage()->voidSelected();
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_EQ(m_messages[0].kind, MessageBox::Kind::Question);
    EXPECT_EQ(m_ledger->invoice(number, QDate(2026, 3, 31)).invoice.status, InvoiceStatus::Open);
    m_answer = true;
    m_window->invoicesPage()->voidSelected();
    EXPECT_EQ(m_ledger->invoice(number, QDate(2026, 3, 31)).invoice.status, InvoiceStatus::Void);
}

TEST_F(InvoiceGui, TheNumberAnInvoiceGotIsShownWhenItIsIssued)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("100"));
    ASSERT_TRUE(editor->issueButton()->isEnabled()) << editor->message().toStdString();
    QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
    settle();
    const auto invoices = m_ledger->invoices({}, QDate(2026, 3, 31));
    ASSERT_EQ(invoices.size(), 1);
    const QString number = invoices[0].invoice.number;
    ASSERT_FALSE(number.isEmpty());
    const QString shown = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(shown.contains(number)) << shown.toStdString();

    // A draft issued from the invoices page says its number the same way.
    m_window->statusBar()->clearMessage();
    InvoiceEditorDialog* draft = m_window->newInvoice(QStringLiteral("C001"));
    typeIntoCell(draft->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("50"));
    QTest::mouseClick(draft->draftButton(), Qt::LeftButton);
    settle();
    m_window->showPage(MainWindow::Page::Invoices);
    InvoicesPage* page = m_window->invoicesPage();
    auto* state = page->findChild<QComboBox*>(QStringLiteral("state"));
    state->setCurrentIndex(state->findData(int(InvoicePageRepository::State::Draft)));
    ASSERT_EQ(page->model()->rowCount(), 1);
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("issue")), Qt::LeftButton);
    settle();
    const QString second = page->currentNumber();
    ASSERT_FALSE(second.isEmpty());
    EXPECT_NE(second, number);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(second)) << m_window->statusBar()->currentMessage().toStdString();
}

TEST_F(InvoiceGui, APartlyPaidInvoiceDoesNotReadOpen)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString notDue = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 50000);  // due 04-19
    const QString overdue = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 80000); // due 02-14
    m_ledger->recordPayment(QStringLiteral("C001"), usd(20000), QDate(2026, 3, 25), PaymentMethod::BankTransfer,
                            QStringLiteral("part 1"), notDue);
    m_ledger->recordPayment(QStringLiteral("C001"), usd(30000), QDate(2026, 3, 25), PaymentMethod::BankTransfer,
                            QStringLiteral("part 2"), overdue);
    openLedger();
    m_window->showPage(MainWindow::Page::Invoices);
    InvoiceTableModel* model = m_window->invoicesPage()->model();
    QHash<QString, QString> states;
    for (int row = 0; row < model->rowCount(); ++row)
        states.insert(model->row(row)->number, model->index(row, InvoiceTableModel::State).data().toString());
    EXPECT_EQ(states.value(notDue), QStringLiteral("Partly paid"));
    const QString overdueState = states.value(overdue);
    EXPECT_TRUE(overdueState.startsWith(QStringLiteral("Overdue 45 day"))) << overdueState.toStdString();
    EXPECT_TRUE(overdueState.endsWith(QStringLiteral(", partly paid"))) << overdueState.toStdString();
}

TEST_F(InvoiceGui, ANewLineStartsWithThePreviousLinesTaxRate)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("100"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::TaxRate, QStringLiteral("19"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addLine")), Qt::LeftButton);
    settle();
    QAbstractItemModel* lines = editor->linesView()->model();
    ASSERT_EQ(lines->rowCount(), 2);
    EXPECT_EQ(lines->index(1, InvoiceLinesModel::TaxRate).data(Qt::EditRole).toString(), QStringLiteral("19"));
    typeIntoCell(editor->linesView(), 1, InvoiceLinesModel::UnitPrice, QStringLiteral("50"));
    EXPECT_EQ(editor->taxText(), QStringLiteral("USD\u00a028.50"));
}

// At 1024×700 the detail beside the table is narrow; an amount must still read in one piece.
TEST_F(InvoiceGui, DetailAmountsAreNotBrokenAt1024x700)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 105600);
    m_ledger->recordPayment(QStringLiteral("C001"), usd(5600), QDate(2026, 3, 25), PaymentMethod::BankTransfer,
                            QStringLiteral("BANK-REF-0001"), number);
    openLedger();
    m_window->resize(1024, 700);
    m_window->showInvoice(number);
    settle(50);
    auto* detail = m_window->invoicesPage()->findChild<QTextBrowser*>(QStringLiteral("detail"));
    ASSERT_NE(detail, nullptr);
    QTextDocument* document = detail->document();
    document->setTextWidth(detail->viewport()->width());
    document->documentLayout()->documentSize(); // lays the whole document out
    int amounts = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(QStringLiteral("1,056.00")) && !block.text().contains(QStringLiteral("1,000.00")))
            continue;
        ++amounts;
        ASSERT_NE(block.layout(), nullptr);
        EXPECT_EQ(block.layout()->lineCount(), 1) << block.text().toStdString();
    }
    EXPECT_GE(amounts, 3); // the line, the total and the balance
    EXPECT_LE(document->size().width(), detail->viewport()->width() + 1);
    EXPECT_FALSE(detail->horizontalScrollBar()->isVisible());
}

} // namespace settle::test
