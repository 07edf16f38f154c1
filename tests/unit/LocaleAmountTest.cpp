#include "money/LocaleAmount.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {
const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);
const Currency usd = Currency::require(QStringLiteral("USD"));
const Currency jpy = Currency::require(QStringLiteral("JPY"));

qint64 parsed(const QString& text, const QLocale& locale, const Currency& currency = usd)
{
    Money money;
    const QString problem = LocaleAmount::parse(text, currency, locale, &money);
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    return money.minor();
}
} // namespace

TEST(LocaleAmount, ReadsGroupedAmountsInTheUsersLocaleExactly)
{
    EXPECT_EQ(parsed(QStringLiteral("1,234.50"), english), 123450);
    EXPECT_EQ(parsed(QStringLiteral("1.234,50"), german), 123450);
    EXPECT_EQ(parsed(QStringLiteral("0,1"), german), 10);
    EXPECT_EQ(parsed(QStringLiteral(" 12 "), german), 1200);
    EXPECT_EQ(parsed(QStringLiteral("1,234"), english, jpy), 1234);
}

TEST(LocaleAmount, GermanDotIsADecimalPointUnlessItGroupsThreeDigits)
{
    EXPECT_EQ(parsed(QStringLiteral("12.50"), german), 1250);   // the interchange form
    EXPECT_EQ(parsed(QStringLiteral("12.5"), german), 1250);
    EXPECT_EQ(parsed(QStringLiteral("1.234"), german), 123400); // a thousands group
    EXPECT_EQ(parsed(QStringLiteral("12,50"), german), 1250);
}

TEST(LocaleAmount, RefusesWhatIsNoAmountNamingWhatWasTyped)
{
    Money money;
    EXPECT_TRUE(LocaleAmount::parse(QStringLiteral("12,5O"), usd, english, &money).contains(QStringLiteral("12,5O")));
    EXPECT_FALSE(LocaleAmount::parse(QStringLiteral("1.005"), usd, english, &money).isEmpty()); // three decimals
    EXPECT_FALSE(LocaleAmount::parse(QString(), usd, english, &money).isEmpty());
    EXPECT_FALSE(LocaleAmount::parse(QStringLiteral("1,5.0,0"), usd, german, &money).isEmpty());
}

TEST(LocaleAmount, WritesGroupsAndTheCurrencysDecimals)
{
    EXPECT_EQ(LocaleAmount::format(123456789, QStringLiteral("USD"), english), QStringLiteral("1,234,567.89"));
    EXPECT_EQ(LocaleAmount::format(123456789, QStringLiteral("USD"), german), QStringLiteral("1.234.567,89"));
    EXPECT_EQ(LocaleAmount::format(-5, QStringLiteral("USD"), english), QStringLiteral("-0.05"));
    EXPECT_EQ(LocaleAmount::format(1234, QStringLiteral("JPY"), english), QStringLiteral("1,234"));
    EXPECT_EQ(LocaleAmount::formatScaled(15000, 4, german), QStringLiteral("1,5"));
}

TEST(LocaleAmount, ScaledNumbersKeepTheirPrecision)
{
    qint64 value = 0;
    EXPECT_TRUE(LocaleAmount::parseScaled(QStringLiteral("8,875"), 4, german, &value).isEmpty());
    EXPECT_EQ(value, 88750);
    EXPECT_FALSE(LocaleAmount::parseScaled(QStringLiteral("1.23456"), 4, english, &value).isEmpty());
}
