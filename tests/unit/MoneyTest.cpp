#include "errors/SettleError.h"
#include "money/Decimal.h"
#include "money/Money.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {
const Currency usd = Currency::require(QStringLiteral("USD"));
const Currency jpy = Currency::require(QStringLiteral("JPY"));
const Currency kwd = Currency::require(QStringLiteral("KWD"));
} // namespace

TEST(Money, MinorDigitsFollowIso4217)
{
    EXPECT_EQ(usd.minorDigits(), 2);
    EXPECT_EQ(jpy.minorDigits(), 0);
    EXPECT_EQ(kwd.minorDigits(), 3);
    EXPECT_FALSE(Currency::fromCode(QStringLiteral("XYZ")).has_value());
    EXPECT_FALSE(Currency::fromCode(QStringLiteral("usd")).has_value());
}

TEST(Money, ParsesDecimalStringsIntoMinorUnits)
{
    EXPECT_EQ(Money::parse(u"1234.50", usd).minor(), 123450);
    EXPECT_EQ(Money::parse(u"1234.5", usd).minor(), 123450);
    EXPECT_EQ(Money::parse(u"12", usd).minor(), 1200);
    EXPECT_EQ(Money::parse(u"-0.05", usd).minor(), -5);
    EXPECT_EQ(Money::parse(u"1500", jpy).minor(), 1500);
    EXPECT_EQ(Money::parse(u"1.234", kwd).minor(), 1234);
    EXPECT_EQ(Money::parse(u"1.500", usd).minor(), 150); // trailing zeros beyond the scale are harmless
}

TEST(Money, RefusesWhatIsNotAnAmount)
{
    Money out;
    EXPECT_EQ(Money::parseError(u"12,5O", usd, &out), QStringLiteral("\"12,5O\" is not an amount"));
    EXPECT_EQ(Money::parseError(u"1.234", usd, &out), QStringLiteral("\"1.234\" has more than 2 decimals for USD"));
    EXPECT_EQ(Money::parseError(u"10.5", jpy, &out), QStringLiteral("\"10.5\" has more than 0 decimals for JPY"));
    EXPECT_FALSE(Money::parseError(u"", usd, &out).isEmpty());
    EXPECT_FALSE(Money::parseError(u"1e5", usd, &out).isEmpty());
    EXPECT_FALSE(Money::parseError(u"1.2.3", usd, &out).isEmpty());
    EXPECT_FALSE(Money::parseError(u"99999999999999999999", usd, &out).isEmpty());
    EXPECT_THROW(Money::parse(u"abc", usd), SettleError);
}

TEST(Money, FormatsWithTheCurrencyDigits)
{
    EXPECT_EQ(Money(123450, usd).toDecimalString(), QStringLiteral("1234.50"));
    EXPECT_EQ(Money(-5, usd).toDecimalString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(1500, jpy).toDecimalString(), QStringLiteral("1500"));
    EXPECT_EQ(Money(1, kwd).toDecimalString(), QStringLiteral("0.001"));
    EXPECT_EQ(Money(std::numeric_limits<qint64>::min(), usd).toDecimalString(),
              QStringLiteral("-92233720368547758.08"));
}

TEST(Money, MixingCurrenciesIsAnError)
{
    EXPECT_THROW(Money(100, usd) + Money(100, jpy), SettleError);
    EXPECT_THROW((void)(Money(100, usd) < Money(100, kwd)), SettleError);
    EXPECT_FALSE(Money(100, usd) == Money(100, jpy));
    EXPECT_EQ((Money(100, usd) + Money(250, usd)).minor(), 350);
}

TEST(Money, PercentagesRoundHalfAwayFromZero)
{
    // 2 % of 1.25 = 0.025 -> 0.03; of -1.25 -> -0.03
    EXPECT_EQ(Money(125, usd).percentOf(Rate::fromPercent(2)).minor(), 3);
    EXPECT_EQ(Money(-125, usd).percentOf(Rate::fromPercent(2)).minor(), -3);
    // 2 % of 1.24 = 0.0248 -> 0.02
    EXPECT_EQ(Money(124, usd).percentOf(Rate::fromPercent(2)).minor(), 2);
    // 8.875 % of 100.00 = 8.875 -> 8.88
    EXPECT_EQ(Money(10000, usd).percentOf(*Rate::parsePercent(u"8.875")).minor(), 888);
    EXPECT_EQ(Money(10000, jpy).percentOf(*Rate::parsePercent(u"0.005")).minor(), 1); // 0.5 yen -> 1
}

TEST(Money, DivideRoundedIsExactAtTheHalf)
{
    EXPECT_EQ(Decimal::divideRounded(5, 10), 1);
    EXPECT_EQ(Decimal::divideRounded(-5, 10), -1);
    EXPECT_EQ(Decimal::divideRounded(4, 10), 0);
    EXPECT_EQ(Decimal::divideRounded(15, -10), -2);
}

TEST(Rate, ParsesPercentagesExactly)
{
    EXPECT_EQ(Rate::parsePercent(u"19")->millionths(), 190000);
    EXPECT_EQ(Rate::parsePercent(u"7.5")->millionths(), 75000);
    EXPECT_EQ(Rate::parsePercent(u"8.875")->toPercentString(), QStringLiteral("8.875"));
    EXPECT_FALSE(Rate::parsePercent(u"19%").has_value());
    EXPECT_FALSE(Rate::parsePercent(u"1.00001").has_value());
}
