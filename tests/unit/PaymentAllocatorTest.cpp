#include "ledger/PaymentAllocator.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

OpenItem item(qint64 id, const char* number, QDate issue, QDate due, qint64 balance)
{
    OpenItem i;
    i.invoiceId = id;
    i.number = QString::fromUtf8(number);
    i.currency = QStringLiteral("USD");
    i.issueDate = issue;
    i.effectiveDueDate = due;
    i.balance = balance;
    return i;
}

qint64 allocated(const PaymentAllocator::Result& result, qint64 invoiceId, Allocation::Kind kind)
{
    qint64 sum = 0;
    for (const auto& a : result.allocations)
        if (a.invoiceId == invoiceId && a.kind == kind)
            sum += a.amount;
    return sum;
}

} // namespace

TEST(PaymentAllocation, OldestEffectiveDueDateFirstThenByNumber)
{
    QList<OpenItem> items{item(1, "INV-10", QDate(2026, 1, 1), QDate(2026, 2, 1), 1000),
                          item(2, "INV-9", QDate(2026, 1, 1), QDate(2026, 2, 1), 1000),
                          item(3, "INV-2", QDate(2026, 1, 5), QDate(2026, 1, 20), 1000)};
    const auto result = PaymentAllocator::allocate(items, QDate(2026, 3, 1), 2500);
    EXPECT_EQ(allocated(result, 3, Allocation::Kind::Payment), 1000); // earliest due
    EXPECT_EQ(allocated(result, 2, Allocation::Kind::Payment), 1000); // INV-9 before INV-10
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Payment), 500);
    EXPECT_EQ(result.unallocated, 0);
    EXPECT_EQ(items[0].balance, 500);
}

TEST(PaymentAllocation, WhatIsLeftStaysAsCreditOnAccount)
{
    QList<OpenItem> items{item(1, "INV-1", QDate(2026, 1, 1), QDate(2026, 2, 1), 1000)};
    const auto result = PaymentAllocator::allocate(items, QDate(2026, 3, 1), 1500);
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Payment), 1000);
    EXPECT_EQ(result.unallocated, 500);
}

TEST(PaymentAllocation, ExplicitInvoiceTakesOnlyItsBalance)
{
    QList<OpenItem> items{item(1, "INV-1", QDate(2026, 1, 1), QDate(2026, 2, 1), 1000),
                          item(2, "INV-2", QDate(2026, 1, 2), QDate(2026, 2, 2), 1000)};
    const auto result = PaymentAllocator::allocate(items, QDate(2026, 3, 1), 1200, 2);
    EXPECT_EQ(allocated(result, 2, Allocation::Kind::Payment), 1000);
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Payment), 0);
    EXPECT_EQ(result.unallocated, 200);
}

TEST(PaymentAllocation, InvoicesIssuedAfterThePaymentAreNotPaidByIt)
{
    QList<OpenItem> items{item(1, "INV-1", QDate(2026, 4, 1), QDate(2026, 5, 1), 1000)};
    const auto result = PaymentAllocator::allocate(items, QDate(2026, 3, 1), 1000);
    EXPECT_TRUE(result.allocations.isEmpty());
    EXPECT_EQ(result.unallocated, 1000);
}

TEST(PaymentAllocation, DiscountedAmountInsideTheWindowSettlesAndRecordsTheDiscount)
{
    OpenItem i = item(1, "INV-1", QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    i.discountUntil = QDate(2026, 3, 11);
    i.discountAmount = 2000;
    QList<OpenItem> items{i};
    const auto result = PaymentAllocator::allocate(items, QDate(2026, 3, 11), 98000);
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Payment), 98000);
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Discount), 2000);
    EXPECT_EQ(items[0].balance, 0);
    EXPECT_EQ(result.unallocated, 0);
}

TEST(PaymentAllocation, DiscountedAmountAfterTheWindowIsAPartialPayment)
{
    OpenItem i = item(1, "INV-1", QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    i.discountUntil = QDate(2026, 3, 11);
    i.discountAmount = 2000;
    QList<OpenItem> items{i};
    const auto result = PaymentAllocator::allocate(items, QDate(2026, 3, 12), 98000);
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Discount), 0);
    EXPECT_EQ(items[0].balance, 2000);
}

TEST(PaymentAllocation, FullPaymentInsideTheWindowIsSimplyAFullPayment)
{
    OpenItem i = item(1, "INV-1", QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    i.discountUntil = QDate(2026, 3, 11);
    i.discountAmount = 2000;
    QList<OpenItem> items{i};
    const auto result = PaymentAllocator::allocate(items, QDate(2026, 3, 5), 100000);
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Payment), 100000);
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Discount), 0);
}

TEST(PaymentAllocation, LessThanTheDiscountedAmountIsPartialWithoutDiscount)
{
    OpenItem i = item(1, "INV-1", QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    i.discountUntil = QDate(2026, 3, 11);
    i.discountAmount = 2000;
    QList<OpenItem> items{i};
    const auto result = PaymentAllocator::allocate(items, QDate(2026, 3, 5), 97999);
    EXPECT_EQ(allocated(result, 1, Allocation::Kind::Discount), 0);
    EXPECT_EQ(items[0].balance, 2001);
}

TEST(PaymentAllocation, NaturalNumberOrder)
{
    EXPECT_TRUE(PaymentAllocator::numberLess(QStringLiteral("INV-9"), QStringLiteral("INV-10")));
    EXPECT_FALSE(PaymentAllocator::numberLess(QStringLiteral("INV-10"), QStringLiteral("INV-9")));
    EXPECT_TRUE(PaymentAllocator::numberLess(QStringLiteral("A-2"), QStringLiteral("B-1")));
}
