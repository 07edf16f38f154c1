#include "reports/DsoReport.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(DsoReport, ReceivablesOverCreditSalesTimesDays)
{
    // 90 days, 4,500.00 owed at the end, 9,000.00 sold: 4500 / 9000 × 90 = 45.0
    DsoReport::Period p{QDate(2026, 1, 1), QDate(2026, 3, 31), 450000, 900000};
    EXPECT_EQ(p.days(), 90);
    EXPECT_EQ(*p.dsoTenths(), 450);
    EXPECT_EQ(p.dsoText(), QStringLiteral("45.0"));
    // 31 days, 100.00 owed, 300.00 sold: 10.333… -> 10.3
    DsoReport::Period q{QDate(2026, 1, 1), QDate(2026, 1, 31), 10000, 30000};
    EXPECT_EQ(q.dsoText(), QStringLiteral("10.3"));
    // 30 days, 1.00 owed of 8.00 sold: 3.75 -> 3.8 (half away from zero)
    DsoReport::Period r{QDate(2026, 4, 1), QDate(2026, 4, 30), 100, 800};
    EXPECT_EQ(r.dsoText(), QStringLiteral("3.8"));
}

TEST(DsoReport, NoCreditSalesMeansNoDsoNotADivisionByZero)
{
    DsoReport::Period p{QDate(2026, 2, 1), QDate(2026, 2, 28), 5000, 0};
    EXPECT_FALSE(p.dsoTenths().has_value());
    EXPECT_EQ(p.dsoText(), QString());
    DsoReport::Figures period;
    period.receivables.insert(QStringLiteral("USD"), 5000);
    const auto report = DsoReport::build(QDate(2026, 2, 28), QDate(2026, 2, 1), period, {});
    const QString json = report.toJson().dump(-1);
    EXPECT_TRUE(json.contains(QStringLiteral("\"receivables\":\"50.00\",\"credit_sales\":\"0.00\",\"dso\":null,"
                                             "\"note\":\"no credit sales in the period\"")))
        << json.toStdString();
}

TEST(DsoReport, TrendCoversTwelveCalendarMonthsEndingOnTheReportDate)
{
    const auto months = DsoReport::trendMonths(QDate(2024, 3, 15));
    ASSERT_EQ(months.size(), 12);
    EXPECT_EQ(months[0].first, QDate(2023, 4, 1));
    EXPECT_EQ(months[0].second, QDate(2023, 4, 30));
    EXPECT_EQ(months[10].first, QDate(2024, 2, 1));
    EXPECT_EQ(months[10].second, QDate(2024, 2, 29)); // leap year
    EXPECT_EQ(months[11].first, QDate(2024, 3, 1));
    EXPECT_EQ(months[11].second, QDate(2024, 3, 15)); // the running month stops at the report date
}

TEST(DsoReport, EachCurrencyHasItsOwnFigures)
{
    const QDate asOf(2026, 3, 31);
    DsoReport::Figures period;
    period.receivables = {{QStringLiteral("USD"), 300}, {QStringLiteral("EUR"), 50}};
    period.creditSales = {{QStringLiteral("USD"), 900}};
    QList<DsoReport::Figures> months(12);
    months[11].receivables = {{QStringLiteral("EUR"), 50}};
    months[11].creditSales = {{QStringLiteral("EUR"), 100}};
    const auto report = DsoReport::build(asOf, QDate(2026, 1, 1), period, months);
    ASSERT_EQ(report.currencies().size(), 2);
    const auto& eur = report.currencies()[0];
    EXPECT_EQ(eur.currency, QStringLiteral("EUR"));
    EXPECT_FALSE(eur.period.dsoTenths().has_value()); // no EUR sales in the period
    EXPECT_EQ(eur.months[11].dsoText(), QStringLiteral("15.5")); // 50 / 100 × 31
    const auto& usd = report.currencies()[1];
    EXPECT_EQ(usd.period.dsoText(), QStringLiteral("30.0")); // 300 / 900 × 90
    EXPECT_EQ(usd.months.size(), 12);
    EXPECT_FALSE(usd.months[11].dsoTenths().has_value());
}
