#include "GuiFixture.h"

#include "CustomerDetailPage.h"
#include "CustomerDialog.h"
#include "CustomerTableModel.h"
#include "CustomersPage.h"
#include "FieldState.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
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

} // namespace settle::test
