#include "terms/DefaultTerms.h"
#include "domain/PaymentTerms.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

PaymentTerms named(const char* name)
{
    for (const auto& terms : DefaultTerms::all())
        if (terms.name == QString::fromUtf8(name))
            return terms;
    throw std::runtime_error("no such default terms");
}

const Currency usd = Currency::require(QStringLiteral("USD"));

struct DueCase
{
    const char* terms;
    QDate issue;
    QDate due;
};

class TermsDueDate : public ::testing::TestWithParam<DueCase>
{
};

} // namespace

TEST_P(TermsDueDate, FollowsTheNamedDefaults)
{
    const auto& c = GetParam();
    EXPECT_EQ(named(c.terms).dueDate(c.issue), c.due) << c.terms << " issued " << c.issue.toString(Qt::ISODate).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    DefaultTerms, TermsDueDate,
    ::testing::Values(DueCase{"Due on receipt", QDate(2026, 3, 10), QDate(2026, 3, 10)},
                      DueCase{"Net 7", QDate(2026, 3, 28), QDate(2026, 4, 4)},
                      DueCase{"Net 14", QDate(2026, 12, 25), QDate(2027, 1, 8)},
                      DueCase{"Net 30", QDate(2026, 1, 31), QDate(2026, 3, 2)},
                      DueCase{"Net 30", QDate(2028, 2, 1), QDate(2028, 3, 2)}, // leap year: Feb has 29 days
                      DueCase{"Net 60", QDate(2026, 11, 15), QDate(2027, 1, 14)},
                      DueCase{"2/10 Net 30", QDate(2026, 3, 1), QDate(2026, 3, 31)},
                      // End of month + 30: the last day of the issue month, then 30 days.
                      DueCase{"Net 30 EOM", QDate(2028, 1, 31), QDate(2028, 3, 1)}, // 31 Jan + 30 over 29 Feb
                      DueCase{"Net 30 EOM", QDate(2028, 1, 1), QDate(2028, 3, 1)},
                      DueCase{"Net 30 EOM", QDate(2027, 1, 31), QDate(2027, 3, 2)}, // not a leap year
                      DueCase{"Net 30 EOM", QDate(2026, 2, 14), QDate(2026, 3, 30)},
                      DueCase{"Net 30 EOM", QDate(2026, 12, 31), QDate(2027, 1, 30)}));

TEST(Terms, ProximoIsADayOfTheNextMonthClampedToItsLength)
{
    PaymentTerms terms;
    terms.rule = PaymentTerms::DueRule::Proximo;
    terms.dayOfMonth = 15;
    EXPECT_EQ(terms.dueDate(QDate(2026, 3, 31)), QDate(2026, 4, 15));
    EXPECT_EQ(terms.dueDate(QDate(2026, 12, 1)), QDate(2027, 1, 15));
    terms.dayOfMonth = 31;
    EXPECT_EQ(terms.dueDate(QDate(2028, 1, 10)), QDate(2028, 2, 29)); // leap February
    EXPECT_EQ(terms.dueDate(QDate(2026, 1, 10)), QDate(2026, 2, 28));
    EXPECT_EQ(terms.dueDate(QDate(2026, 3, 10)), QDate(2026, 4, 30));
}

TEST(Terms, EarlyPaymentDiscountWindowAndAmount)
{
    const PaymentTerms terms = named("2/10 Net 30");
    EXPECT_EQ(terms.discountUntil(QDate(2026, 3, 1)), QDate(2026, 3, 11));
    EXPECT_EQ(terms.discountAmount(Money(100000, usd)).minor(), 2000);
    EXPECT_EQ(terms.discountAmount(Money(12345, usd)).minor(), 247); // 246.9 cents rounds to 247
    EXPECT_FALSE(named("Net 30").discountUntil(QDate(2026, 3, 1)).isValid());
    EXPECT_EQ(named("Net 30").discountAmount(Money(100000, usd)).minor(), 0);
}

TEST(Terms, LateInterestIsSimplePerDayAfterGraceDays)
{
    PaymentTerms terms = named("Net 30");
    terms.annualInterest = Rate::fromPercent(10);
    terms.graceDays = 5;
    const QDate due(2026, 3, 31);
    const Money total(365000, usd); // 3650.00: 10 % a year is exactly 1.00 a day
    EXPECT_EQ(terms.accruedInterest(due, total, {}, due.addDays(5)).minor(), 0);     // still in grace
    EXPECT_EQ(terms.accruedInterest(due, total, {}, due.addDays(6)).minor(), 100);   // first charged day
    EXPECT_EQ(terms.accruedInterest(due, total, {}, due.addDays(15)).minor(), 1000); // ten charged days
    // Half paid on day 11: days 6–10 on 3650.00, days 11–15 on 1825.00 -> 5.00 + 2.50
    const QList<QPair<QDate, Money>> payments{{due.addDays(11), Money(182500, usd)}};
    EXPECT_EQ(terms.accruedInterest(due, total, payments, due.addDays(15)).minor(), 750);
    // A payment before the charged period lowers the base from the first day.
    EXPECT_EQ(terms.accruedInterest(due, total, {{due, Money(182500, usd)}}, due.addDays(15)).minor(), 500);
    EXPECT_EQ(terms.accruedInterest(due, total, {{due, Money(365000, usd)}}, due.addDays(15)).minor(), 0);
}

TEST(Terms, InterestRoundsOnceAtTheEnd)
{
    PaymentTerms terms;
    terms.annualInterest = Rate::fromPercent(8);
    // 100.00 at 8 % for 1 day = 0.0219 -> 0.02; for 3 days 0.0657 -> 0.07 (not 3 × 0.02)
    EXPECT_EQ(terms.accruedInterest(QDate(2026, 1, 1), Money(10000, usd), {}, QDate(2026, 1, 2)).minor(), 2);
    EXPECT_EQ(terms.accruedInterest(QDate(2026, 1, 1), Money(10000, usd), {}, QDate(2026, 1, 4)).minor(), 7);
}

TEST(Terms, FixedLateFeeIsInTheInvoiceCurrency)
{
    PaymentTerms terms;
    terms.lateFeeMicros = 25'000'000; // 25.00
    EXPECT_EQ(terms.lateFee(usd).minor(), 2500);
    EXPECT_EQ(terms.lateFee(Currency::require(QStringLiteral("JPY"))).minor(), 25);
    EXPECT_EQ(terms.lateFee(Currency::require(QStringLiteral("KWD"))).minor(), 25000);
}

TEST(Terms, DefaultsAreTheDesignedSeven)
{
    QStringList names;
    for (const auto& terms : DefaultTerms::all())
        names << terms.name;
    EXPECT_EQ(names, (QStringList{"Due on receipt", "Net 7", "Net 14", "Net 30", "Net 60", "2/10 Net 30", "Net 30 EOM"}));
}
