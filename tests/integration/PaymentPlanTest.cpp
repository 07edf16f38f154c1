#include "FollowupTestLedger.h"

#include "errors/SettleError.h"
#include "followup/InvoiceEvents.h"
#include "plans/PaymentPlans.h"
#include "storage/AuditLog.h"
#include "storage/InvoiceEventRepository.h"
#include "templates/TemplateRenderer.h"

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

namespace {

// 1000.00 issued 2026-01-02 on Net 30 (due 02-01), with 100.00 paid on 02-08: 900.00 open when the
// plan is agreed.
class PaymentPlanTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ledger.addCustomerWithEmail(QStringLiteral("C001"));
        number = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 2), 100000);
        ledger.pay(QStringLiteral("C001"), 10000, QDate(2026, 2, 8), number);
    }

    PaymentPlan agreeMonthly(QDate on, QDate first, int count = 3)
    {
        ledger.clock().setToday(on);
        PlanRequest request;
        request.count = count;
        request.every = PlanRequest::Every::Month;
        request.first = first;
        request.agreedOn = on;
        return PaymentPlans(*ledger).agree(number, request);
    }

    static QList<qint64> balances(const PaymentPlan& plan)
    {
        QList<qint64> result;
        for (const auto& line : plan.lines)
            result << line.balance;
        return result;
    }

    FollowupTestLedger ledger{QDate(2026, 1, 2)};
    QString number;
};

} // namespace

// docs/DESIGN.md "Installments": once a plan is agreed the invoice's own due date raises nothing more;
// each installment gets its own heads-up and reminder, and one paid gets none.
TEST_F(PaymentPlanTest, InstallmentsAreRemindedOneByOneAndTheOriginalDueDateNoLonger)
{
    EXPECT_EQ(ledger.runDaily(QDate(2026, 1, 2), QDate(2026, 2, 10)),
              (QStringList{QStringLiteral("2026-01-29 C001 Upcoming INV-0001"),
                           QStringLiteral("2026-02-04 C001 Reminder INV-0001")}));
    const PaymentPlan plan = agreeMonthly(QDate(2026, 2, 10), QDate(2026, 2, 20));
    EXPECT_EQ(plan.openBalance, 90000);
    EXPECT_EQ(balances(plan), (QList<qint64>{30000, 30000, 30000}));

    // Without the plan the Second reminder would come on 02-15 (due + 14).
    QStringList log = ledger.runDaily(QDate(2026, 2, 11), QDate(2026, 2, 24));
    ledger.pay(QStringLiteral("C001"), 30000, QDate(2026, 2, 25), number); // installment 1 paid
    log += ledger.runDaily(QDate(2026, 2, 25), QDate(2026, 3, 31));
    EXPECT_EQ(log, (QStringList{QStringLiteral("2026-02-17 C001 Upcoming INV-0001/1"),
                                QStringLiteral("2026-02-23 C001 Reminder INV-0001/1"),
                                QStringLiteral("2026-03-17 C001 Upcoming INV-0001/2"),
                                QStringLiteral("2026-03-23 C001 Reminder INV-0001/2")}));

    const auto now = PaymentPlans(*ledger).current(number, QDate(2026, 3, 31));
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->agreedOn, QDate(2026, 2, 10));
    EXPECT_EQ(balances(*now), (QList<qint64>{0, 30000, 30000}));
}

TEST_F(PaymentPlanTest, AScheduleThatDoesNotAddUpToTheOpenBalanceIsRefusedAndChangesNothing)
{
    ledger.clock().setToday(QDate(2026, 2, 10));
    PlanRequest request;
    request.agreedOn = QDate(2026, 2, 10);
    // 1000.00 is the total, but 100.00 was paid: 900.00 is open.
    request.schedule = {Installment{0, QDate(2026, 2, 20), 50000}, Installment{0, QDate(2026, 3, 20), 50000}};
    const qsizetype auditBefore = ledger->audit().entries().size();
    try {
        PaymentPlans(*ledger).agree(number, request);
        FAIL() << "a plan over the total was stored";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
        EXPECT_EQ(e.message(), QStringLiteral("invoice INV-0001: the installments add up to 1000.00, but the open "
                                              "balance on 2026-02-10 is 900.00"));
    }
    EXPECT_FALSE(PaymentPlans(*ledger).current(number).has_value());
    EXPECT_TRUE(InvoiceEvents(*ledger).installments(number).isEmpty());
    EXPECT_TRUE(PaymentPlans(*ledger).history(number).isEmpty());
    EXPECT_EQ(ledger->audit().entries().size(), auditBefore);

    // The same amounts on the open balance are fine; the preview stores nothing.
    request.schedule = {Installment{0, QDate(2026, 2, 20), 40000}, Installment{0, QDate(2026, 3, 20), 50000}};
    const PaymentPlan preview = PaymentPlans(*ledger).preview(number, request);
    EXPECT_EQ(preview.id, 0);
    EXPECT_EQ(balances(preview), (QList<qint64>{40000, 50000}));
    EXPECT_FALSE(PaymentPlans(*ledger).current(number).has_value());
}

TEST_F(PaymentPlanTest, DatesBeforeTheAgreementOrInTheFutureAreRefused)
{
    ledger.clock().setToday(QDate(2026, 2, 10));
    PlanRequest request;
    request.count = 3;
    request.first = QDate(2026, 2, 5);
    request.agreedOn = QDate(2026, 2, 10);
    auto refusal = [&] {
        try {
            PaymentPlans(*ledger).agree(number, request);
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
            return e.message();
        }
        return QString();
    };
    EXPECT_EQ(refusal(), QStringLiteral("invoice INV-0001, installment 1: the first due date 2026-02-05 is before "
                                        "the day the plan is agreed, 2026-02-10"));
    request.first = QDate(2026, 2, 20);
    request.agreedOn = QDate(2026, 2, 11);
    EXPECT_EQ(refusal(), QStringLiteral("invoice INV-0001: the agreed date 2026-02-11 is in the future (today is "
                                        "2026-02-10)"));
    request.agreedOn = QDate(2026, 1, 1);
    EXPECT_EQ(refusal(), QStringLiteral("invoice INV-0001: the agreed date 2026-01-01 is before the invoice's issue "
                                        "date 2026-01-02"));
    request.agreedOn = QDate(2026, 2, 10);
    request.count = 1;
    EXPECT_EQ(refusal(), QStringLiteral("invoice INV-0001: a payment plan needs at least 2 installments, not 1"));
    EXPECT_FALSE(PaymentPlans(*ledger).current(number).has_value());
}

// An agreed date in the past covers the balance open that day: a payment since then falls on the
// first installment.
TEST_F(PaymentPlanTest, APlanRecordedAfterTheFactCoversTheBalanceOfItsDay)
{
    ledger.pay(QStringLiteral("C001"), 20000, QDate(2026, 2, 12), number);
    ledger.clock().setToday(QDate(2026, 2, 14));
    PlanRequest request;
    request.count = 2;
    request.every = PlanRequest::Every::Week;
    request.first = QDate(2026, 2, 17);
    request.agreedOn = QDate(2026, 2, 10); // before the payment of 02-12
    const PaymentPlan plan = PaymentPlans(*ledger).agree(number, request);
    EXPECT_EQ(plan.openBalance, 90000);
    const auto now = PaymentPlans(*ledger).current(number, QDate(2026, 2, 14));
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(balances(*now), (QList<qint64>{25000, 45000}));
    EXPECT_EQ(now->lines[1].dueDate, QDate(2026, 2, 24));
}

TEST_F(PaymentPlanTest, CancellingEndsThePlanAndTheInvoiceIsOneDueAmountAgain)
{
    ledger.runDaily(QDate(2026, 1, 2), QDate(2026, 2, 10)); // the invoice's Upcoming and Reminder
    agreeMonthly(QDate(2026, 2, 10), QDate(2026, 2, 20));
    EXPECT_EQ(ledger.runDaily(QDate(2026, 2, 11), QDate(2026, 2, 28)),
              (QStringList{QStringLiteral("2026-02-17 C001 Upcoming INV-0001/1"),
                           QStringLiteral("2026-02-23 C001 Reminder INV-0001/1")}));
    ledger.clock().setToday(QDate(2026, 3, 2));
    try {
        PaymentPlans(*ledger).cancel(number, QDate(2026, 2, 9));
        ADD_FAILURE() << "cancelled before it was agreed";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("invoice INV-0001: the cancellation date 2026-02-09 is before the plan "
                                              "was agreed, on 2026-02-10"));
    }
    const PaymentPlan cancelled = PaymentPlans(*ledger).cancel(number, QDate(2026, 3, 1));
    EXPECT_EQ(cancelled.cancelledOn, QDate(2026, 3, 1));
    EXPECT_FALSE(PaymentPlans(*ledger).current(number).has_value());
    EXPECT_TRUE(InvoiceEvents(*ledger).installments(number).isEmpty());
    const auto history = PaymentPlans(*ledger).history(number);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].agreedOn, QDate(2026, 2, 10));
    EXPECT_EQ(history[0].cancelledOn, QDate(2026, 3, 1));
    EXPECT_THROW(PaymentPlans(*ledger).cancel(number), SettleError) << "nothing left to cancel";

    // The invoice's own history goes on: the stage after its Reminder of 02-04.
    EXPECT_EQ(ledger.runAndDescribe(QDate(2026, 3, 2)), QStringList{QStringLiteral("C001 Second reminder INV-0001")});

    // A new plan numbers its installments after those already reminded, so they start with no stage
    // raised: the first, due 03-10, gets its Reminder three days later.
    const PaymentPlan again = agreeMonthly(QDate(2026, 3, 2), QDate(2026, 3, 10), 2);
    ASSERT_EQ(again.lines.size(), 2);
    EXPECT_EQ(again.lines[0].seq, 2);
    EXPECT_EQ(ledger.runDaily(QDate(2026, 3, 3), QDate(2026, 3, 13)),
              (QStringList{QStringLiteral("2026-03-07 C001 Upcoming INV-0001/2"),
                           QStringLiteral("2026-03-13 C001 Reminder INV-0001/2")}));
}

TEST_F(PaymentPlanTest, ASecondPlanWhileOneIsInForceIsRefused)
{
    agreeMonthly(QDate(2026, 2, 10), QDate(2026, 2, 20));
    try {
        agreeMonthly(QDate(2026, 2, 10), QDate(2026, 2, 25));
        ADD_FAILURE() << "two plans in force";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.message(),
                  QStringLiteral("invoice INV-0001 already has a payment plan, agreed on 2026-02-10; cancel it first"));
    }
    ASSERT_EQ(PaymentPlans(*ledger).forCustomer(QStringLiteral("C001"), QDate(2026, 2, 10)).size(), 1);
}

// Recorded after the fact: a promise agreed on 02-02 but typed in on 02-06 pauses from 02-02, so the
// Reminder due on 02-03 is not raised; an extension keeps its agreed day too.
TEST_F(PaymentPlanTest, APromiseRecordedLaterPausesFromTheDayItWasAgreed)
{
    ledger.addCustomerWithEmail(QStringLiteral("C002"));
    const QString invoice = ledger.addInvoiceOn(QStringLiteral("C002"), QDate(2026, 1, 1), 20000); // due 01-31
    ledger.clock().setToday(QDate(2026, 2, 6));
    const InvoiceEvent promise = InvoiceEvents(*ledger).promise(invoice, QDate(2026, 2, 20), QDate(2026, 2, 2));
    EXPECT_EQ(promise.date, QDate(2026, 2, 2));
    // C002's Reminder (due 02-03) is paused; C001's invoice, without a promise, gets its own.
    EXPECT_EQ(ledger.runAndDescribe(QDate(2026, 2, 6)), QStringList{QStringLiteral("C001 Reminder INV-0001")});
    const auto events = InvoiceEvents(*ledger).forInvoice(invoice);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date, QDate(2026, 2, 2));

    ledger.clock().setToday(QDate(2026, 2, 7));
    EXPECT_THROW(InvoiceEvents(*ledger).extend(invoice, QDate(2026, 3, 15), QDate(2026, 2, 8)), SettleError)
        << "agreed tomorrow";
    EXPECT_THROW(InvoiceEvents(*ledger).extend(invoice, QDate(2026, 3, 15), QDate(2025, 12, 31)), SettleError)
        << "agreed before the invoice";
    const InvoiceEvent extension = InvoiceEvents(*ledger).extend(invoice, QDate(2026, 3, 15), QDate(2026, 2, 5));
    EXPECT_EQ(extension.date, QDate(2026, 2, 5));
    EXPECT_EQ(InvoiceEvents(*ledger).forInvoice(invoice).size(), 2);
}

// The Templates page previews the confirmation with the customer's plan in force.
TEST_F(PaymentPlanTest, TheConfirmationIsPreviewedWithTheCustomersPlan)
{
    EXPECT_THROW(TemplateRenderer(*ledger).preview(QStringLiteral("payment_plan"), QStringLiteral("en"),
                                                   QStringLiteral("C001"), QDate(2026, 2, 10)),
                 SettleError)
        << "no plan yet";
    agreeMonthly(QDate(2026, 2, 10), QDate(2026, 2, 20));
    const auto r = TemplateRenderer(*ledger).preview(QStringLiteral("payment_plan"), QStringLiteral("en"),
                                                     QStringLiteral("C001"), QDate(2026, 2, 10));
    EXPECT_EQ(r.subject, QStringLiteral("Payment plan for invoice INV-0001"));
    EXPECT_TRUE(r.text.contains(QStringLiteral("1. February 20, 2026: 300.00 USD\n2. March 20, 2026: 300.00 USD\n"
                                               "3. April 20, 2026: 300.00 USD")))
        << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(QStringLiteral("900.00 USD"))) << r.text.toStdString();
}
