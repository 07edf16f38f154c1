// The behaviour, forecast and DSO reports read from a real ledger file: what the ledger's own rules
// (partial payments, credit notes, discounts, voids, write-offs, as-of dates) feed them.
#include "TempLedger.h"

#include "followup/InvoiceEvents.h"
#include "reports/BehaviourReports.h"
#include "storage/AuditLog.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::TempLedger;

namespace {

const QString C001 = QStringLiteral("C001");
const QString C002 = QStringLiteral("C002");
const QString C004 = QStringLiteral("C004");

Money money(qint64 minor, const char* currency = "USD")
{
    return Money(minor, Currency::require(QString::fromLatin1(currency)));
}

void pay(TempLedger& ledger, const QString& customer, qint64 cents, QDate on, const QString& invoice = {},
         const char* currency = "USD")
{
    ledger->recordPayment(customer, money(cents, currency), on, PaymentMethod::BankTransfer, {}, invoice);
}

QString addInvoiceIn(TempLedger& ledger, const QString& customer, QDate issued, qint64 minor, const char* currency)
{
    Invoice draft;
    draft.customerCode = customer;
    draft.issueDate = issued;
    draft.currency = QString::fromLatin1(currency);
    InvoiceLine line;
    line.description = QStringLiteral("Services");
    line.unitPrice = minor;
    draft.lines << line;
    return ledger->issue(ledger->createDraft(draft), issued).number;
}

} // namespace

TEST(PaymentBehaviourLedger, PartialPaymentsCountAsPaidOnTheDayTheBalanceReachedZero)
{
    TempLedger ledger;
    ledger.addCustomer(C001);
    // Issued 2026-01-01, due 2026-01-31 (Net 30); 400.00 on 01-20, the last 600.00 on 02-05.
    const QString inv = ledger.addInvoice(C001, QDate(2026, 1, 1), 100000);
    pay(ledger, C001, 40000, QDate(2026, 1, 20), inv);
    pay(ledger, C001, 60000, QDate(2026, 2, 5), inv);
    BehaviourReports reports(*ledger);

    const auto now = reports.customers(QDate(2026, 3, 31));
    ASSERT_EQ(now.rated().size(), 1);
    const auto c = now.rated().first();
    EXPECT_EQ(c.paidInvoices, 1);
    EXPECT_EQ(c.medianDaysToPay->toString(), QStringLiteral("35")); // 01-01 -> 02-05
    EXPECT_EQ(c.medianDaysLate->toString(), QStringLiteral("5"));   // 01-31 -> 02-05
    EXPECT_EQ(c.onTimeShare(), QStringLiteral("0.00"));

    // On 02-04 it was not paid yet: no rating, 600.00 overdue by 4 days.
    const auto before = reports.customers(QDate(2026, 2, 4));
    EXPECT_TRUE(before.rated().isEmpty());
    ASSERT_EQ(before.unrated().size(), 1);
    EXPECT_EQ(before.unrated().first().overdue.value(QStringLiteral("USD")), 60000);
    EXPECT_EQ(before.unrated().first().oldestOverdueDays, 4);

    // On 01-19 the whole 1000.00 was open and due in 12 days; with no history it is predicted on its due date.
    const auto forecast = reports.forecast(QDate(2026, 1, 19));
    ASSERT_EQ(forecast.currencies().size(), 1);
    EXPECT_EQ(forecast.currencies().first().weeks[1].expected, 100000); // week 2: 01-26 .. 02-01
    EXPECT_EQ(forecast.currencies().first().weeks[1].start, QDate(2026, 1, 26));
}

TEST(PaymentBehaviourLedger, VoidWrittenOffAndCreditNoteOnlyInvoicesAreNotPaidInvoices)
{
    TempLedger ledger;
    ledger.addCustomer(C004);
    const QDate issued(2026, 1, 5); // due 2026-02-04
    const QString voided = ledger.addInvoice(C004, issued, 10000);
    ledger->voidInvoice(voided, QDate(2026, 1, 6));
    const QString credited = ledger.addInvoice(C004, issued, 20000);
    ledger->issueCreditNote(credited, money(20000), QDate(2026, 1, 10), QStringLiteral("cancelled order"));
    const QString writtenOff = ledger.addInvoice(C004, issued, 30000);
    ledger->writeOff(writtenOff, QDate(2026, 3, 1));
    // Part credit note, the rest paid: a paid invoice, paid when the payment brought it to zero.
    const QString mixed = ledger.addInvoice(C004, issued, 40000);
    ledger->issueCreditNote(mixed, money(30000), QDate(2026, 1, 10), QStringLiteral("returned goods"));
    pay(ledger, C004, 10000, QDate(2026, 2, 10), mixed);
    BehaviourReports reports(*ledger);

    const auto c = reports.customers(QDate(2026, 3, 31)).rated().first();
    EXPECT_EQ(c.paidInvoices, 1);
    EXPECT_EQ(c.medianDaysLate->toString(), QStringLiteral("6")); // 02-04 -> 02-10
    EXPECT_TRUE(c.overdue.isEmpty());

    // On 2026-02-01: the written-off one (300.00) and the rest of the mixed one (100.00) were open; the
    // credited one was closed and the void one never counts.
    const auto forecast = reports.forecast(QDate(2026, 2, 1));
    ASSERT_EQ(forecast.predictions().size(), 2);
    EXPECT_EQ(forecast.currencies().first().total, 40000);
    // And today nothing is open.
    EXPECT_TRUE(reports.forecast(QDate(2026, 3, 31)).currencies().isEmpty());
}

TEST(PaymentBehaviourLedger, DiscountWindowAndExtendedDueDates)
{
    TempLedger ledger;
    ledger.addCustomer(C002, QStringLiteral("2/10 Net 30"));
    const QDate issued(2026, 3, 1); // discount until 03-11, due 03-31
    const QString early = ledger.addInvoice(C002, issued, 10000);
    const QString onTime = ledger.addInvoice(C002, issued, 10000);
    const QString extended = ledger.addInvoice(C002, issued, 10000);
    pay(ledger, C002, 9800, QDate(2026, 3, 11), early); // 2 % off inside the window settles it
    pay(ledger, C002, 10000, QDate(2026, 3, 20), onTime);
    ledger.clock().setToday(QDate(2026, 3, 25));
    InvoiceEvents(*ledger).extend(extended, QDate(2026, 4, 15));
    pay(ledger, C002, 10000, QDate(2026, 4, 10), extended);
    BehaviourReports reports(*ledger);

    const auto c = reports.customers(QDate(2026, 4, 30)).rated().first();
    EXPECT_EQ(c.paidInvoices, 3);
    EXPECT_EQ(c.discountInvoices, 3);
    EXPECT_EQ(c.paidWithinDiscount, 1);
    EXPECT_EQ(c.discountShare(), QStringLiteral("0.33"));
    // days late: 03-11 - 03-31 = -20, 03-20 - 03-31 = -11, 04-10 - 04-15 = -5 (the extended date counts)
    EXPECT_EQ(c.medianDaysLate->toString(), QStringLiteral("-11"));
    EXPECT_EQ(c.averageDaysLate(), QStringLiteral("-12"));
    EXPECT_EQ(c.onTimeShare(), QStringLiteral("1.00"));
    EXPECT_EQ(c.rating, PaymentBehaviour::Rating::Reliable);
}

TEST(PaymentBehaviourLedger, MixedCurrenciesAreNeverSummedAcross)
{
    TempLedger ledger;
    ledger.addCustomer(C001);
    const QString usd = ledger.addInvoice(C001, QDate(2026, 1, 1), 10000);              // due 01-31
    const QString eur = addInvoiceIn(ledger, C001, QDate(2026, 1, 15), 25000, "EUR");  // due 02-14
    const QString jpy = addInvoiceIn(ledger, C001, QDate(2026, 1, 15), 5000, "JPY");   // due 02-14
    pay(ledger, C001, 5000, QDate(2026, 2, 20), jpy, "JPY");
    BehaviourReports reports(*ledger);

    const auto c = reports.customers(QDate(2026, 3, 31)).rated().first();
    EXPECT_EQ(c.paidInvoices, 1); // the JPY one, 6 days late; days are days in any currency
    EXPECT_EQ(c.medianDaysLate->toString(), QStringLiteral("6"));
    EXPECT_EQ(c.overdue.size(), 2);
    EXPECT_EQ(c.overdue.value(QStringLiteral("USD")), 10000);
    EXPECT_EQ(c.overdue.value(QStringLiteral("EUR")), 25000);

    const auto forecast = reports.forecast(QDate(2026, 3, 31));
    ASSERT_EQ(forecast.currencies().size(), 2);
    EXPECT_EQ(forecast.currencies()[0].currency, QStringLiteral("EUR"));
    EXPECT_EQ(forecast.currencies()[0].pastPrediction, 25000); // due 02-14 + 6 = 02-20, passed
    EXPECT_EQ(forecast.currencies()[1].currency, QStringLiteral("USD"));
    EXPECT_EQ(forecast.currencies()[1].pastPrediction, 10000);

    const auto dso = reports.dso(QDate(2026, 3, 31));
    ASSERT_EQ(dso.currencies().size(), 3);
    EXPECT_EQ(dso.currencies()[1].currency, QStringLiteral("JPY"));
    EXPECT_EQ(dso.currencies()[1].period.receivables, 0);
    EXPECT_EQ(dso.currencies()[1].period.creditSales, 5000);
    EXPECT_EQ(dso.currencies()[1].period.dsoText(), QStringLiteral("0.0"));
    Q_UNUSED(usd);
    Q_UNUSED(eur);
}

TEST(PaymentBehaviourLedger, DsoByHandOverAPeriodAndItsMonths)
{
    TempLedger ledger;
    ledger.addCustomer(C001);
    const QString december = ledger.addInvoice(C001, QDate(2025, 12, 15), 70000); // open throughout
    const QString january = ledger.addInvoice(C001, QDate(2026, 1, 10), 100000);
    const QString february = ledger.addInvoice(C001, QDate(2026, 2, 10), 50000);
    const QString march = ledger.addInvoice(C001, QDate(2026, 3, 20), 30000);
    const QString voided = ledger.addInvoice(C001, QDate(2026, 3, 1), 25000);
    ledger->voidInvoice(voided, QDate(2026, 3, 2));
    pay(ledger, C001, 100000, QDate(2026, 2, 15), january);
    pay(ledger, C001, 20000, QDate(2026, 3, 5), february);
    Q_UNUSED(december);
    Q_UNUSED(march);

    const auto dso = BehaviourReports(*ledger).dso(QDate(2026, 3, 31));
    ASSERT_EQ(dso.currencies().size(), 1);
    const auto& usd = dso.currencies().first();
    // 2026-01-01 .. 03-31 (90 days): owed 300 + 300 + 700 = 1300.00, sold 1000 + 500 + 300 = 1800.00
    EXPECT_EQ(usd.period.start, QDate(2026, 1, 1));
    EXPECT_EQ(usd.period.receivables, 130000);
    EXPECT_EQ(usd.period.creditSales, 180000);
    EXPECT_EQ(usd.period.dsoText(), QStringLiteral("65.0"));
    ASSERT_EQ(usd.months.size(), 12);
    // March: 1300 / 300 × 31 = 134.33…
    EXPECT_EQ(usd.months[11].dsoText(), QStringLiteral("134.3"));
    // February (28 days): owed 500 + 700 at 02-28, sold 500: 67.2
    EXPECT_EQ(usd.months[10].receivables, 120000);
    EXPECT_EQ(usd.months[10].dsoText(), QStringLiteral("67.2"));
    // January: owed 1000 + 700, sold 1000: 52.7
    EXPECT_EQ(usd.months[9].dsoText(), QStringLiteral("52.7"));
    // December: owed 700 of 700 sold over 31 days
    EXPECT_EQ(usd.months[8].dsoText(), QStringLiteral("31.0"));
    // November: nothing sold, nothing owed: no DSO
    EXPECT_EQ(usd.months[7].creditSales, 0);
    EXPECT_FALSE(usd.months[7].dsoTenths().has_value());

    // The same period seen from 2026-02-28: March's invoices and payments do not exist yet.
    const auto earlier = BehaviourReports(*ledger).dso(QDate(2026, 2, 28), QDate(2026, 2, 1));
    EXPECT_EQ(earlier.currencies().first().period.receivables, 120000);
    EXPECT_EQ(earlier.currencies().first().period.creditSales, 50000);
}

TEST(PaymentBehaviourLedger, AReportDateBeforeTheFirstInvoiceShowsNothing)
{
    TempLedger ledger;
    ledger.addCustomer(C001);
    const QString inv = ledger.addInvoice(C001, QDate(2026, 1, 1), 10000);
    pay(ledger, C001, 10000, QDate(2026, 1, 10), inv);
    BehaviourReports reports(*ledger);
    const QDate before(2025, 12, 31);
    const auto customers = reports.customers(before);
    EXPECT_TRUE(customers.rated().isEmpty());
    ASSERT_EQ(customers.unrated().size(), 1);
    EXPECT_TRUE(customers.unrated().first().overdue.isEmpty());
    EXPECT_TRUE(reports.forecast(before).currencies().isEmpty());
    EXPECT_TRUE(reports.dso(before).currencies().isEmpty());
}

TEST(PaymentBehaviourLedger, RatingThresholdsAreLedgerSettings)
{
    TempLedger ledger;
    ledger.addCustomer(C001);
    // Two invoices due 01-31: one on time, one 3 days late -> share 0.50.
    const QString a = ledger.addInvoice(C001, QDate(2026, 1, 1), 10000);
    const QString b = ledger.addInvoice(C001, QDate(2026, 1, 1), 10000);
    pay(ledger, C001, 10000, QDate(2026, 1, 31), a);
    pay(ledger, C001, 10000, QDate(2026, 2, 3), b);
    BehaviourReports reports(*ledger);
    EXPECT_EQ(reports.customers(QDate(2026, 3, 31)).rated().first().rating, PaymentBehaviour::Rating::UsuallyLate);
    ledger->setSetting(RatingRules::reliableOnTimeShareKey, QStringLiteral("0.50"));
    EXPECT_EQ(reports.customers(QDate(2026, 3, 31)).rated().first().rating, PaymentBehaviour::Rating::Reliable);
    ledger->setSetting(RatingRules::atRiskMedianDaysLateKey, QStringLiteral("1"));
    EXPECT_EQ(reports.customers(QDate(2026, 3, 31)).rated().first().rating, PaymentBehaviour::Rating::AtRisk);
    EXPECT_THROW(ledger->setSetting(RatingRules::atRiskMedianDaysLateKey, QStringLiteral("soon")), SettleError)
        << "nonsense is refused at the door";
    EXPECT_EQ(reports.customers(QDate(2026, 3, 31)).rated().first().rating, PaymentBehaviour::Rating::AtRisk)
        << "and the setting kept";
    // A ledger written before the check may still hold nonsense: the report refuses to guess.
    QSqlQuery(ledger->database().connection())
        .exec(QStringLiteral("UPDATE settings SET value = 'soon' WHERE key = '%1'").arg(RatingRules::atRiskMedianDaysLateKey));
    EXPECT_THROW(reports.customers(QDate(2026, 3, 31)), SettleError);
}

TEST(PaymentBehaviourLedger, OpenDisputesFollowTheDisputeAndResolveHistory)
{
    TempLedger ledger;
    ledger.addCustomer(C001);
    const QString a = ledger.addInvoice(C001, QDate(2026, 1, 1), 10000);
    const QString b = ledger.addInvoice(C001, QDate(2026, 1, 1), 10000);
    InvoiceEvents events(*ledger);
    events.dispute(a, QStringLiteral("wrong quantity"), QDate(2026, 2, 10));
    events.resolve(a, QDate(2026, 3, 10));
    events.dispute(b, QStringLiteral("never delivered"), QDate(2026, 2, 20));
    events.resolve(b, QDate(2026, 2, 20)); // settled the same day
    BehaviourReports reports(*ledger);
    auto disputes = [&](QDate d) { return reports.customers(d).unrated().first().openDisputes; };
    EXPECT_EQ(disputes(QDate(2026, 2, 9)), 0);
    EXPECT_EQ(disputes(QDate(2026, 2, 10)), 1);
    EXPECT_EQ(disputes(QDate(2026, 2, 20)), 1); // b's dispute was resolved the day it was raised
    EXPECT_EQ(disputes(QDate(2026, 3, 9)), 1);
    EXPECT_EQ(disputes(QDate(2026, 3, 10)), 0);
    events.dispute(a, QStringLiteral("still wrong"), QDate(2026, 3, 20));
    EXPECT_EQ(disputes(QDate(2026, 3, 15)), 0);
    EXPECT_EQ(disputes(QDate(2026, 3, 20)), 1);
}

TEST(PaymentBehaviourLedger, BrokenPromisesCountFromTheDayAfterTheirUntilDate)
{
    TempLedger ledger;
    ledger.addCustomer(C001);
    // A punctual payer (reliable) who then breaks two promises.
    const QString paid = ledger.addInvoice(C001, QDate(2026, 1, 1), 10000);
    pay(ledger, C001, 10000, QDate(2026, 1, 30), paid);
    const QString a = ledger.addInvoice(C001, QDate(2026, 1, 10), 10000); // due 02-09
    const QString b = ledger.addInvoice(C001, QDate(2026, 1, 10), 10000);
    const QString kept = ledger.addInvoice(C001, QDate(2026, 1, 10), 10000);
    InvoiceEvents events(*ledger);
    ledger.clock().setToday(QDate(2026, 2, 12));
    events.promise(a, QDate(2026, 2, 15));
    events.promise(b, QDate(2026, 2, 20));
    events.promise(kept, QDate(2026, 2, 20));
    pay(ledger, C001, 5000, QDate(2026, 2, 14), a); // half is not enough
    pay(ledger, C001, 10000, QDate(2026, 2, 19), kept);
    // What the follow-up run does first each time it runs, inside its write.
    ledger->write(Ledger::Changes(),
                  [&](AuditLog&) { EXPECT_EQ(events.judgePromises(QDate(2026, 3, 1)).size(), 3); });
    BehaviourReports reports(*ledger);
    auto customer = [&](QDate d) { return reports.customers(d).rated().first(); };
    EXPECT_EQ(*customer(QDate(2026, 2, 15)).brokenPromises, 0);
    EXPECT_EQ(*customer(QDate(2026, 2, 16)).brokenPromises, 1); // a: judged broken the day after 02-15
    const auto later = customer(QDate(2026, 2, 21));
    EXPECT_EQ(*later.brokenPromises, 2); // b too; the kept one never counts
    EXPECT_EQ(later.rating, PaymentBehaviour::Rating::AtRisk);
    EXPECT_EQ(later.ratingReason, QStringLiteral("2 broken promises to pay (at risk from 2)"));
}

TEST(PaymentBehaviourLedger, AnExtensionRecordedAfterTheReportDateDoesNotCountYet)
{
    TempLedger ledger;
    ledger.addCustomer(C001);
    const QString inv = ledger.addInvoice(C001, QDate(2026, 1, 1), 10000); // due 01-31
    ledger.clock().setToday(QDate(2026, 2, 20));
    InvoiceEvents(*ledger).extend(inv, QDate(2026, 3, 15));
    BehaviourReports reports(*ledger);

    const auto before = reports.customers(QDate(2026, 2, 10)).unrated().first();
    EXPECT_EQ(before.oldestOverdueDays, 10); // still due 01-31 on 02-10
    const auto forecastBefore = reports.forecast(QDate(2026, 2, 10));
    EXPECT_EQ(forecastBefore.predictions().first().predicted, QDate(2026, 1, 31));
    EXPECT_EQ(forecastBefore.currencies().first().pastPrediction, 10000);

    const auto after = reports.customers(QDate(2026, 2, 20)).unrated().first();
    EXPECT_TRUE(after.overdue.isEmpty()); // due 03-15 from the day it was extended
    EXPECT_EQ(reports.forecast(QDate(2026, 2, 20)).predictions().first().predicted, QDate(2026, 3, 15));
}
