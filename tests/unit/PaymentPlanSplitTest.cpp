#include "followup/InstallmentSchedule.h"
#include "plans/PaymentPlans.h"

#include "errors/SettleError.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

QList<qint64> amounts(const QList<Installment>& plan)
{
    QList<qint64> result;
    for (const auto& installment : plan)
        result << installment.amount;
    return result;
}

QList<QDate> dates(const QList<Installment>& plan)
{
    QList<QDate> result;
    for (const auto& installment : plan)
        result << installment.dueDate;
    return result;
}

} // namespace

TEST(PaymentPlanSplit, EqualInstallmentsWithTheRemainderOnTheLast)
{
    const auto plan = PaymentPlans::split(133333, 4, PlanRequest::Every::Month, QDate(2026, 2, 15));
    EXPECT_EQ(amounts(plan), (QList<qint64>{33333, 33333, 33333, 33334}));
    EXPECT_EQ(dates(plan), (QList<QDate>{QDate(2026, 2, 15), QDate(2026, 3, 15), QDate(2026, 4, 15),
                                         QDate(2026, 5, 15)}));
    EXPECT_EQ(plan.last().seq, 4);
    // 1000.00 in three: 333.33, 333.33, 333.34, and nothing lost.
    EXPECT_EQ(amounts(PaymentPlans::split(100000, 3, PlanRequest::Every::Week, QDate(2026, 2, 1))),
              (QList<qint64>{33333, 33333, 33334}));
    // An amount that divides evenly has no remainder to put anywhere.
    EXPECT_EQ(amounts(PaymentPlans::split(90000, 3, PlanRequest::Every::Month, QDate(2026, 2, 1))),
              (QList<qint64>{30000, 30000, 30000}));
}

TEST(PaymentPlanSplit, WeeksAreSevenDaysAndMonthsKeepTheFirstDaysAnchor)
{
    EXPECT_EQ(dates(PaymentPlans::split(30000, 3, PlanRequest::Every::Week, QDate(2026, 2, 26))),
              (QList<QDate>{QDate(2026, 2, 26), QDate(2026, 3, 5), QDate(2026, 3, 12)}));
    // From the 31st: the end of February, then the 31st again (not the 28th for ever after).
    EXPECT_EQ(dates(PaymentPlans::split(30000, 3, PlanRequest::Every::Month, QDate(2026, 1, 31))),
              (QList<QDate>{QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31)}));
}

TEST(PaymentPlanSplit, FewerThanTwoInstallmentsOrLessThanACentEachIsRefused)
{
    for (int count : {-1, 0, 1}) {
        try {
            PaymentPlans::split(10000, count, PlanRequest::Every::Month, QDate(2026, 2, 1));
            ADD_FAILURE() << count << " installments were accepted";
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
            EXPECT_TRUE(e.message().contains(QStringLiteral("at least 2 installments"))) << e.message().toStdString();
        }
    }
    EXPECT_THROW(PaymentPlans::split(2, 3, PlanRequest::Every::Month, QDate(2026, 2, 1)), SettleError);
    EXPECT_THROW(PaymentPlans::split(30000, 3, PlanRequest::Every::Month, QDate()), SettleError);
}

// A plan agreed after 100.00 of 1000.00 was paid covers 900.00: the 100.00 counts as settled before
// its first installment, and later payments settle the installments oldest first.
TEST(PaymentPlanSplit, APlanAgreedLaterCountsWhatWasPaidBeforeItAsSettledFirst)
{
    const QList<Installment> plan{Installment{1, QDate(2026, 3, 1), 30000}, Installment{2, QDate(2026, 4, 1), 30000},
                                  Installment{3, QDate(2026, 5, 1), 30000}};
    auto balances = [&](qint64 balance) {
        QList<qint64> result;
        for (const auto& due : InstallmentSchedule::dueAmounts(100000, balance, QDate(2026, 2, 1), QDate(), plan))
            result << due.balance;
        return result;
    };
    EXPECT_EQ(balances(90000), (QList<qint64>{30000, 30000, 30000})) << "as agreed";
    EXPECT_EQ(balances(70000), (QList<qint64>{10000, 30000, 30000})) << "200.00 paid since";
    EXPECT_EQ(balances(30000), (QList<qint64>{0, 0, 30000}));
    EXPECT_EQ(balances(0), (QList<qint64>{0, 0, 0}));
    // A plan over the whole total (installments set from the start) is unchanged.
    const QList<Installment> whole{Installment{1, QDate(2026, 3, 1), 50000}, Installment{2, QDate(2026, 4, 1), 50000}};
    const auto due = InstallmentSchedule::dueAmounts(100000, 70000, QDate(2026, 2, 1), QDate(), whole);
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due[0].balance, 20000);
    EXPECT_EQ(due[1].balance, 50000);
}
