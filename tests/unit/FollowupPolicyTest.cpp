#include "domain/Channels.h"
#include "followup/DefaultPolicy.h"
#include "followup/FollowupCharges.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {
const Currency usd = Currency::require(QStringLiteral("USD"));
const Currency jpy = Currency::require(QStringLiteral("JPY"));
} // namespace

TEST(FollowupPolicy, TheDefaultPolicyIsTheOneOfTheDesign)
{
    const ReminderPolicy policy = DefaultPolicy::standard();
    EXPECT_EQ(policy.name, QStringLiteral("Standard"));
    ASSERT_EQ(policy.stages.size(), 5);
    const QStringList names{QStringLiteral("Upcoming"), QStringLiteral("Reminder"), QStringLiteral("Second reminder"),
                            QStringLiteral("Final notice"), QStringLiteral("Collections review")};
    const int offsets[] = {-3, 3, 14, 30, 45};
    const int gaps[] = {0, 5, 7, 7, 7};
    const char* channels[] = {"email", "email", "email", "email+letter", "task"};
    for (int k = 0; k < 5; ++k) {
        EXPECT_EQ(policy.stages[k].name, names[k]);
        EXPECT_EQ(policy.stages[k].offsetDays, offsets[k]);
        EXPECT_EQ(policy.stages[k].gapDays, gaps[k]);
        EXPECT_EQ(policy.stages[k].channels.name(), QString::fromUtf8(channels[k]));
        EXPECT_EQ(policy.stages[k].needsApproval, k == 4);
    }
    EXPECT_TRUE(policy.stages[3].statesInterest);
    EXPECT_TRUE(policy.problems().isEmpty()) << policy.problems().join(u'\n').toStdString();
}

TEST(FollowupPolicy, StagesOutOfOrderAreRefused)
{
    ReminderPolicy policy = DefaultPolicy::standard();
    std::swap(policy.stages[2], policy.stages[3]);
    const QStringList problems = policy.problems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0], QStringLiteral("policy \"Standard\", stage 4 \"Second reminder\": offset 14 days comes before "
                                          "the previous stage's 30 days; stages must be in order"));
}

TEST(FollowupPolicy, DuplicateAndEmptyNamesAreRefused)
{
    ReminderPolicy policy = DefaultPolicy::standard();
    policy.stages[2].name = QStringLiteral("reminder"); // the same name, whatever the case
    EXPECT_EQ(policy.problems(),
              QStringList{QStringLiteral("policy \"Standard\", stage 3 \"reminder\": another stage already has this name")});
    policy.stages[2].name = QStringLiteral(" ");
    EXPECT_EQ(policy.problems().size(), 1);
    EXPECT_TRUE(policy.problems()[0].contains(QStringLiteral("a stage needs a name")));
}

TEST(FollowupPolicy, OtherMistakesAreNamed)
{
    ReminderPolicy policy;
    policy.name = QStringLiteral("Empty");
    EXPECT_EQ(policy.problems(), QStringList{QStringLiteral("policy \"Empty\": has no stages")});
    policy = DefaultPolicy::standard();
    policy.stages[1].gapDays = -1;
    policy.stages[2].channels = Channels();
    policy.stages[3].feeMicros = -1;
    EXPECT_EQ(policy.problems().size(), 3);
    EXPECT_TRUE(policy.problems()[0].contains(QStringLiteral("gap of -1 days is negative")));
    EXPECT_TRUE(policy.problems()[1].contains(QStringLiteral("needs a channel")));
    EXPECT_TRUE(policy.problems()[2].contains(QStringLiteral("a fee cannot be negative")));
    policy = DefaultPolicy::standard();
    policy.stages[2].offsetDays = 3; // equal offsets are in order: the gap tells them apart
    EXPECT_TRUE(policy.problems().isEmpty());
}

TEST(FollowupPolicy, ChannelsParseAndPrintInOneOrder)
{
    EXPECT_EQ(Channels::parse(QStringLiteral("letter+email"))->name(), QStringLiteral("email+letter"));
    EXPECT_EQ(Channels::parse(QStringLiteral("Task"))->name(), QStringLiteral("task"));
    EXPECT_TRUE(Channels::parse(QStringLiteral("email+letter+task"))->has(Channels::Task));
    EXPECT_FALSE(Channels::parse(QStringLiteral("fax")).has_value());
    EXPECT_FALSE(Channels::parse(QStringLiteral("email+email")).has_value());
    EXPECT_FALSE(Channels::parse(QStringLiteral("")).has_value());
}

TEST(FollowupPolicy, AStageFeeIsFixedPlusAPercentageRoundedHalfAwayFromZero)
{
    Stage stage;
    EXPECT_FALSE(stage.hasFee());
    stage.feeMicros = 5'000'000; // 5.00
    stage.feeRate = Rate::fromMillionths(12'500); // 1.25 %
    EXPECT_TRUE(stage.hasFee());
    EXPECT_EQ(stage.fee(Money(100000, usd)).minor(), 500 + 1250);
    EXPECT_EQ(stage.fee(Money(2, usd)).minor(), 500);     // 0.025 cents rounds to 0
    EXPECT_EQ(stage.fee(Money(40, usd)).minor(), 501);    // 0.5 cent rounds up
    stage.feeMicros = 2'500'000;                           // 2.5 yen
    stage.feeRate = Rate();
    EXPECT_EQ(stage.fee(Money(1000, jpy)).minor(), 3);     // half away from zero
}

TEST(FollowupPolicy, InstallmentReductionsSettleTheOldestInstallmentFirst)
{
    const QList<Installment> plan{Installment{1, QDate(2026, 3, 1), 300}, Installment{2, QDate(2026, 4, 1), 300},
                                  Installment{3, QDate(2026, 5, 1), 400}};
    const QList<QPair<QDate, qint64>> reductions{{QDate(2026, 3, 20), 250}, {QDate(2026, 3, 5), 100},
                                                 {QDate(2026, 4, 10), 500}};
    // In date order: 100 (Mar 5) and 200 of the 250 (Mar 20) settle installment 1; 50 of it and 250
    // of the 500 (Apr 10) settle installment 2; 250 go to installment 3.
    using R = QList<QPair<QDate, qint64>>;
    EXPECT_EQ(FollowupCharges::installmentReductions(reductions, plan, 1),
              (R{{QDate(2026, 3, 5), 100}, {QDate(2026, 3, 20), 200}}));
    EXPECT_EQ(FollowupCharges::installmentReductions(reductions, plan, 2),
              (R{{QDate(2026, 3, 20), 50}, {QDate(2026, 4, 10), 250}}));
    EXPECT_EQ(FollowupCharges::installmentReductions(reductions, plan, 3), (R{{QDate(2026, 4, 10), 250}}));
}
