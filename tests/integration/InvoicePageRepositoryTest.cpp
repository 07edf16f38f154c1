#include "TempLedger.h"

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;
using Query = InvoicePageRepository::Query;
using State = InvoicePageRepository::State;

namespace {

class InvoicePages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_ledger.addCustomer(QStringLiteral("ALD"));
        m_ledger.addCustomer(QStringLiteral("BIR"));
        // Net 30, seen on 2026-03-31: due 01-31 (59 days late), 03-01 (30), 03-31 (0), 04-30 (not due).
        m_numbers << m_ledger.addInvoice(QStringLiteral("ALD"), QDate(2026, 1, 1), 10000)
                  << m_ledger.addInvoice(QStringLiteral("BIR"), QDate(2026, 1, 30), 20000)
                  << m_ledger.addInvoice(QStringLiteral("ALD"), QDate(2026, 3, 1), 30000)
                  << m_ledger.addInvoice(QStringLiteral("BIR"), QDate(2026, 3, 31), 40000);
    }

    QStringList numbers(const Query& query, qint64 offset = 0, int limit = 100)
    {
        QStringList result;
        for (const auto& row : m_ledger->invoicePage(query, m_today, offset, limit))
            result << row.number;
        return result;
    }

    TempLedger m_ledger;
    QDate m_today{2026, 3, 31};
    QStringList m_numbers;
};

} // namespace

TEST_F(InvoicePages, PagesCoverEveryRowOnceInOrder)
{
    Query query;
    query.sort = InvoicePageRepository::SortKey::Number;
    query.descending = false;
    EXPECT_EQ(m_ledger->invoiceCount(query, m_today), 4);
    EXPECT_EQ(numbers(query, 0, 3), m_numbers.mid(0, 3));
    EXPECT_EQ(numbers(query, 3, 3), m_numbers.mid(3));
    EXPECT_TRUE(numbers(query, 4, 3).isEmpty());
}

TEST_F(InvoicePages, OverdueMeansOpenAndPastTheEffectiveDueDate)
{
    Query query;
    query.state = State::Overdue;
    query.sort = InvoicePageRepository::SortKey::DueDate;
    query.descending = false;
    EXPECT_EQ(m_ledger->invoiceCount(query, m_today), 2);
    EXPECT_EQ(numbers(query), (QStringList{m_numbers[0], m_numbers[1]}));
    // On 03-01 the second one was due that very day: not overdue yet.
    EXPECT_EQ(m_ledger->invoiceCount(query, QDate(2026, 3, 1)), 1);
    EXPECT_EQ(m_ledger->invoiceCount(query, QDate(2026, 3, 2)), 2);
}

TEST_F(InvoicePages, AgingBucketMatchesTheAgingReport)
{
    const AgingReport aging = m_ledger->aging(m_today);
    for (int bucket = 0; bucket < AgingReport::BucketCount; ++bucket) {
        Query query;
        query.state = State::Open;
        query.agingBucket = bucket;
        qint64 sum = 0;
        for (const auto& row : m_ledger->invoicePage(query, m_today, 0, 100))
            sum += row.balance;
        EXPECT_EQ(sum, aging.currencies()[0].totals.buckets[bucket]) << "bucket " << bucket;
    }
}

TEST_F(InvoicePages, BalanceFollowsPaymentsAtTheAsOfDate)
{
    m_ledger->recordPayment(QStringLiteral("ALD"), Money(2500, Currency::require(QStringLiteral("USD"))),
                            QDate(2026, 3, 15), PaymentMethod::Cash, {}, m_numbers[0]);
    Query query;
    query.text = m_numbers[0];
    ASSERT_EQ(m_ledger->invoiceCount(query, m_today), 1);
    EXPECT_EQ(m_ledger->invoicePage(query, m_today, 0, 1)[0].balance, 7500);
    EXPECT_EQ(m_ledger->invoicePage(query, QDate(2026, 3, 14), 0, 1)[0].balance, 10000);
    query.sort = InvoicePageRepository::SortKey::Balance;
    query.text.clear();
    query.descending = false;
    EXPECT_EQ(numbers(query).first(), m_numbers[0]);
}

TEST_F(InvoicePages, TextFindsNumberCodeOrNameAndCustomerFilters)
{
    Query query;
    query.text = QStringLiteral("customer bir"); // names are "Customer BIR"
    EXPECT_EQ(m_ledger->invoiceCount(query, m_today), 2);
    query.text = QStringLiteral("%"); // a wildcard typed by the user is just a character
    EXPECT_EQ(m_ledger->invoiceCount(query, m_today), 0);
    query.text.clear();
    query.customerCode = QStringLiteral("ALD");
    EXPECT_EQ(numbers(query).size(), 2);
}

TEST_F(InvoicePages, StatesSeparateDraftsPaidAndVoid)
{
    Invoice draft;
    draft.customerCode = QStringLiteral("ALD");
    InvoiceLine line;
    line.unitPrice = 500;
    draft.lines << line;
    m_ledger->createDraft(draft);
    m_ledger->voidInvoice(m_numbers[3], m_today);
    m_ledger->recordPayment(QStringLiteral("BIR"), Money(20000, Currency::require(QStringLiteral("USD"))), m_today,
                            PaymentMethod::Cash, {}, m_numbers[1]);
    auto count = [&](State state) {
        Query query;
        query.state = state;
        return m_ledger->invoiceCount(query, m_today);
    };
    EXPECT_EQ(count(State::Any), 5);
    EXPECT_EQ(count(State::Draft), 1);
    EXPECT_EQ(count(State::Void), 1);
    EXPECT_EQ(count(State::Paid), 1);
    EXPECT_EQ(count(State::Open), 2);
}
