#include "reports/Dashboard.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {
const QDate asOf(2026, 3, 31);
AgingReport::Item item(const QString& customer, const QString& currency, int daysPastDue, qint64 balance)
{
    return {customer, currency, asOf.addDays(-daysPastDue), balance};
}
} // namespace

TEST(Dashboard, OverdueIsEverythingPastItsDueDate)
{
    const auto aging = AgingReport::build(asOf, {item("A", "USD", -5, 1000), item("A", "USD", 10, 2000),
                                                 item("B", "USD", 95, 4000)});
    const Dashboard dashboard = Dashboard::fromAging(aging, {{"A", "Alder"}, {"B", "Birch"}});
    const auto* usd = dashboard.currency(QStringLiteral("USD"));
    ASSERT_NE(usd, nullptr);
    EXPECT_EQ(usd->receivable, 7000);
    EXPECT_EQ(usd->overdue, 6000);
    EXPECT_EQ(usd->buckets[AgingReport::Current], 1000);
    EXPECT_EQ(usd->buckets[AgingReport::Days1To30], 2000);
    EXPECT_EQ(usd->buckets[AgingReport::Days91Plus], 4000);
    EXPECT_EQ(dashboard.currency(QStringLiteral("EUR")), nullptr);
}

TEST(Dashboard, MostOverdueLeadsWithTheLargestOverdueSumAndSkipsThoseNotLate)
{
    const auto aging = AgingReport::build(asOf, {item("A", "USD", 10, 2000), item("B", "USD", 40, 5000),
                                                 item("C", "USD", -3, 9000), item("D", "USD", 100, 2000)});
    const Dashboard dashboard = Dashboard::fromAging(aging, {{"B", "Birch"}});
    const auto& list = dashboard.mostOverdue();
    ASSERT_EQ(list.size(), 3); // C owes nothing overdue
    EXPECT_EQ(list[0].code, QStringLiteral("B"));
    EXPECT_EQ(list[0].name, QStringLiteral("Birch"));
    // A and D are tied on the amount: the older debt comes first.
    EXPECT_EQ(list[1].code, QStringLiteral("D"));
    EXPECT_EQ(list[1].oldestBucket, AgingReport::Days91Plus);
    EXPECT_EQ(list[2].code, QStringLiteral("A"));
    EXPECT_EQ(list[2].name, QStringLiteral("A")); // no name known: the code
}

TEST(Dashboard, KeepsAtMostTheCountItShows)
{
    QList<AgingReport::Item> items;
    for (int c = 0; c < Dashboard::MostOverdueCount + 5; ++c)
        items << item(QStringLiteral("C%1").arg(c, 2, 10, QLatin1Char('0')), QStringLiteral("USD"), 5, 100 + c);
    const Dashboard dashboard = Dashboard::fromAging(AgingReport::build(asOf, items), {});
    ASSERT_EQ(dashboard.mostOverdue().size(), Dashboard::MostOverdueCount);
    EXPECT_EQ(dashboard.mostOverdue()[0].overdue, 100 + Dashboard::MostOverdueCount + 4);
}
