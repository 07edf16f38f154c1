#include "TempLedger.h"

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

// Each cell of the aging report is the sum of the balances of the invoices its drill-down lists.
TEST(AgingDrillDown, InvoicesOfEachCellAddUpToTheCell)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"));
    ledger.addCustomer(QStringLiteral("C2"), QStringLiteral("Net 7"));
    ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 3, 20), 10000); // due 04-19: current
    ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 2, 10), 20000); // due 03-12: 1-30
    ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 2, 5), 25000);  // due 03-07: 1-30
    ledger.addInvoice(QStringLiteral("C1"), QDate(2025, 11, 1), 30000); // due 12-01: 91+
    ledger.addInvoice(QStringLiteral("C2"), QDate(2026, 1, 20), 40000); // due 01-27: 61-90
    const QString paidLater =
        ledger.addInvoice(QStringLiteral("C2"), QDate(2026, 2, 1), 5000); // due 02-08: 31-60
    ledger->recordPayment(QStringLiteral("C2"), usd(5000), QDate(2026, 4, 2), PaymentMethod::Card, {},
                          paidLater);
    const QDate asOf(2026, 3, 31);
    const AgingReport report = ledger->aging(asOf);
    ASSERT_EQ(report.currencies().size(), 1);
    int cells = 0;
    for (const auto& row : report.currencies()[0].customers)
        for (int bucket = 0; bucket < AgingReport::BucketCount; ++bucket) {
            qint64 sum = 0;
            for (const auto& listed : ledger->agingInvoices(asOf, row.customer, QStringLiteral("USD"),
                                                            AgingReport::Bucket(bucket)))
                sum += listed.balance;
            EXPECT_EQ(sum, row.buckets[bucket]) << row.customer.toStdString() << " bucket " << bucket;
            cells += row.buckets[bucket] != 0;
        }
    EXPECT_EQ(cells, 5);
    // Paid after the report date: still owed on it.
    const auto late =
        ledger->agingInvoices(asOf, QStringLiteral("C2"), QStringLiteral("USD"), AgingReport::Days31To60);
    ASSERT_EQ(late.size(), 1);
    EXPECT_EQ(late[0].invoice.number, paidLater);
    EXPECT_TRUE(ledger
                    ->agingInvoices(QDate(2026, 4, 2), QStringLiteral("C2"), QStringLiteral("USD"),
                                    AgingReport::Days31To60)
                    .isEmpty());
    EXPECT_EQ(ledger->agingInvoices(asOf, QStringLiteral("C1"), QStringLiteral("USD"), AgingReport::Days1To30)
                  .size(),
              2);
    EXPECT_TRUE(
        ledger->agingInvoices(asOf, QStringLiteral("C1"), QStringLiteral("EUR"), AgingReport::Days1To30)
            .isEmpty());
}
