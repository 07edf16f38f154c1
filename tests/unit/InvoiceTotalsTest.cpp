#include "domain/Invoice.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(InvoiceTotals, LineAmountAndTaxRoundHalfAwayFromZeroEach)
{
    Invoice invoice;
    invoice.currency = QStringLiteral("USD");
    InvoiceLine hours;
    hours.quantity = 15'000;  // 1.5
    hours.unitPrice = 3333;   // 33.33 -> 49.995 -> 50.00
    hours.taxRate = Rate::fromPercent(19); // 9.50
    InvoiceLine parts;
    parts.quantity = 30'000;  // 3
    parts.unitPrice = 105;    // 1.05 -> 3.15
    parts.taxRate = *Rate::parsePercent(u"7.5"); // 0.23625 -> 0.24
    invoice.lines = {hours, parts};
    invoice.computeTotals();
    EXPECT_EQ(invoice.lines[0].amount, 5000);
    EXPECT_EQ(invoice.lines[0].tax, 950);
    EXPECT_EQ(invoice.lines[1].amount, 315);
    EXPECT_EQ(invoice.lines[1].tax, 24);
    EXPECT_EQ(invoice.subtotal, 5315);
    EXPECT_EQ(invoice.tax, 974);
    EXPECT_EQ(invoice.total, 6289);
}

TEST(InvoiceTotals, EffectiveDueDateIsTheExtendedOneWhereExtended)
{
    Invoice invoice;
    invoice.dueDate = QDate(2026, 3, 31);
    EXPECT_EQ(invoice.effectiveDueDate(), QDate(2026, 3, 31));
    invoice.extendedDueDate = QDate(2026, 4, 15);
    EXPECT_EQ(invoice.effectiveDueDate(), QDate(2026, 4, 15));
    EXPECT_EQ(invoice.dueDate, QDate(2026, 3, 31)); // the original is kept
}
