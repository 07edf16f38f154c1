#include "GuiFixture.h"

#include "invoices/InvoiceEditorDialog.h"
#include "invoices/InvoiceLinesModel.h"
#include "payments/PaymentAllocationModel.h"
#include "payments/PaymentDialog.h"
#include "settings/PolicyEditor.h"
#include "settings/PolicyStagesModel.h"
#include "settings/SettingsPage.h"
#include "settings/TermsDialog.h"
#include "settings/TermsEditor.h"
#include "shell/SearchPopup.h"
#include "widgets/FieldState.h"

#include "followup/ReminderPolicies.h"
#include "terms/TermsCatalog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace settle::test {

namespace {

// The app in another language for one test; English (US) again afterwards.
struct LocaleForTest
{
    explicit LocaleForTest(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleForTest() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

} // namespace

using AmountEntryGui = GuiFixture;

// "12,50" typed the continental way in the English UI was read as 1,250 and could be issued.
TEST_F(AmountEntryGui, EnglishCommaThatGroupsNoThousandsIsRefusedInInvoiceLines)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    ASSERT_NE(editor, nullptr);
    QTableView* lines = editor->linesView();
    typeIntoCell(lines, 0, InvoiceLinesModel::Description, QStringLiteral("Coffee"));
    typeIntoCell(lines, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12,50"));
    const QModelIndex price = lines->model()->index(0, InvoiceLinesModel::UnitPrice);
    const QString problem = price.data(InvoiceLinesModel::ProblemRole).toString();
    EXPECT_TRUE(problem.contains(QStringLiteral("12,50"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("1,234.56"))) << problem.toStdString();
    EXPECT_EQ(price.data(Qt::EditRole).toString(), QStringLiteral("12,50")); // kept as typed
    EXPECT_FALSE(editor->issueButton()->isEnabled());
    EXPECT_TRUE(editor->message().startsWith(QStringLiteral("Line 1"))) << editor->message().toStdString();
    EXPECT_NE(editor->totalText(), QStringLiteral("USD\u00a01,250.00"));
    QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
    settle();
    EXPECT_TRUE(m_ledger->invoices({}, QDate(2026, 3, 31)).isEmpty());

    // The quantity and the tax rate follow the same rule.
    typeIntoCell(lines, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12.50"));
    typeIntoCell(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("1,5"));
    EXPECT_FALSE(lines->model()->index(0, InvoiceLinesModel::Quantity).data(InvoiceLinesModel::ProblemRole).isNull());
    EXPECT_FALSE(editor->issueButton()->isEnabled());
    typeIntoCell(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("2"));
    typeIntoCell(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("7,5"));
    EXPECT_FALSE(lines->model()->index(0, InvoiceLinesModel::TaxRate).data(InvoiceLinesModel::ProblemRole).isNull());
    EXPECT_FALSE(editor->issueButton()->isEnabled());
    typeIntoCell(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("10"));

    // Written the English way it is what was meant: 2 × 12.50 + 10 % = 27.50.
    ASSERT_TRUE(editor->issueButton()->isEnabled()) << editor->message().toStdString();
    QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
    settle();
    const auto invoices = m_ledger->invoices({}, QDate(2026, 3, 31));
    ASSERT_EQ(invoices.size(), 1);
    EXPECT_EQ(invoices[0].invoice.total, 2750);
}

TEST_F(AmountEntryGui, EnglishCommaThatGroupsNoThousandsIsRefusedAsAPayment)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 500000);
    openLedger();
    PaymentDialog* dialog = m_window->recordPayment(QStringLiteral("C001"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->amountField(), QStringLiteral("12,50"));
    settle();
    EXPECT_TRUE(FieldState::isInvalid(dialog->amountField()));
    EXPECT_TRUE(dialog->amountField()->toolTip().contains(QStringLiteral("groups of three")))
        << dialog->amountField()->toolTip().toStdString();
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("12,50"))) << dialog->message().toStdString();
    EXPECT_FALSE(dialog->recordButton()->isEnabled());
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();
    EXPECT_TRUE(m_ledger->payments().isEmpty());

    // A real thousands group is read as one; the allocation cell keeps to the same rule.
    dialog->amountField()->clear();
    QTest::keyClicks(dialog->amountField(), QStringLiteral("1,250"));
    settle();
    EXPECT_EQ(dialog->allocation()->amount(), 125000);
    typeIntoCell(dialog->allocationView(), 0, PaymentAllocationModel::Apply, QStringLiteral("12,50"));
    EXPECT_FALSE(dialog->recordButton()->isEnabled());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("12,50"))) << dialog->message().toStdString();
    typeIntoCell(dialog->allocationView(), 0, PaymentAllocationModel::Apply, QStringLiteral("1,000.00"));
    ASSERT_TRUE(dialog->recordButton()->isEnabled()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();
    const auto payments = m_ledger->payments(QStringLiteral("C001"));
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments[0].amount, 125000);
    EXPECT_EQ(payments[0].unallocated, 25000);
}

// In German the dot groups thousands: "1.2345" is neither 12,345 nor 1,2345.
TEST_F(AmountEntryGui, GermanDotThatGroupsNoThousandsIsRefused)
{
    LocaleForTest german(QLocale(QLocale::German, QLocale::Germany));
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    QTableView* lines = editor->linesView();
    typeIntoCell(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("1.2345"));
    const QString problem =
        lines->model()->index(0, InvoiceLinesModel::Quantity).data(InvoiceLinesModel::ProblemRole).toString();
    EXPECT_TRUE(problem.contains(QStringLiteral("1.234,56"))) << problem.toStdString();
    typeIntoCell(lines, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12.50"));
    EXPECT_FALSE(lines->model()->index(0, InvoiceLinesModel::UnitPrice).data(InvoiceLinesModel::ProblemRole).isNull());
    EXPECT_FALSE(editor->issueButton()->isEnabled());

    typeIntoCell(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("1,5"));
    typeIntoCell(lines, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("1.000,50"));
    ASSERT_TRUE(editor->issueButton()->isEnabled()) << editor->message().toStdString();
    QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
    settle();
    const auto invoices = m_ledger->invoices({}, QDate(2026, 3, 31));
    ASSERT_EQ(invoices.size(), 1);
    EXPECT_EQ(invoices[0].invoice.total, 150075); // 1.5 × 1,000.50
}

TEST_F(AmountEntryGui, TermsFieldsRefuseACommaThatGroupsNoThousands)
{
    openLedger();
    m_window->showPage(MainWindow::Page::Settings);
    m_window->settingsPage()->showTab(QStringLiteral("termsTab"));
    TermsDialog* dialog = m_window->settingsPage()->termsEditor()->addTerm();
    ASSERT_NE(dialog, nullptr);
    QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QTest::keyClicks(dialog->field(QStringLiteral("name")), QStringLiteral("Net 30 with interest"));
    for (const char* name : {"interest", "lateFee", "discount"}) {
        QLineEdit* field = dialog->field(QString::fromLatin1(name));
        QTest::keyClicks(field, QStringLiteral("1,5"));
        EXPECT_TRUE(FieldState::isInvalid(field)) << name;
        EXPECT_TRUE(field->toolTip().contains(QStringLiteral("1,5"))) << name << ": " << field->toolTip().toStdString();
        EXPECT_FALSE(save->isEnabled()) << name;
        EXPECT_FALSE(dialog->save()) << name;
        field->clear();
    }
    QTest::keyClicks(dialog->field(QStringLiteral("interest")), QStringLiteral("1.5"));
    QTest::keyClicks(dialog->field(QStringLiteral("lateFee")), QStringLiteral("1,250"));
    ASSERT_TRUE(dialog->save()) << dialog->message().toStdString();
    settle();
    const PaymentTerms terms = TermsCatalog(*m_ledger).require(QStringLiteral("Net 30 with interest")).terms;
    EXPECT_EQ(terms.annualInterest.millionths(), 15000);
    EXPECT_EQ(terms.lateFeeMicros, qint64(1250) * 1'000'000);
    EXPECT_EQ(terms.discount.millionths(), 0);
}

TEST_F(AmountEntryGui, PolicyStageFeesRefuseACommaThatGroupsNoThousands)
{
    openLedger();
    m_window->showPage(MainWindow::Page::Settings);
    m_window->settingsPage()->showTab(QStringLiteral("followupsTab"));
    PolicyEditor* editor = m_window->settingsPage()->policyEditor();
    auto* view = editor->findChild<QTableView*>(QStringLiteral("stages"));
    ASSERT_NE(view, nullptr);
    typeIntoCell(view, 3, PolicyStagesModel::Fee, QStringLiteral("2,50"));
    typeIntoCell(view, 3, PolicyStagesModel::FeePercent, QStringLiteral("1,5"));
    const QString problems = editor->model()->problems().join(u'\n');
    EXPECT_TRUE(problems.contains(QStringLiteral("2,50"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("1,5"))) << problems.toStdString();
    EXPECT_FALSE(editor->save());
    EXPECT_EQ(ReminderPolicies(*m_ledger).require(QStringLiteral("Standard")).stages[3].feeMicros, 0);

    typeIntoCell(view, 3, PolicyStagesModel::Fee, QStringLiteral("2.50"));
    typeIntoCell(view, 3, PolicyStagesModel::FeePercent, QStringLiteral("1.5"));
    ASSERT_TRUE(editor->save()) << editor->message().toStdString();
    const Stage stage = ReminderPolicies(*m_ledger).require(QStringLiteral("Standard")).stages[3];
    EXPECT_EQ(stage.feeMicros, 2'500'000);
    EXPECT_EQ(stage.feeRate.millionths(), 15'000);
}

// The search box looks for an invoice by its total only when what was typed is an amount.
TEST_F(AmountEntryGui, SearchBoxDoesNotReadACommaThatGroupsNoThousandsAsAnAmount)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    const QString number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 125000); // 1,250.00
    openLedger();
    auto* search = m_window->findChild<SearchPopup*>();
    ASSERT_NE(search, nullptr);
    EXPECT_EQ(search->search(QStringLiteral("12,50")), 0);
    ASSERT_EQ(search->search(QStringLiteral("1,250.00")), 1);
    EXPECT_TRUE(search->results()->item(0)->text().contains(number));
}

} // namespace settle::test
