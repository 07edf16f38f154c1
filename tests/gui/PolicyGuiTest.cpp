#include "SettingsPageFixture.h"

#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "settings/PolicyEditor.h"
#include "settings/PolicyStagesModel.h"

#include "domain/PaymentMethod.h"
#include "followup/ReminderPolicies.h"

#include <QComboBox>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace settle::test {

namespace {

QStringList policyNames(Ledger& ledger)
{
    QStringList names;
    for (const auto& policy : ReminderPolicies(ledger).all())
        names << policy.name;
    return names;
}

} // namespace

class PolicyGui : public SettingsPageFixture
{
protected:
    PolicyEditor* editor()
    {
        page()->showTab(QStringLiteral("followupsTab"));
        return m_window->settingsPage()->policyEditor();
    }

    template <typename Widget = QPushButton> Widget* child(const char* name)
    {
        auto* widget = m_window->settingsPage()->policyEditor()->findChild<Widget*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void click(const char* button)
    {
        ASSERT_TRUE(child(button)->isEnabled()) << button;
        QTest::mouseClick(child(button), Qt::LeftButton);
        settle();
    }

    void typeName(const QString& name)
    {
        auto* edit = child<QLineEdit>("policyName");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, name);
    }

    void choose(const QString& policy)
    {
        auto* combo = child<QComboBox>("policy");
        const int index = combo->findText(policy);
        ASSERT_GE(index, 0) << policy.toStdString();
        combo->setCurrentIndex(index);
        settle();
    }

    // Selects the customer's row of the customers table with a click, as a user would.
    void selectCustomer(const QString& code)
    {
        CustomersPage* customers = m_window->customersPage();
        auto* table = customers->findChild<QTableView*>(QStringLiteral("table"));
        QSortFilterProxyModel* proxy = customers->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, CustomerTableModel::Name);
            if (index.data(CustomerTableModel::CodeRole).toString() != code)
                continue;
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            settle();
            return;
        }
        ADD_FAILURE() << "no row for " << code.toStdString();
    }

    QString cell(const QString& code, int column)
    {
        CustomerTableModel* model = m_window->customersPage()->model();
        return model->index(model->rowOf(code), column).data().toString();
    }
};

// New (empty), named, one stage typed in, saved; then a copy of Gentle renamed and saved; then the
// copy deleted. Standard and a policy a customer uses cannot be deleted.
TEST_F(PolicyGui, APersonCreatesCopiesRenamesAndDeletesAPolicyInSettings)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    ReminderPolicies(*m_ledger).assign(QStringLiteral("C001"), QStringLiteral("Firm"));
    openLedger();
    PolicyEditor* e = editor();
    PolicyStagesModel* model = e->model();
    auto* view = child<QTableView>("stages");
    EXPECT_EQ(e->currentPolicy(), QStringLiteral("Standard"));
    EXPECT_FALSE(child("deletePolicy")->isEnabled()) << "Standard is what a new customer gets";
    EXPECT_TRUE(child<QLineEdit>("policyName")->isReadOnly());

    click("newPolicy");
    EXPECT_TRUE(e->isDraft());
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_FALSE(child("savePolicy")->isEnabled()) << "a policy without stages cannot be saved";
    typeName(QStringLiteral("Key accounts"));
    click("addStage");
    ASSERT_EQ(model->rowCount(), 1);
    typeIntoCell(view, 0, PolicyStagesModel::Name, QStringLiteral("Friendly nudge"));
    typeIntoCell(view, 0, PolicyStagesModel::Offset, QStringLiteral("12"));
    typeIntoCell(view, 0, PolicyStagesModel::Gap, QStringLiteral("0"));
    click("savePolicy");
    EXPECT_FALSE(e->isDraft()) << e->message().toStdString();
    const ReminderPolicy saved = ReminderPolicies(*m_ledger).require(QStringLiteral("Key accounts"));
    ASSERT_EQ(saved.stages.size(), 1);
    EXPECT_EQ(saved.stages[0].name, QStringLiteral("Friendly nudge"));
    EXPECT_EQ(saved.stages[0].offsetDays, 12);
    EXPECT_EQ(saved.stages[0].channels.name(), QStringLiteral("email"));
    EXPECT_EQ(e->currentPolicy(), QStringLiteral("Key accounts"));

    // A copy of Gentle, under a name of its own.
    choose(QStringLiteral("Gentle"));
    ASSERT_EQ(model->rowCount(), 5);
    click("copyPolicy");
    EXPECT_EQ(child<QLineEdit>("policyName")->text(), QStringLiteral("Copy of Gentle"));
    typeName(QStringLiteral("Gentle, no call"));
    click("savePolicy");
    ReminderPolicy copy = ReminderPolicies(*m_ledger).require(QStringLiteral("Gentle, no call"));
    ReminderPolicy gentle = ReminderPolicies(*m_ledger).require(QStringLiteral("Gentle"));
    EXPECT_NE(copy.id, gentle.id);
    EXPECT_EQ(copy.stages, gentle.stages);

    // Renamed: the name field and Save.
    typeName(QStringLiteral("Patient"));
    click("savePolicy");
    EXPECT_EQ(policyNames(*m_ledger),
              (QStringList{QStringLiteral("Firm"), QStringLiteral("Gentle"), QStringLiteral("Key accounts"),
                           QStringLiteral("Patient"), QStringLiteral("Standard")}));

    // Deleted after the question is answered.
    m_messages.clear();
    click("deletePolicy");
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages[0].text.contains(QStringLiteral("“Patient”"))) << m_messages[0].text.toStdString();
    EXPECT_EQ(policyNames(*m_ledger), (QStringList{QStringLiteral("Firm"), QStringLiteral("Gentle"),
                                                   QStringLiteral("Key accounts"), QStringLiteral("Standard")}));
    EXPECT_TRUE(e->message().contains(QStringLiteral("deleted"))) << e->message().toStdString();

    // Firm is used by C001: no delete.
    choose(QStringLiteral("Firm"));
    EXPECT_FALSE(child("deletePolicy")->isEnabled());
    EXPECT_EQ(child<QLabel>("usage")->text(), QStringLiteral("used by 1 customer"));
}

TEST_F(PolicyGui, ANewPolicyWithTheNameOfAnotherIsRefusedAndKeptAsTyped)
{
    openLedger();
    PolicyEditor* e = editor();
    click("newPolicy");
    typeName(QStringLiteral("firm"));
    click("addStage");
    click("savePolicy");
    EXPECT_TRUE(e->isDraft());
    EXPECT_TRUE(e->message().contains(QStringLiteral("a reminder policy named \"Firm\" already exists")))
        << e->message().toStdString();
    EXPECT_EQ(e->model()->rowCount(), 1);
    EXPECT_EQ(policyNames(*m_ledger).size(), 3);
    // Dropping the draft brings back Standard and saves nothing.
    click("deletePolicy");
    EXPECT_FALSE(e->isDraft());
    EXPECT_EQ(e->currentPolicy(), QStringLiteral("Standard"));
    EXPECT_EQ(policyNames(*m_ledger).size(), 3);
}

// C001 paid on time (reliable: Gentle suggested), C002 has an invoice 90 days past due (at risk: Firm
// suggested). The page suggests, never changes by itself; one click and a yes apply a suggestion.
TEST_F(PolicyGui, TheCustomersPageSuggestsAPolicyByRatingAndAppliesItOnlyWhenConfirmed)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addCustomer(QStringLiteral("C002"));
    const QString paid = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 1), 50000);
    m_ledger->recordPayment(QStringLiteral("C001"), usd(50000), QDate(2026, 1, 25), PaymentMethod::BankTransfer, {},
                            paid);
    const QString late = m_ledger.addInvoice(QStringLiteral("C002"), QDate(2025, 11, 1), 30000);
    m_ledger->recordPayment(QStringLiteral("C002"), usd(30000), QDate(2026, 1, 5), PaymentMethod::BankTransfer, {},
                            late);
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2025, 12, 1), 40000); // due 12-31: 90 days at 03-31
    openLedger();
    m_window->showPage(MainWindow::Page::Customers);
    CustomersPage* customers = m_window->customersPage();
    CustomerTableModel* model = customers->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 2; }));

    EXPECT_EQ(cell(QStringLiteral("C001"), CustomerTableModel::Behaviour), QStringLiteral("Reliably"));
    EXPECT_EQ(cell(QStringLiteral("C001"), CustomerTableModel::Policy), QStringLiteral("Standard"));
    EXPECT_EQ(cell(QStringLiteral("C001"), CustomerTableModel::SuggestedPolicy), QStringLiteral("Gentle"));
    EXPECT_EQ(cell(QStringLiteral("C002"), CustomerTableModel::Behaviour), QStringLiteral("At risk"));
    EXPECT_EQ(cell(QStringLiteral("C002"), CustomerTableModel::SuggestedPolicy), QStringLiteral("Firm"));
    EXPECT_EQ(model->headerData(CustomerTableModel::Policy, Qt::Horizontal).toString(), QStringLiteral("Policy"));
    EXPECT_EQ(m_ledger->customer(QStringLiteral("C001"))->policy, QStringLiteral("Standard"))
        << "shown, not applied";

    auto* apply = customers->findChild<QPushButton*>(QStringLiteral("applySuggestion"));
    ASSERT_NE(apply, nullptr);
    // Declined: nothing changes.
    selectCustomer(QStringLiteral("C002"));
    ASSERT_TRUE(apply->isEnabled());
    m_answer = false;
    QTest::mouseClick(apply, Qt::LeftButton);
    settle();
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages[0].text.contains(QStringLiteral("Firm"))) << m_messages[0].text.toStdString();
    EXPECT_EQ(m_ledger->customer(QStringLiteral("C002"))->policy, QStringLiteral("Standard"));

    // Confirmed: the ledger has it, and the table shows it with no suggestion left.
    m_answer = true;
    selectCustomer(QStringLiteral("C001"));
    ASSERT_TRUE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    settle();
    EXPECT_EQ(m_ledger->customer(QStringLiteral("C001"))->policy, QStringLiteral("Gentle"));
    EXPECT_EQ(m_ledger->customer(QStringLiteral("C002"))->policy, QStringLiteral("Standard"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return cell(QStringLiteral("C001"), CustomerTableModel::Policy) == u"Gentle"; }));
    EXPECT_TRUE(cell(QStringLiteral("C001"), CustomerTableModel::SuggestedPolicy).isEmpty());
    selectCustomer(QStringLiteral("C001"));
    EXPECT_FALSE(apply->isEnabled());
}

} // namespace settle::test
