#include "reports/Median.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(Median, OddCountIsTheMiddleValue)
{
    const auto m = Median::of({31, 2, 45, 30, 7});
    ASSERT_TRUE(m);
    EXPECT_EQ(m->toString(), QStringLiteral("30"));
    EXPECT_TRUE(m->isWhole());
    EXPECT_EQ(m->rounded(), 30);
}

TEST(Median, EvenCountIsTheMeanOfTheTwoMiddleValuesExactly)
{
    // sorted: -2 1 2 10 -> (1 + 2) / 2 = 1.5
    const auto m = Median::of({10, 1, -2, 2});
    ASSERT_TRUE(m);
    EXPECT_EQ(m->twice(), 3);
    EXPECT_EQ(m->toString(), QStringLiteral("1.5"));
    EXPECT_EQ(m->toJson().dump(-1), QStringLiteral("1.5"));
    // sorted: 4 6 -> 5, a whole number written without a fraction
    EXPECT_EQ(Median::of({6, 4})->toJson().dump(-1), QStringLiteral("5"));
}

TEST(Median, HalvesRoundAwayFromZero)
{
    EXPECT_EQ(Median::of({1, 2})->rounded(), 2);   // 1.5 -> 2
    EXPECT_EQ(Median::of({-1, -2})->rounded(), -2); // -1.5 -> -2
    EXPECT_EQ(Median::of({0, -1})->rounded(), -1);  // -0.5 -> -1
    EXPECT_EQ(Median::of({0, -1})->toString(), QStringLiteral("-0.5"));
    EXPECT_EQ(Median::of({-3, -4})->toString(), QStringLiteral("-3.5"));
    EXPECT_EQ(Median::of({-4, -4})->toString(), QStringLiteral("-4"));
}

TEST(Median, OfNothingIsNone)
{
    EXPECT_FALSE(Median::of({}).has_value());
}

TEST(Median, AverageAndShareTextsAreExact)
{
    EXPECT_EQ(averageText(92, 3), QStringLiteral("30.7")); // 30.666… -> 30.7
    EXPECT_EQ(averageText(90, 3), QStringLiteral("30"));
    EXPECT_EQ(averageText(-1, 2), QStringLiteral("-0.5"));
    EXPECT_EQ(averageText(-1, 20), QStringLiteral("-0.1")); // -0.05 -> -0.1, away from zero
    EXPECT_EQ(averageText(5, 0), QString());
    EXPECT_EQ(shareText(7, 12), QStringLiteral("0.58"));   // 0.5833…
    EXPECT_EQ(shareText(1, 8), QStringLiteral("0.13"));    // 0.125 -> 0.13
    EXPECT_EQ(shareText(12, 12), QStringLiteral("1.00"));
    EXPECT_EQ(shareText(0, 3), QStringLiteral("0.00"));
    EXPECT_EQ(shareText(0, 0), QString());
}
