#include "credit/CreditOnAccount.h"
#include "followup/DefaultPolicy.h"
#include "followup/FollowupPlanner.h"

#include <gtest/gtest.h>

using namespace settle;

// docs/DESIGN.md, "Credit on account", as the planner applies it to a snapshot.
namespace {

const QDate reminderDay(2026, 3, 5); // the Standard policy's Reminder for invoices due 2026-03-02

FollowupSnapshot::Invoice invoice(qint64 id, const QString& number, QDate due, qint64 balance,
                                  const QString& currency = QStringLiteral("USD"))
{
    FollowupSnapshot::Invoice i;
    i.id = id;
    i.number = number;
    i.customerId = 1;
    i.currency = currency;
    i.issueDate = due.addDays(-30);
    i.dueDate = due;
    i.total = balance;
    i.balance = balance;
    return i;
}

FollowupSnapshot snapshot(qint64 credit, const QString& creditCurrency = QStringLiteral("USD"))
{
    FollowupSnapshot s;
    s.asOf = reminderDay;
    ReminderPolicy policy = DefaultPolicy::standard();
    policy.id = 1;
    s.policies.insert(1, policy);
    FollowupSnapshot::Customer c;
    c.id = 1;
    c.code = QStringLiteral("C001");
    c.policyId = 1;
    s.customers.insert(1, c);
    if (credit > 0)
        s.credit[1][creditCurrency] = credit;
    return s;
}

QStringList numbers(const FollowupPlan& plan)
{
    QStringList result;
    for (const auto& action : plan.actions)
        for (const auto& item : action.items)
            result << item.number;
    return result;
}

} // namespace

TEST(CreditSpread, TheOldestDueDateTakesTheCreditFirstThenTheNumber)
{
    const QList<CreditOnAccount::OpenAmount> open{
        {3, QStringLiteral("INV-10"), QDate(2026, 3, 1), 0, 5000},
        {2, QStringLiteral("INV-9"), QDate(2026, 3, 1), 0, 5000},
        {1, QStringLiteral("INV-20"), QDate(2026, 2, 1), 0, 5000},
    };
    const auto covered = CreditOnAccount::spread(12000, open);
    EXPECT_EQ(covered.value({1, 0}), 5000);
    EXPECT_EQ(covered.value({2, 0}), 5000) << "INV-9 before INV-10";
    EXPECT_EQ(covered.value({3, 0}), 2000);
    EXPECT_TRUE(CreditOnAccount::spread(0, open).isEmpty());
}

TEST(CreditPlanning, CreditCoveringTheWholeBalanceRaisesNothing)
{
    FollowupSnapshot s = snapshot(30000);
    s.invoices << invoice(1, QStringLiteral("INV-1"), QDate(2026, 3, 2), 10000)
               << invoice(2, QStringLiteral("INV-2"), QDate(2026, 3, 2), 20000);
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty());
    s.credit[1][QStringLiteral("USD")] = 29999;
    EXPECT_EQ(numbers(FollowupPlanner::plan(s)), QStringList{QStringLiteral("INV-2")})
        << "one cent short: the invoice the credit does not cover is reminded";
}

TEST(CreditPlanning, CreditCoversTheOldestFirstEvenIfNoStageIsDueForIt)
{
    FollowupSnapshot s = snapshot(10000);
    // INV-1 is disputed (no stage) but still takes the credit first, as applying it would.
    FollowupSnapshot::Invoice disputed = invoice(1, QStringLiteral("INV-1"), QDate(2026, 2, 1), 10000);
    InvoiceEvent dispute;
    dispute.kind = InvoiceEvent::Kind::Dispute;
    dispute.date = QDate(2026, 2, 2);
    disputed.events << dispute;
    s.invoices << disputed << invoice(2, QStringLiteral("INV-2"), QDate(2026, 3, 2), 10000);
    EXPECT_EQ(numbers(FollowupPlanner::plan(s)), QStringList{QStringLiteral("INV-2")});
}

TEST(CreditPlanning, CreditInAnotherCurrencyDoesNotCount)
{
    FollowupSnapshot s = snapshot(50000, QStringLiteral("EUR"));
    s.invoices << invoice(1, QStringLiteral("INV-1"), QDate(2026, 3, 2), 10000);
    EXPECT_EQ(numbers(FollowupPlanner::plan(s)), QStringList{QStringLiteral("INV-1")});
    s.invoices << invoice(2, QStringLiteral("INV-2"), QDate(2026, 3, 2), 10000, QStringLiteral("EUR"));
    EXPECT_EQ(numbers(FollowupPlanner::plan(s)), QStringList{QStringLiteral("INV-1")}) << "the EUR one is covered";
}

TEST(CreditPlanning, CreditFallsOnTheEarliestInstallments)
{
    FollowupSnapshot s = snapshot(40000);
    FollowupSnapshot::Invoice split = invoice(1, QStringLiteral("INV-1"), QDate(2026, 3, 2), 90000);
    split.installments << Installment{1, QDate(2026, 2, 1), 30000} << Installment{2, QDate(2026, 3, 2), 30000}
                       << Installment{3, QDate(2026, 4, 1), 30000};
    s.invoices << split;
    const auto plan = FollowupPlanner::plan(s);
    QStringList due;
    for (const auto& action : plan.actions)
        for (const auto& item : action.items)
            due << QStringLiteral("%1/%2").arg(item.number).arg(item.installment);
    EXPECT_EQ(due, QStringList{QStringLiteral("INV-1/2")}) << "the first installment is covered, the second in part";
}
