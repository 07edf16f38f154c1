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

namespace {

// What the user typed is refused when a group separator does not group three digits; the
// explanation names what was typed and how this locale writes an amount.
QString refusal(const QString& text, const QLocale& locale)
{
    Money money(777, usd);
    const QString problem = LocaleAmount::parse(text, usd, locale, &money);
    EXPECT_EQ(money.minor(), 777) << text.toStdString() << " was read as " << money.minor();
    qint64 scaled = 777;
    const QString scaledProblem = LocaleAmount::parseScaled(text, 4, locale, &scaled);
    EXPECT_EQ(scaled, 777) << text.toStdString() << " was read as " << scaled;
    EXPECT_FALSE(scaledProblem.isEmpty()) << text.toStdString();
    return problem;
}

} // namespace

TEST(LocaleAmount, EnglishCommaOnlyGroupsThreeDigits)
{
    for (const char* text : {"12,50", "1,2", "1,2345", "1,23,456", ",123", "123,", "1,,234", "12,50.00", "1.234,56", "12 50"}) {
        const QString problem = refusal(QString::fromLatin1(text), english);
        EXPECT_TRUE(problem.contains(QString::fromLatin1(text))) << problem.toStdString();
    }
    // The refusal says how this locale writes an amount.
    const QString problem = refusal(QStringLiteral("12,50"), english);
    EXPECT_TRUE(problem.contains(QStringLiteral("1,234.56"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("groups of three"))) << problem.toStdString();
    // Real groupings are still read.
    EXPECT_EQ(parsed(QStringLiteral("1,250"), english), 125000);
    EXPECT_EQ(parsed(QStringLiteral("12,345,678.90"), english), 1234567890);
    EXPECT_EQ(parsed(QStringLiteral("-1,234.50"), english), -123450);
    EXPECT_EQ(parsed(QStringLiteral("1 234.50"), english), 123450);
    EXPECT_EQ(parsed(QStringLiteral("12.5"), english), 1250);
}

TEST(LocaleAmount, GermanDotOnlyGroupsThreeDigits)
{
    for (const char* text : {"1.2345", "12.50", "12.5", "1.2", "1.23.456", ".123", "1..234", "1.234,5.6", "1,234.56"}) {
        const QString problem = refusal(QString::fromLatin1(text), german);
        EXPECT_TRUE(problem.contains(QString::fromLatin1(text))) << problem.toStdString();
    }
    const QString problem = refusal(QStringLiteral("1.2345"), german);
    EXPECT_TRUE(problem.contains(QStringLiteral("1.234,56"))) << problem.toStdString();
    EXPECT_EQ(parsed(QStringLiteral("1.234"), german), 123400); // a thousands group
    EXPECT_EQ(parsed(QStringLiteral("1.234.567,5"), german), 123456750);
    EXPECT_EQ(parsed(QStringLiteral("12,50"), german), 1250);
    EXPECT_EQ(parsed(QStringLiteral("1 234,50"), german), 123450);
    qint64 quantity = 0;
    EXPECT_TRUE(LocaleAmount::parseScaled(QStringLiteral("1,2345"), 4, german, &quantity).isEmpty());
    EXPECT_EQ(quantity, 12345);
}

TEST(LocaleAmount, ADotWhereItIsNeitherPointNorGroupIsTheInterchangePoint)
{
    const QLocale french(QLocale::French, QLocale::France);
    EXPECT_EQ(parsed(QStringLiteral("12.50"), french), 1250);
    EXPECT_EQ(parsed(QStringLiteral("12,50"), french), 1250);
    EXPECT_EQ(parsed(QStringLiteral("1\u202f234,50"), french), 123450);
    EXPECT_FALSE(refusal(QStringLiteral("1\u202f23,50"), french).isEmpty());
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
