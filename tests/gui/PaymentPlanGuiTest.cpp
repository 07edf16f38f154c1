#include "GuiFixture.h"

#include "customers/CustomerDetailPage.h"
#include "customers/CustomersPage.h"
#include "followups/FollowupDeskPanel.h"
#include "followups/FollowupsPage.h"
#include "invoices/InvoiceActionDialog.h"
#include "invoices/InvoicesPage.h"
#include "invoices/PaymentPlanDialog.h"

#include "credit/CreditOnAccount.h"
#include "followup/FollowupQueue.h"
#include "followup/FollowupRunner.h"
#include "followup/InvoiceEvents.h"
#include "mail/Outbox.h"
#include "plans/PaymentPlans.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

namespace settle::test {

namespace {

// Payment plans, credit on account and promises recorded after the fact, as a bookkeeper makes them
// in the window: a ledger on 2026-03-31 (TempLedger's clock) with one customer and their invoice.
class PaymentPlanGui : public GuiFixture
{
protected:
    void addCustomer(const QString& code, const QString& email)
    {
        Customer customer;
        customer.code = code;
        customer.name = QStringLiteral("Anna Berg GmbH");
        customer.email = email;
        customer.currency = QStringLiteral("USD");
        m_ledger->addCustomer(customer);
    }

    // An invoice of 1,000.00 issued 2026-01-30 (due 03-01), shown on the invoices page.
    QString prepareInvoice(const QString& email = QStringLiteral("anna@berg.example"))
    {
        addCustomer(QStringLiteral("C001"), email);
        m_number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 100000);
        openLedger();
        m_window->showInvoice(m_number);
        settle();
        return m_number;
    }

    QPushButton* pageButton(const char* name)
    {
        return m_window->invoicesPage()->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    PaymentPlanDialog* openPlanFromInvoice()
    {
        QPushButton* button = pageButton("agreePlan");
        EXPECT_TRUE(button && button->isEnabled());
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
        return m_window->invoicesPage()->findChild<PaymentPlanDialog*>();
    }

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Types into a spin box as a user would: everything selected, the number typed (Enter would press
    // the dialog's default button).
    static void typeNumber(QSpinBox* box, int value)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
        settle();
    }

    static void clickOk(QDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        ASSERT_NE(buttons, nullptr);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        settle();
    }

    QString cell(PaymentPlanDialog* dialog, int row, int column)
    {
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("schedule"));
        const QTableWidgetItem* item = table ? table->item(row, column) : nullptr;
        return item ? item->text() : QString();
    }

    QString m_number;
};

} // namespace

TEST_F(PaymentPlanGui, APlanAgreedOnAnInvoiceIsStoredEmailedAndShownOnTheInvoiceAndTheCustomerPage)
{
    prepareInvoice();
    PaymentPlanDialog* dialog = openPlanFromInvoice();
    ASSERT_NE(dialog, nullptr);
    auto* installments = child<QSpinBox>(dialog, "installments");
    auto* every = child<QComboBox>(dialog, "every");
    auto* first = child<QDateEdit>(dialog, "first");
    auto* send = child<QCheckBox>(dialog, "send");
    ASSERT_TRUE(installments && every && first && send);
    EXPECT_TRUE(child<QLabel>(dialog, "openBalance")->text().contains(QStringLiteral("1,000.00")));
    EXPECT_EQ(child<QDateEdit>(dialog, "agreedOn")->date(), QDate(2026, 3, 31)); // today by default
    typeNumber(installments, 3);
    every->setCurrentIndex(every->findText(QStringLiteral("Month")));
    first->setDate(QDate(2026, 4, 15));
    settle();
    // The preview: equal parts, the cent left over on the last one.
    auto* table = child<QTableWidget>(dialog, "schedule");
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(cell(dialog, 0, PaymentPlanDialog::Amount), QStringLiteral("333.33"));
    EXPECT_EQ(cell(dialog, 2, PaymentPlanDialog::Amount), QStringLiteral("333.34"));
    EXPECT_TRUE(child<QLabel>(dialog, "sum")->text().contains(QStringLiteral("1,000.00")));
    EXPECT_TRUE(send->isChecked()) << "the customer has an email address";
    ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_window->invoicesPage()->findChild<PaymentPlanDialog*>(), nullptr) << "closed after saving";

    // In the ledger: the plan as previewed, agreed today.
    const auto plan = PaymentPlans(*m_ledger).current(m_number);
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(plan->agreedOn, QDate(2026, 3, 31));
    ASSERT_EQ(plan->lines.size(), 3);
    EXPECT_EQ(plan->lines[0].dueDate, QDate(2026, 4, 15));
    EXPECT_EQ(plan->lines[1].dueDate, QDate(2026, 5, 15));
    EXPECT_EQ(plan->lines[2].dueDate, QDate(2026, 6, 15));
    EXPECT_EQ(plan->lines[0].amount, 33333);
    EXPECT_EQ(plan->lines[2].amount, 33334);
    // The confirmation waits in the outbox for the customer.
    int confirmations = 0;
    for (const auto& m : Outbox(*m_ledger).list(OutboxMessage::State::Queued))
        if (m.to.contains(QStringLiteral("anna@berg.example")))
            ++confirmations;
    EXPECT_EQ(confirmations, 1);

    // The invoice's detail shows the installments; a second plan waits for this one's cancelling.
    m_window->showInvoice(m_number);
    settle();
    const QString detail = m_window->invoicesPage()->detailText();
    EXPECT_TRUE(detail.contains(QStringLiteral("Payment plan"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("333.34"))) << detail.toStdString();
    EXPECT_FALSE(pageButton("agreePlan")->isEnabled());
    EXPECT_TRUE(pageButton("cancelPlan")->isEnabled());

    // The customer's page lists each installment with its due date, amount and what is open.
    m_window->showCustomer(QStringLiteral("C001"));
    settle();
    CustomerDetailPage* page = m_window->customersPage()->detailPage();
    page->showPlans();
    settle();
    EXPECT_EQ(page->planRowCount(), 3);
    auto* plans = page->findChild<QTableWidget*>(QStringLiteral("plans"));
    ASSERT_NE(plans, nullptr);
    EXPECT_EQ(plans->item(0, 0)->text(), m_number);
    EXPECT_TRUE(plans->item(2, 2)->text().contains(QStringLiteral("333.34")));
    EXPECT_TRUE(plans->item(2, 3)->text().contains(QStringLiteral("333.34")));

    // Cancelling it there (the question answered yes) ends it.
    plans->setCurrentCell(0, 0);
    auto* cancel = page->findChild<QPushButton*>(QStringLiteral("cancelPlan"));
    ASSERT_TRUE(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    settle();
    EXPECT_FALSE(PaymentPlans(*m_ledger).current(m_number).has_value());
    EXPECT_EQ(page->planRowCount(), 0);
}

TEST_F(PaymentPlanGui, AScheduleThatDoesNotAddUpKeepsSaveDisabledAndSaysByHowMuch)
{
    prepareInvoice(QString()); // no email: nothing to confirm by mail
    PaymentPlanDialog* dialog = openPlanFromInvoice();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(child<QCheckBox>(dialog, "send")->isEnabled());
    typeNumber(child<QSpinBox>(dialog, "installments"), 2);
    auto* table = child<QTableWidget>(dialog, "schedule");
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_TRUE(dialog->saveButton()->isEnabled()) << dialog->message().toStdString();

    // The customer pays 600 first: the second part typed as 300 leaves 100 unplanned.
    typeIntoCell(table, 0, PaymentPlanDialog::Amount, QStringLiteral("600.00"));
    typeIntoCell(table, 1, PaymentPlanDialog::Amount, QStringLiteral("300.00"));
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("900.00"))) << dialog->message().toStdString();
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("1,000.00"))) << dialog->message().toStdString();
    EXPECT_TRUE(child<QLabel>(dialog, "sum")->text().contains(QStringLiteral("900.00")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // disabled: nothing happens
    settle();
    EXPECT_FALSE(PaymentPlans(*m_ledger).current(m_number).has_value());

    // A third installment of the 100 makes it add up; it is saved as typed.
    QTest::mouseClick(child<QPushButton>(dialog, "addRow"), Qt::LeftButton);
    settle();
    ASSERT_EQ(table->rowCount(), 3);
    typeIntoCell(table, 2, PaymentPlanDialog::Amount, QStringLiteral("100.00"));
    ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();
    const auto plan = PaymentPlans(*m_ledger).current(m_number);
    ASSERT_TRUE(plan.has_value()) << dialog->message().toStdString();
    ASSERT_EQ(plan->lines.size(), 3);
    EXPECT_EQ(plan->lines[0].amount, 60000);
    EXPECT_EQ(plan->lines[1].amount, 30000);
    EXPECT_EQ(plan->lines[2].amount, 10000);
    EXPECT_GT(plan->lines[2].dueDate, plan->lines[1].dueDate);
}

TEST_F(PaymentPlanGui, APlanIsAgreedAsTheOutcomeOfACallOnTheDesk)
{
    // No email address: the reminder due on 03-31 is a call on the desk.
    addCustomer(QStringLiteral("C001"), QString());
    m_number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 100000);
    const auto run = FollowupRunner(*m_ledger).run(m_ledger.clock().today());
    ASSERT_EQ(run.followupIds.size(), 1);
    const qint64 call = run.followupIds.first();
    openLedger();
    m_window->showPage(MainWindow::Page::Followups);
    m_window->followupsPage()->showTab(0);
    settle();
    FollowupDeskPanel* desk = m_window->followupsPage()->desk();
    ASSERT_TRUE(desk->selectFollowup(call));
    desk->outcomeBox()->setCurrentIndex(desk->outcomeBox()->findText(QStringLiteral("Agree a payment plan…")));
    desk->outcomeNote()->setPlainText(QStringLiteral("Anna pays in two parts"));
    auto* record = desk->findChild<QPushButton*>(QStringLiteral("recordOutcome"));
    ASSERT_TRUE(record && record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    settle();
    auto* dialog = desk->findChild<PaymentPlanDialog*>();
    ASSERT_NE(dialog, nullptr) << desk->statusText().toStdString();
    typeNumber(child<QSpinBox>(dialog, "installments"), 2);
    auto* every = child<QComboBox>(dialog, "every");
    every->setCurrentIndex(every->findText(QStringLiteral("Week")));
    child<QDateEdit>(dialog, "first")->setDate(QDate(2026, 4, 7));
    settle();
    ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();

    const auto plan = PaymentPlans(*m_ledger).current(m_number);
    ASSERT_TRUE(plan.has_value()) << desk->statusText().toStdString();
    ASSERT_EQ(plan->lines.size(), 2);
    EXPECT_EQ(plan->lines[0].dueDate, QDate(2026, 4, 7));
    EXPECT_EQ(plan->lines[1].dueDate, QDate(2026, 4, 14));
    EXPECT_EQ(plan->lines[0].amount + plan->lines[1].amount, 100000);
    // The call is done: off the desk, its outcome in the log.
    EXPECT_FALSE(desk->shownIds().contains(call)) << desk->statusText().toStdString();
    EXPECT_TRUE(desk->statusText().contains(m_number)) << desk->statusText().toStdString();
}

TEST_F(PaymentPlanGui, CreditOnAccountIsAppliedFromTheCustomerPageWithOneClick)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("anna@berg.example"));
    const QString older = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 10), 30000);
    const QString newer = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 2, 10), 50000);
    // 400.00 paid with no invoice named: all of it stays as credit on account.
    m_ledger->recordPaymentSplit(QStringLiteral("C001"), usd(40000), QDate(2026, 3, 20), PaymentMethod::BankTransfer,
                                 QStringLiteral("TRF-1"), {});
    ASSERT_EQ(CreditOnAccount(*m_ledger).credit(QStringLiteral("C001"), QDate(2026, 3, 31)).value(QStringLiteral("USD")),
              40000);
    openLedger();
    m_window->showCustomer(QStringLiteral("C001"));
    settle();
    CustomerDetailPage* page = m_window->customersPage()->detailPage();
    auto* apply = page->findChild<QPushButton*>(QStringLiteral("applyCredit"));
    ASSERT_NE(apply, nullptr);
    ASSERT_TRUE(apply->isVisible() && apply->isEnabled());
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("credit"))->text().contains(QStringLiteral("400.00")));
    QTest::mouseClick(apply, Qt::LeftButton);
    settle();
    // Asked first, then applied: the older invoice settled, the rest on the newer one.
    ASSERT_GE(m_messages.size(), 1);
    EXPECT_EQ(m_messages.first().kind, MessageBox::Kind::Question);
    EXPECT_EQ(m_ledger->invoice(older, QDate(2026, 3, 31)).balance, 0);
    EXPECT_EQ(m_ledger->invoice(newer, QDate(2026, 3, 31)).balance, 40000);
    EXPECT_TRUE(CreditOnAccount(*m_ledger).credit(QStringLiteral("C001"), QDate(2026, 3, 31)).isEmpty());
    EXPECT_FALSE(apply->isVisible()) << "no credit left to apply";
}

TEST_F(PaymentPlanGui, TheDeskShowsTheCustomersCreditAndAppliesIt)
{
    addCustomer(QStringLiteral("C001"), QString()); // a call: the task is on the desk
    m_number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 100000);
    m_ledger->recordPaymentSplit(QStringLiteral("C001"), usd(30000), QDate(2026, 3, 20), PaymentMethod::BankTransfer,
                                 QStringLiteral("TRF-2"), {});
    const auto run = FollowupRunner(*m_ledger).run(m_ledger.clock().today());
    ASSERT_EQ(run.followupIds.size(), 1) << "the credit covers only part";
    openLedger();
    m_window->showPage(MainWindow::Page::Followups);
    m_window->followupsPage()->showTab(0);
    settle();
    FollowupDeskPanel* desk = m_window->followupsPage()->desk();
    ASSERT_TRUE(desk->selectFollowup(run.followupIds.first()));
    auto* credit = desk->findChild<QLabel*>(QStringLiteral("deskCredit"));
    auto* apply = desk->findChild<QPushButton*>(QStringLiteral("deskApplyCredit"));
    ASSERT_TRUE(credit && apply);
    EXPECT_TRUE(credit->text().contains(QStringLiteral("300.00"))) << credit->text().toStdString();
    ASSERT_TRUE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    settle();
    EXPECT_EQ(m_ledger->invoice(m_number, QDate(2026, 3, 31)).balance, 70000);
    EXPECT_TRUE(desk->statusText().contains(m_number)) << desk->statusText().toStdString();
}

TEST_F(PaymentPlanGui, CreditIsRefusedWhenTheQuestionIsAnsweredNo)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("anna@berg.example"));
    const QString number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 10), 30000);
    m_ledger->recordPaymentSplit(QStringLiteral("C001"), usd(10000), QDate(2026, 3, 20), PaymentMethod::BankTransfer,
                                 QStringLiteral("TRF-1"), {});
    openLedger();
    m_window->showCustomer(QStringLiteral("C001"));
    settle();
    m_answer = false;
    auto* apply = m_window->customersPage()->detailPage()->findChild<QPushButton*>(QStringLiteral("applyCredit"));
    ASSERT_TRUE(apply && apply->isVisible());
    QTest::mouseClick(apply, Qt::LeftButton);
    settle();
    EXPECT_EQ(m_ledger->invoice(number, QDate(2026, 3, 31)).balance, 30000);
}

TEST_F(PaymentPlanGui, APromiseRecordedWithAnEarlierAgreedDateIsStoredWithThatDate)
{
    prepareInvoice();
    QPushButton* promise = pageButton("promise");
    ASSERT_TRUE(promise && promise->isEnabled());
    QTest::mouseClick(promise, Qt::LeftButton);
    settle();
    auto* dialog = m_window->invoicesPage()->findChild<InvoiceActionDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* agreedOn = child<QDateEdit>(dialog, "agreedOn");
    ASSERT_TRUE(agreedOn && agreedOn->isVisible());
    EXPECT_EQ(agreedOn->date(), QDate(2026, 3, 31));
    EXPECT_EQ(agreedOn->maximumDate(), QDate(2026, 3, 31)) << "not in the future";
    agreedOn->setDate(QDate(2026, 3, 30)); // yesterday's phone call
    child<QDateEdit>(dialog, "date")->setDate(QDate(2026, 4, 10));
    ASSERT_TRUE(dialog->canApply()) << dialog->message().toStdString();
    clickOk(dialog);
    QList<InvoiceEvent> promises;
    for (const auto& event : InvoiceEvents(*m_ledger).forInvoice(m_number))
        if (event.kind == InvoiceEvent::Kind::Promise)
            promises << event;
    ASSERT_EQ(promises.size(), 1);
    EXPECT_EQ(promises.first().date, QDate(2026, 3, 30));
    EXPECT_EQ(promises.first().until, QDate(2026, 4, 10));
}

TEST_F(PaymentPlanGui, AnExtensionRecordedWithAnEarlierAgreedDateIsStoredWithThatDate)
{
    prepareInvoice();
    QTest::mouseClick(pageButton("extend"), Qt::LeftButton);
    settle();
    auto* dialog = m_window->invoicesPage()->findChild<InvoiceActionDialog*>();
    ASSERT_NE(dialog, nullptr);
    child<QDateEdit>(dialog, "agreedOn")->setDate(QDate(2026, 3, 27));
    child<QDateEdit>(dialog, "date")->setDate(QDate(2026, 4, 30));
    ASSERT_TRUE(dialog->canApply()) << dialog->message().toStdString();
    clickOk(dialog);
    QList<InvoiceEvent> extensions;
    for (const auto& event : InvoiceEvents(*m_ledger).forInvoice(m_number))
        if (event.kind == InvoiceEvent::Kind::Extend)
            extensions << event;
    ASSERT_EQ(extensions.size(), 1);
    EXPECT_EQ(extensions.first().date, QDate(2026, 3, 27));
    EXPECT_EQ(extensions.first().until, QDate(2026, 4, 30));
}

} // namespace settle::test
