#include "terms/DefaultTerms.h"
#include "domain/PaymentTerms.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(PaymentTermsProblems, DefaultTermsHaveNone)
{
    for (const auto& terms : DefaultTerms::all())
        EXPECT_TRUE(terms.problems().isEmpty()) << terms.name.toStdString();
}

TEST(PaymentTermsProblems, EachBadFieldIsNamed)
{
    PaymentTerms terms;
    terms.name = QStringLiteral("Odd");
    terms.days = -1;
    terms.discount = Rate::fromPercent(100);
    terms.discountDays = -2;
    terms.graceDays = -3;
    terms.lateFeeMicros = -1;
    const QStringList problems = terms.problems();
    ASSERT_EQ(problems.size(), 5) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems[0].contains(QStringLiteral("\"Odd\": -1 days")));
    EXPECT_TRUE(problems[1].contains(QStringLiteral("100 %")));
    EXPECT_TRUE(problems[2].contains(QStringLiteral("-2 days")));
    EXPECT_TRUE(problems[3].contains(QStringLiteral("grace")));
    EXPECT_TRUE(problems[4].contains(QStringLiteral("late fee")));
}

TEST(PaymentTermsProblems, ProximoNeedsADayOfTheMonth)
{
    PaymentTerms terms;
    terms.name = QStringLiteral("Prox 15");
    terms.rule = PaymentTerms::DueRule::Proximo;
    terms.dayOfMonth = 0;
    ASSERT_EQ(terms.problems().size(), 1);
    EXPECT_TRUE(terms.problems()[0].contains(QStringLiteral("day of month 0")));
    terms.dayOfMonth = 15;
    EXPECT_TRUE(terms.problems().isEmpty());
}

TEST(PaymentTermsProblems, NameIsRequired)
{
    PaymentTerms terms;
    terms.name = QStringLiteral("   ");
    ASSERT_EQ(terms.problems().size(), 1);
    EXPECT_EQ(terms.problems()[0], QStringLiteral("a payment term needs a name"));
}
