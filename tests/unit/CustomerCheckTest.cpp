#include "domain/CustomerCheck.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(CustomerCheck, EmailListsAcceptCommasAndSemicolons)
{
    EXPECT_TRUE(CustomerCheck::emailListProblem(QStringLiteral("a@b.example, c@d.example;e@f.example")).isEmpty());
    EXPECT_TRUE(CustomerCheck::emailListProblem(QString()).isEmpty());
    EXPECT_TRUE(CustomerCheck::emailListProblem(QStringLiteral("a@b.example, nope")).contains(QStringLiteral("nope")));
    EXPECT_FALSE(CustomerCheck::emailListProblem(QStringLiteral("a@b")).isEmpty());
    EXPECT_FALSE(CustomerCheck::emailListProblem(QStringLiteral("a b@c.example")).isEmpty());
}

TEST(CustomerCheck, NamesEachFieldThatIsWrong)
{
    Customer customer;
    customer.code = QStringLiteral("C 1");
    customer.currency = QStringLiteral("XYZ");
    customer.email = QStringLiteral("x");
    QStringList fields;
    for (const auto& problem : CustomerCheck::problems(customer))
        fields << problem.field;
    EXPECT_EQ(fields, (QStringList{"code", "name", "email", "currency"}));
    customer.code = QStringLiteral("C1");
    customer.name = QStringLiteral("Alder");
    customer.currency = QStringLiteral("USD");
    customer.email = QStringLiteral("office@alder.example");
    EXPECT_TRUE(CustomerCheck::problems(customer).isEmpty());
}
