#include "reports/CashForecast.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

const QDate asOf(2026, 3, 31);

PaidInvoice paid(const char* customer, int late)
{
    PaidInvoice p;
    p.customer = QString::fromLatin1(customer);
    p.number = QStringLiteral("P-%1").arg(late);
    p.currency = QStringLiteral("USD");
    p.issueDate = QDate(2025, 12, 1);
    p.effectiveDueDate = QDate(2025, 12, 31);
    p.paidOn = p.effectiveDueDate.addDays(late);
    return p;
}

OpenInvoice open(const char* customer, const char* number, QDate due, qint64 balance, const char* currency = "USD")
{
    return OpenInvoice{QString::fromLatin1(customer), QString::fromLatin1(number), QString::fromLatin1(currency), due,
                       balance, false};
}

const CashForecast::Prediction& predictionFor(const CashForecast& f, const char* number)
{
    for (const auto& p : f.predictions())
        if (p.invoice.number == QString::fromLatin1(number))
            return p;
    throw std::runtime_error("no prediction");
}

} // namespace

TEST(CashForecast, UsesTheCustomersMedianFromThreePaidInvoices)
{
    // C001 pays 4, 6 and 20 days late: median 6. C002 has two paid invoices (30, 31 late): too few,
    // so the ledger-wide median over all five applies: 4 6 20 30 31 -> 20.
    const auto f = CashForecast::build(asOf, {paid("C001", 4), paid("C001", 6), paid("C001", 20), paid("C002", 30),
                                              paid("C002", 31)},
                                       {open("C001", "A", QDate(2026, 4, 10), 100), open("C002", "B", QDate(2026, 4, 10), 200),
                                        open("C003", "C", QDate(2026, 4, 10), 300)});
    EXPECT_EQ(f.ledgerMedianDaysLate()->toString(), QStringLiteral("20"));
    const auto& a = predictionFor(f, "A");
    EXPECT_EQ(a.basis, CashForecast::Basis::Customer);
    EXPECT_EQ(a.offsetDays, 6);
    EXPECT_EQ(a.predicted, QDate(2026, 4, 16));
    const auto& b = predictionFor(f, "B");
    EXPECT_EQ(b.basis, CashForecast::Basis::Ledger);
    EXPECT_EQ(b.predicted, QDate(2026, 4, 30));
    EXPECT_EQ(predictionFor(f, "C").basis, CashForecast::Basis::Ledger); // no history at all
}

TEST(CashForecast, AHalfDayMedianRoundsAwayFromZero)
{
    // Ledger median of 1 and 2 days late = 1.5 -> 2; of -1 and -2 = -1.5 -> -2.
    auto f = CashForecast::build(asOf, {paid("C001", 1), paid("C001", 2)}, {open("C009", "A", QDate(2026, 4, 10), 1)});
    EXPECT_EQ(predictionFor(f, "A").predicted, QDate(2026, 4, 12));
    f = CashForecast::build(asOf, {paid("C001", -1), paid("C001", -2)}, {open("C009", "A", QDate(2026, 4, 10), 1)});
    EXPECT_EQ(predictionFor(f, "A").predicted, QDate(2026, 4, 8));
    // The customer's own even-count median: 0 1 2 5 -> 1.5 -> 2
    f = CashForecast::build(asOf, {paid("C001", 0), paid("C001", 1), paid("C001", 2), paid("C001", 5)},
                            {open("C001", "A", QDate(2026, 4, 10), 1)});
    EXPECT_EQ(predictionFor(f, "A").basis, CashForecast::Basis::Customer);
    EXPECT_EQ(predictionFor(f, "A").predicted, QDate(2026, 4, 12));
}

TEST(CashForecast, WeeksRunFromTheReportDateAndPastPredictionsStayApart)
{
    // No paid invoices anywhere: each invoice is predicted on its due date.
    const auto f = CashForecast::build(asOf, {},
                                       {open("C001", "past", asOf.addDays(-1), 1), open("C001", "w1a", asOf, 10),
                                        open("C001", "w1b", asOf.addDays(6), 100), open("C001", "w2", asOf.addDays(7), 1000),
                                        open("C001", "w12", asOf.addDays(83), 10000),
                                        open("C001", "later", asOf.addDays(84), 100000)});
    EXPECT_EQ(predictionFor(f, "w1a").basis, CashForecast::Basis::DueDate);
    ASSERT_EQ(f.currencies().size(), 1);
    const auto& usd = f.currencies().first();
    EXPECT_EQ(usd.pastPrediction, 1);
    ASSERT_EQ(usd.weeks.size(), 12);
    EXPECT_EQ(usd.weeks[0].start, asOf);
    EXPECT_EQ(usd.weeks[0].end, QDate(2026, 4, 6));
    EXPECT_EQ(usd.weeks[0].expected, 110);
    EXPECT_EQ(usd.weeks[1].start, QDate(2026, 4, 7));
    EXPECT_EQ(usd.weeks[1].expected, 1000);
    EXPECT_EQ(usd.weeks[11].start, asOf.addDays(77));
    EXPECT_EQ(usd.weeks[11].end, asOf.addDays(83));
    EXPECT_EQ(usd.weeks[11].expected, 10000);
    for (int k = 2; k < 11; ++k)
        EXPECT_EQ(usd.weeks[k].expected, 0) << k;
    EXPECT_EQ(usd.later, 100000);
    EXPECT_EQ(usd.total, 111111);
}

TEST(CashForecast, CurrenciesAreNeverSummedAcross)
{
    const auto f = CashForecast::build(asOf, {},
                                       {open("C001", "A", asOf, 500, "USD"), open("C001", "B", asOf, 700, "EUR"),
                                        open("C002", "C", asOf.addDays(-3), 900, "JPY")});
    ASSERT_EQ(f.currencies().size(), 3);
    EXPECT_EQ(f.currencies()[0].currency, QStringLiteral("EUR"));
    EXPECT_EQ(f.currencies()[0].weeks[0].expected, 700);
    EXPECT_EQ(f.currencies()[1].currency, QStringLiteral("JPY"));
    EXPECT_EQ(f.currencies()[1].pastPrediction, 900);
    EXPECT_EQ(f.currencies()[1].weeks[0].expected, 0);
    EXPECT_EQ(f.currencies()[2].currency, QStringLiteral("USD"));
    EXPECT_EQ(f.currencies()[2].weeks[0].expected, 500);
    const QString json = f.toJson().dump(-1);
    EXPECT_TRUE(json.contains(QStringLiteral("{\"currency\":\"JPY\",\"past_prediction\":\"900\",\"weeks\":["
                                             "{\"start\":\"2026-03-31\",\"end\":\"2026-04-06\",\"expected\":\"0\"}")))
        << json.toStdString();
}

TEST(CashForecast, PaymentsAfterTheReportDateAreNotHistory)
{
    PaidInvoice future = paid("C001", 50);
    future.paidOn = asOf.addDays(1);
    const auto f = CashForecast::build(asOf, {future}, {open("C001", "A", asOf, 1)});
    EXPECT_FALSE(f.ledgerMedianDaysLate().has_value());
    EXPECT_EQ(predictionFor(f, "A").basis, CashForecast::Basis::DueDate);
}
