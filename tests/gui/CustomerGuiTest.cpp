#include "GuiFixture.h"

#include "customers/CustomerDetailPage.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "widgets/FieldState.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTest>

namespace settle::test {

namespace {

CustomerDialog* openCustomerDialog(MainWindow& window)
{
    window.newCustomer();
    return window.findChild<CustomerDialog*>();
}

QLineEdit* field(QWidget* dialog, const char* name)
{
    return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
}

} // namespace

using CustomerGui = GuiFixture;

TEST_F(CustomerGui, NewCustomerTypedIntoTheDialogAppearsInTheTable)
{
    openLedger();
    const int before = m_window->customersPage()->model()->rowCount();
    CustomerDialog* dialog = openCustomerDialog(*m_window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->canSave()); // nothing typed yet

    QTest::keyClicks(field(dialog, "code"), QStringLiteral("C777"));
    QTest::keyClicks(field(dialog, "name"), QStringLiteral("Harbour Bakery"));
    QTest::keyClicks(field(dialog, "email"), QStringLiteral("orders@harbour.example"));
    ASSERT_TRUE(dialog->canSave()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    settle();

    const auto saved = m_ledger->customer(QStringLiteral("C777"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->name, QStringLiteral("Harbour Bakery"));
    EXPECT_EQ(saved->email, QStringLiteral("orders@harbour.example"));
    // The table reads the ledger on a worker thread; it shows the new customer once that is in.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->customersPage()->model()->rowCount() == before + 1; }));
    // Saving shows the new customer's page.
    EXPECT_TRUE(m_window->customersPage()->isDetailShown());
    EXPECT_EQ(m_window->customersPage()->currentCode(), QStringLiteral("C777"));
}

TEST_F(CustomerGui, BadEmailIsMarkedAsTypedAndKeepsSaveDisabled)
{
    openLedger();
    CustomerDialog* dialog = openCustomerDialog(*m_window);
    QTest::keyClicks(field(dialog, "code"), QStringLiteral("C778"));
    QTest::keyClicks(field(dialog, "name"), QStringLiteral("Lindqvist Architects"));
    QTest::keyClicks(field(dialog, "email"), QStringLiteral("accounts@lindqvist"));

    EXPECT_TRUE(FieldState::isInvalid(field(dialog, "email")));
    EXPECT_FALSE(dialog->canSave());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("accounts@lindqvist"))) << dialog->message().toStdString();
    EXPECT_TRUE(m_messages.isEmpty()); // a red border and a message, not a modal dialog

    QTest::keyClicks(field(dialog, "email"), QStringLiteral(".example"));
    EXPECT_FALSE(FieldState::isInvalid(field(dialog, "email")));
    EXPECT_TRUE(dialog->canSave());
}

TEST_F(CustomerGui, ExistingCodeIsRefusedBeforeSaving)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    CustomerDialog* dialog = openCustomerDialog(*m_window);
    QTest::keyClicks(field(dialog, "code"), QStringLiteral("C001"));
    QTest::keyClicks(field(dialog, "name"), QStringLiteral("Someone Else"));
    EXPECT_FALSE(dialog->canSave());
    EXPECT_TRUE(FieldState::isInvalid(field(dialog, "code")));
    EXPECT_EQ(m_ledger->customers().size(), 1);
}

TEST_F(CustomerGui, TableFiltersByNameAndSortsByBalance)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addCustomer(QStringLiteral("C002"));
    m_ledger.addCustomer(QStringLiteral("C003"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 10000);
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 3, 1), 90000);
    m_ledger.addInvoice(QStringLiteral("C003"), QDate(2026, 3, 1), 50000);
    openLedger();
    m_window->showPage(MainWindow::Page::Customers);
    QSortFilterProxyModel* proxy = m_window->customersPage()->proxy();
    ASSERT_TRUE(QTest::qWaitFor([&] { return proxy->rowCount() == 3; }));
    proxy->sort(CustomerTableModel::Balance, Qt::DescendingOrder);
    ASSERT_EQ(proxy->rowCount(), 3);
    EXPECT_EQ(proxy->index(0, 0).data(CustomerTableModel::CodeRole).toString(), QStringLiteral("C002"));
    EXPECT_EQ(proxy->index(2, 0).data(CustomerTableModel::CodeRole).toString(), QStringLiteral("C001"));

    auto* filter = m_window->customersPage()->findChild<QLineEdit*>(QStringLiteral("filter"));
    QTest::keyClicks(filter, QStringLiteral("c003"));
    ASSERT_EQ(proxy->rowCount(), 1);
    EXPECT_EQ(proxy->index(0, 0).data(CustomerTableModel::CodeRole).toString(), QStringLiteral("C003"));
}

TEST_F(CustomerGui, OnHoldSwitchGoesThroughTheLedger)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    m_window->showCustomer(QStringLiteral("C001"));
    CustomerDetailPage* detail = m_window->customersPage()->detailPage();
    EXPECT_FALSE(detail->isOnHoldChecked());
    detail->setOnHoldChecked(true);
    settle();
    EXPECT_TRUE(m_ledger->customer(QStringLiteral("C001"))->onHold);
    EXPECT_TRUE(detail->isOnHoldChecked());
}

TEST_F(CustomerGui, TheNextCodeIsSuggestedInTheLedgersOwnPattern)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addCustomer(QStringLiteral("C002"));
    openLedger();
    CustomerDialog* dialog = openCustomerDialog(*m_window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(field(dialog, "code")->text(), QStringLiteral("C003"));
    // Accepting the suggestion: only the name is typed.
    QTest::keyClicks(field(dialog, "name"), QStringLiteral("Harbour Bakery"));
    ASSERT_TRUE(dialog->canSave()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    settle();
    const auto saved = m_ledger->customer(QStringLiteral("C003"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->name, QStringLiteral("Harbour Bakery"));

    // The next dialog goes on from the customer just added.
    dialog = openCustomerDialog(*m_window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(field(dialog, "code")->text(), QStringLiteral("C004"));
}

TEST_F(CustomerGui, SuggestedCodesFollowTheNewestCodesPrefixAndWidth)
{
    auto customer = [](qint64 id, const char* code) {
        Customer c;
        c.id = id;
        c.code = QString::fromLatin1(code);
        return c;
    };
    EXPECT_EQ(CustomerDialog::suggestCode({}), QStringLiteral("C001"));
    EXPECT_EQ(CustomerDialog::suggestCode({customer(1, "C009")}), QStringLiteral("C010"));
    EXPECT_EQ(CustomerDialog::suggestCode({customer(1, "C999")}), QStringLiteral("C1000"));
    EXPECT_EQ(CustomerDialog::suggestCode({customer(1, "C007"), customer(2, "KD-0041"), customer(3, "C002")}),
              QStringLiteral("C008"));
    EXPECT_EQ(CustomerDialog::suggestCode({customer(1, "C001"), customer(2, "KD-0041")}), QStringLiteral("KD-0042"));
    // Names without a number give nothing to count on: the field stays empty.
    EXPECT_EQ(CustomerDialog::suggestCode({customer(1, "ACME")}), QString());
}

TEST_F(CustomerGui, OnlyLanguagesWithTemplatesAreOffered)
{
    openLedger();
    CustomerDialog* dialog = openCustomerDialog(*m_window);
    ASSERT_NE(dialog, nullptr);
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
    ASSERT_NE(language, nullptr);
    QStringList offered;
    for (int i = 0; i < language->count(); ++i)
        offered << language->itemData(i).toString();
    EXPECT_EQ(offered, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                                    QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("nl")}));
}

TEST_F(CustomerGui, AStoredLanguageWithoutTemplatesIsShownAndMustBeChanged)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    // As another program left it: the ledger itself refuses a language without templates.
    QSqlQuery(m_ledger->database().connection())
        .exec(QStringLiteral("UPDATE customers SET language = 'pt' WHERE code = 'C001'"));
    openLedger();
    auto* dialog = new CustomerDialog(*m_session, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editCustomer(QStringLiteral("C001"));
    dialog->show();
    settle();
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
    // Not silently English: the stored language is shown, marked, and said.
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("pt"));
    EXPECT_TRUE(language->currentText().contains(QStringLiteral("no templates"))) << language->currentText().toStdString();
    EXPECT_TRUE(FieldState::isInvalid(language));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("\"pt\" is not a language Settle writes in")))
        << dialog->message().toStdString();
    EXPECT_FALSE(dialog->canSave());

    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    ASSERT_TRUE(dialog->canSave()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_ledger->requireCustomer(QStringLiteral("C001")).language, QStringLiteral("de"));
}

TEST_F(CustomerGui, TheCustomerModelKeepsTheModelRules)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 2, 1), 48000);
    openLedger();
    CustomerTableModel* model = m_window->customersPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->showPage(MainWindow::Page::Customers);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 1; }));
    // A change in the ledger resets the model on the worker thread's answer.
    CustomerDialog* dialog = openCustomerDialog(*m_window);
    QTest::keyClicks(field(dialog, "name"), QStringLiteral("Harbour Bakery"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 2; }));
}

} // namespace settle::test
