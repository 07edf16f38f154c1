// The statement's figures from the account's entries (documents/AccountStatement), without a ledger.

#include "documents/AccountStatement.h"
#include "documents/DocumentLocale.h"
#include "documents/StatementBatch.h"
#include "errors/SettleError.h"

#include <gtest/gtest.h>

namespace settle {

namespace {

using Entry = StatementRepository::Entry;
using Kind = Entry::Kind;

Entry entry(Kind kind, QDate date, qint64 amount, const QString& currency = QStringLiteral("USD"))
{
    Entry e;
    e.kind = kind;
    e.date = date;
    e.amount = amount;
    e.currency = currency;
    return e;
}

StatementRepository::OpenInvoice open(const QString& number, QDate due, qint64 balance,
                                      const QString& currency = QStringLiteral("USD"))
{
    StatementRepository::OpenInvoice o;
    o.number = number;
    o.currency = currency;
    o.issueDate = due.addDays(-30);
    o.dueDate = due;
    o.total = balance;
    o.balance = balance;
    return o;
}

Customer customer()
{
    Customer c;
    c.code = QStringLiteral("C1");
    c.currency = QStringLiteral("USD");
    return c;
}

const QDate from(2026, 3, 1);
const QDate to(2026, 3, 31);

} // namespace

TEST(AccountStatement, OpeningIsEverythingBeforeThePeriodAndTheRunningBalanceAddsEachLine)
{
    const QList<Entry> entries{entry(Kind::Invoice, QDate(2026, 2, 1), 10000),
                               entry(Kind::Payment, QDate(2026, 2, 28), -4000),
                               entry(Kind::Invoice, from, 5000),
                               entry(Kind::Discount, QDate(2026, 3, 10), -100),
                               entry(Kind::CreditNote, QDate(2026, 3, 15), -900),
                               entry(Kind::Invoice, QDate(2026, 4, 1), 7777)}; // after the period: left out
    const auto s = AccountStatement::assemble(AccountStatement::Kind::Activity, customer(), from, to, entries,
                                              {open(QStringLiteral("I1"), QDate(2026, 3, 3), 6000),
                                               open(QStringLiteral("I2"), QDate(2026, 4, 5), 4000)},
                                              {});
    ASSERT_EQ(s.sections.size(), 1);
    const auto& section = s.sections.first();
    EXPECT_EQ(section.opening, 6000);
    ASSERT_EQ(section.lines.size(), 3);
    EXPECT_EQ(section.lines[0].balance, 11000);
    EXPECT_EQ(section.lines[1].balance, 10900);
    EXPECT_EQ(section.lines[2].balance, 10000);
    EXPECT_EQ(section.closing, 10000);
    EXPECT_EQ(section.aging[AgingReport::Days1To30], 6000); // 28 days past due on 03-31
    EXPECT_EQ(section.aging[AgingReport::Current], 4000);
    EXPECT_EQ(section.agingTotal, 10000);
    ASSERT_EQ(section.open.size(), 2);
    EXPECT_EQ(section.open[0].daysOverdue, 28);
    EXPECT_EQ(section.open[1].daysOverdue, 0);
}

TEST(AccountStatement, ACustomerWithNothingInThePeriodHasOpeningEqualToClosing)
{
    const auto s = AccountStatement::assemble(AccountStatement::Kind::Activity, customer(), from, to,
                                              {entry(Kind::Invoice, QDate(2025, 12, 1), 2500)},
                                              {open(QStringLiteral("I1"), QDate(2025, 12, 31), 2500)}, {});
    ASSERT_EQ(s.sections.size(), 1);
    EXPECT_TRUE(s.sections.first().lines.isEmpty());
    EXPECT_EQ(s.sections.first().opening, 2500);
    EXPECT_EQ(s.sections.first().closing, 2500);
    EXPECT_EQ(s.sections.first().aging[AgingReport::Days61To90], 2500);
}

TEST(AccountStatement, ACustomerWithNoHistoryGetsOneEmptySectionInItsCurrency)
{
    Customer c = customer();
    c.currency = QStringLiteral("EUR");
    const auto s = AccountStatement::assemble(AccountStatement::Kind::Activity, c, from, to, {}, {}, {});
    ASSERT_EQ(s.sections.size(), 1);
    EXPECT_EQ(s.sections.first().currency, QStringLiteral("EUR"));
    EXPECT_EQ(s.sections.first().closing, 0);
}

TEST(AccountStatement, EachCurrencyHasItsOwnSectionAndSettledOnesAreLeftOut)
{
    const QList<Entry> entries{entry(Kind::Invoice, QDate(2026, 1, 5), 3000, QStringLiteral("EUR")),
                               entry(Kind::Invoice, QDate(2026, 3, 5), 1000),
                               entry(Kind::Invoice, QDate(2025, 1, 1), 500, QStringLiteral("JPY")),
                               entry(Kind::Payment, QDate(2025, 2, 1), -500, QStringLiteral("JPY"))};
    const auto s = AccountStatement::assemble(AccountStatement::Kind::Activity, customer(), from, to, entries,
                                              {}, {{QStringLiteral("EUR"), 0}});
    ASSERT_EQ(s.sections.size(), 2);
    EXPECT_EQ(s.sections[0].currency, QStringLiteral("EUR"));
    EXPECT_EQ(s.sections[0].opening, 3000);
    EXPECT_EQ(s.sections[1].currency, QStringLiteral("USD"));
    EXPECT_EQ(s.sections[1].closing, 1000);
}

TEST(AccountStatement, CreditOnAccountIsTheDifferenceBetweenTheAgingAndTheBalance)
{
    const QList<Entry> entries{entry(Kind::Invoice, QDate(2026, 3, 2), 1000),
                               entry(Kind::Payment, QDate(2026, 3, 3), -1500)};
    const auto s = AccountStatement::assemble(AccountStatement::Kind::Activity, customer(), from, to, entries,
                                              {}, {{QStringLiteral("USD"), 500}});
    ASSERT_EQ(s.sections.size(), 1);
    EXPECT_EQ(s.sections.first().closing, -500);
    EXPECT_EQ(s.sections.first().credit, 500);
    EXPECT_EQ(s.sections.first().agingTotal - s.sections.first().credit, s.sections.first().closing);
}

TEST(AccountStatement, OpenItemsKeepOnlyWhatIsUnpaid)
{
    const auto s = AccountStatement::assemble(AccountStatement::Kind::OpenItems, customer(), from, to,
                                              {entry(Kind::Invoice, QDate(2026, 3, 2), 1000)},
                                              {open(QStringLiteral("I1"), QDate(2026, 4, 1), 1000)}, {});
    EXPECT_TRUE(s.sections.first().lines.isEmpty());
    EXPECT_EQ(s.sections.first().open.size(), 1);
}

TEST(AccountStatement, APeriodEndingBeforeItStartsIsAUsageError)
{
    try {
        AccountStatement::assemble(AccountStatement::Kind::Activity, customer(), to, from, {}, {}, {});
        FAIL();
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::Usage);
        EXPECT_EQ(e.message(), QStringLiteral("the period ends (2026-03-01) before it starts (2026-03-31)"));
    }
}

TEST(StatementBatchFileName, KeepsOnlySafeCharacters)
{
    EXPECT_EQ(StatementBatch::fileName(QStringLiteral("C001")), QStringLiteral("C001.pdf"));
    EXPECT_EQ(StatementBatch::fileName(QStringLiteral("A/B:c d")), QStringLiteral("A_B_c_d.pdf"));
    EXPECT_EQ(StatementBatch::fileName(QStringLiteral("..")), QStringLiteral("_...pdf"));
    EXPECT_EQ(StatementBatch::fileName(QStringLiteral("Müller")), QStringLiteral("M_ller.pdf"));
    EXPECT_EQ(StatementBatch::fileName(QString()), QStringLiteral("_.pdf"));
}

TEST(DocumentLocale, AmountsAndDatesInTheCustomersLanguage)
{
    const DocumentLocale en(QStringLiteral("en"));
    EXPECT_EQ(en.amount(123450, QStringLiteral("USD")), QStringLiteral("1,234.50"));
    EXPECT_EQ(en.date(QDate(2026, 3, 10)), QStringLiteral("2026-03-10"));
    const DocumentLocale de(QStringLiteral("de"));
    EXPECT_EQ(de.amount(123450, QStringLiteral("EUR")), QStringLiteral("1.234,50"));
    EXPECT_EQ(de.date(QDate(2026, 3, 10)), QStringLiteral("10.03.2026"));
    EXPECT_EQ(de.text("Closing balance"), QStringLiteral("Endsaldo"));
    const DocumentLocale us(QStringLiteral("en-US"));
    EXPECT_EQ(us.date(QDate(2026, 3, 10)), QStringLiteral("3/10/2026"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("ja")).amount(1234, QStringLiteral("JPY")),
              QStringLiteral("1,234"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("fr")).text("Closing balance"), QStringLiteral("Solde final"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("pt")).text("Closing balance"), QStringLiteral("Closing balance"));
}

} // namespace settle
