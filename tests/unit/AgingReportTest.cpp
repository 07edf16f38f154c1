#include "reports/AgingReport.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

struct BucketCase
{
    int daysPastDue;
    AgingReport::Bucket bucket;
};

class AgingBuckets : public ::testing::TestWithParam<BucketCase>
{
};

} // namespace

TEST_P(AgingBuckets, EachBoundaryFallsInItsBucket)
{
    const auto& c = GetParam();
    const QDate asOf(2026, 3, 31);
    const auto report = AgingReport::build(
        asOf, {{QStringLiteral("C001"), QStringLiteral("USD"), asOf.addDays(-c.daysPastDue), 1234}});
    ASSERT_EQ(report.currencies().size(), 1);
    const auto& row = report.currencies().first().customers.first();
    for (int b = 0; b < AgingReport::BucketCount; ++b)
        EXPECT_EQ(row.buckets[b], b == c.bucket ? 1234 : 0) << "days past due " << c.daysPastDue << " bucket " << b;
}

INSTANTIATE_TEST_SUITE_P(Boundaries, AgingBuckets,
                         ::testing::Values(BucketCase{-10, AgingReport::Current}, BucketCase{0, AgingReport::Current},
                                           BucketCase{1, AgingReport::Days1To30}, BucketCase{30, AgingReport::Days1To30},
                                           BucketCase{31, AgingReport::Days31To60},
                                           BucketCase{60, AgingReport::Days31To60},
                                           BucketCase{61, AgingReport::Days61To90},
                                           BucketCase{90, AgingReport::Days61To90},
                                           BucketCase{91, AgingReport::Days91Plus},
                                           BucketCase{400, AgingReport::Days91Plus}));

TEST(AgingReport, TotalsPerCurrencyNeverMixed)
{
    const QDate asOf(2026, 3, 31);
    const auto report = AgingReport::build(asOf, {{QStringLiteral("C002"), QStringLiteral("USD"), asOf, 100},
                                                  {QStringLiteral("C001"), QStringLiteral("USD"), asOf.addDays(-45), 200},
                                                  {QStringLiteral("C001"), QStringLiteral("JPY"), asOf, 300},
                                                  {QStringLiteral("C001"), QStringLiteral("USD"), asOf.addDays(-5), 50}});
    ASSERT_EQ(report.currencies().size(), 2);
    EXPECT_EQ(report.currencies()[0].currency, QStringLiteral("JPY"));
    const auto& usd = report.currencies()[1];
    EXPECT_EQ(usd.totals.total, 350);
    EXPECT_EQ(usd.customers[0].customer, QStringLiteral("C001"));
    EXPECT_EQ(usd.customers[0].total, 250);
    EXPECT_EQ(usd.customers[0].buckets[AgingReport::Days31To60], 200);
    EXPECT_EQ(usd.customers[0].buckets[AgingReport::Days1To30], 50);
    EXPECT_EQ(report.currencies()[0].totals.total, 300);
}

TEST(AgingReport, JsonHasTheShapeOfCliMd)
{
    const QDate asOf(2026, 3, 31);
    const auto report = AgingReport::build(asOf, {{QStringLiteral("C001"), QStringLiteral("USD"), asOf.addDays(-3), 123450}});
    EXPECT_EQ(report.toJson().dump(-1),
              QStringLiteral("{\"as_of\":\"2026-03-31\",\"currencies\":[{\"currency\":\"USD\",\"totals\":{\"current\":"
                             "\"0.00\",\"1-30\":\"1234.50\",\"31-60\":\"0.00\",\"61-90\":\"0.00\",\"91+\":\"0.00\","
                             "\"total\":\"1234.50\"},\"customers\":[{\"customer\":\"C001\",\"current\":\"0.00\","
                             "\"1-30\":\"1234.50\",\"31-60\":\"0.00\",\"61-90\":\"0.00\",\"91+\":\"0.00\","
                             "\"total\":\"1234.50\"}]}]}"));
}
