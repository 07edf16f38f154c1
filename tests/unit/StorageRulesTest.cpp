// The rules that storage used to apply while reading, now above it: the discount window of an open
// item, an installment plan in the aging and in the statement's open invoices, the aging buckets as
// due-date ranges for the invoice list, and the table of setting keys.
#include "documents/AccountStatement.h"
#include "domain/AgingBucket.h"
#include "ledger/OpenItemRules.h"
#include "ledger/SettingKeys.h"
#include "ledger/SettingRules.h"
#include "money/Rate.h"
#include "reports/AgingReport.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

BalanceDue balance(const QString& customer, QDate due, qint64 total, qint64 open,
                   const QList<Installment>& plan = {})
{
    BalanceDue b;
    b.customer = customer;
    b.number = QStringLiteral("INV-1");
    b.currency = QStringLiteral("USD");
    b.issueDate = QDate(2026, 1, 1);
    b.dueDate = due;
    b.total = total;
    b.balance = open;
    b.installments = plan;
    return b;
}

} // namespace

TEST(OpenItemRules, TwoPercentWithinTenDaysOfIssue)
{
    OpenItem item;
    item.currency = QStringLiteral("USD");
    item.issueDate = QDate(2026, 3, 1);
    item.total = 100000;
    item.balance = 100000;
    item.discountRate = *Rate::parsePercent(QStringLiteral("2"));
    item.discountDays = 10;
    const auto items = OpenItemRules::withDiscounts(QList<OpenItem>{item});
    EXPECT_EQ(items.first().discountUntil, QDate(2026, 3, 11));
    EXPECT_EQ(items.first().discountAmount, 2000);
}

TEST(OpenItemRules, NoDiscountTermsGiveNoWindow)
{
    OpenItem item;
    item.currency = QStringLiteral("USD");
    item.issueDate = QDate(2026, 3, 1);
    item.total = 100000;
    const auto byCustomer = OpenItemRules::withDiscounts(QHash<qint64, QList<OpenItem>>{{7, {item}}});
    EXPECT_FALSE(byCustomer.value(7).first().discountUntil.isValid());
    EXPECT_EQ(byCustomer.value(7).first().discountAmount, 0);
}

TEST(AgingFromBalances, AnInstallmentPlanAgesAsItsOpenInstallments)
{
    const QDate asOf(2026, 4, 30);
    // 300.00 in three installments; 120.00 paid settles the first (100.00) and 20.00 of the second.
    const QList<Installment> plan{{1, QDate(2026, 1, 31), 10000},
                                  {2, QDate(2026, 3, 31), 10000},
                                  {3, QDate(2026, 5, 31), 10000}};
    const auto report = AgingReport::fromBalances(
        asOf, {balance(QStringLiteral("C1"), QDate(2026, 1, 31), 30000, 18000, plan),
               balance(QStringLiteral("C2"), QDate(2026, 4, 20), 5000, 5000)});
    ASSERT_EQ(report.currencies().size(), 1);
    const auto& rows = report.currencies().first().customers;
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].buckets[AgingReport::Days1To30], 8000); // the rest of the second, 30 days late
    EXPECT_EQ(rows[0].buckets[AgingReport::Current], 10000);  // the third, not yet due
    EXPECT_EQ(rows[0].total, 18000);
    EXPECT_EQ(rows[1].buckets[AgingReport::Days1To30], 5000);
}

TEST(AgingFromBalances, AgreesWithTheReportBuiltFromItems)
{
    const QDate asOf(2026, 4, 30);
    QList<BalanceDue> balances;
    QList<AgingReport::Item> items;
    for (int k = 0; k < 200; ++k) {
        const QString customer = QStringLiteral("C%1").arg(k % 7);
        const QDate due = asOf.addDays(30 - k);
        balances << balance(customer, due, 1000 + k, 500 + k);
        items << AgingReport::Item{customer, QStringLiteral("USD"), due, 500 + k};
    }
    EXPECT_EQ(AgingReport::fromBalances(asOf, balances).toCsv(), AgingReport::build(asOf, items).toCsv());
}

TEST(StatementOpenInvoices, InstallmentsAreListedByTheirOwnDueDates)
{
    const QList<Installment> plan{{1, QDate(2026, 2, 1), 6000}, {2, QDate(2026, 5, 1), 4000}};
    auto split = balance(QStringLiteral("C1"), QDate(2026, 2, 1), 10000, 7000, plan);
    split.number = QStringLiteral("INV-7");
    auto whole = balance(QStringLiteral("C1"), QDate(2026, 3, 1), 2500, 2500);
    whole.number = QStringLiteral("INV-8");
    const auto open = AccountStatement::openInvoices(QList<BalanceDue>{split, whole});
    ASSERT_EQ(open.size(), 3);
    EXPECT_EQ(open[0].number, QStringLiteral("INV-7/1"));
    EXPECT_EQ(open[0].balance, 3000);
    EXPECT_EQ(open[0].total, 6000);
    EXPECT_EQ(open[1].number, QStringLiteral("INV-8"));
    EXPECT_EQ(open[2].number, QStringLiteral("INV-7/2"));
    EXPECT_EQ(open[2].dueDate, QDate(2026, 5, 1));
}

TEST(AgingBucket, DueDateRangesHoldExactlyTheDatesOfTheirBucket)
{
    const QDate asOf(2026, 3, 31);
    for (int b = 0; b < AgingBucket::BucketCount; ++b) {
        const auto [first, last] = AgingBucket::dueDates(AgingBucket::Bucket(b), asOf);
        for (int days = -200; days <= 200; ++days) {
            const QDate due = asOf.addDays(-days);
            const bool inRange = first <= due && due <= last;
            EXPECT_EQ(inRange, AgingBucket::forDaysPastDue(days) == b) << "bucket " << b << ", days " << days;
        }
    }
}

TEST(SettingKeys, TheTableIsWhatTheRulesKnow)
{
    QStringList names;
    for (const SettingKey& key : SettingKeys::all())
        names << key.key();
    QStringList sorted = names;
    sorted.sort();
    EXPECT_EQ(names, sorted);
    EXPECT_EQ(names.removeDuplicates(), 0);
    EXPECT_EQ(SettingRules::knownKeys(), names);
    EXPECT_TRUE(SettingRules::isMultiLine(SettingKeys::CompanyAddress));
    EXPECT_FALSE(SettingRules::isMultiLine(SettingKeys::CompanyName));
    EXPECT_EQ(SettingKeys::find(QStringLiteral("smtp.security"))->defaultValue(), QStringLiteral("starttls"));
    EXPECT_EQ(SettingKeys::find(QStringLiteral("smtp.hots")), nullptr);
}
