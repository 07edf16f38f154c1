// settle-cli statement / statements / invoice pdf / letter as docs/CLI.md has them: real binary, real
// PDFs, and the exit status of each kind of bad input.

#include "CliRunner.h"
#include "FollowupTestLedger.h"
#include "PdfProbe.h"
#include "TempLedger.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace settle::test {

namespace {

struct CliLedger
{
    CliLedger()
    {
        ledger.addCustomer(QStringLiteral("C1"));
        ledger.addCustomer(QStringLiteral("C2"));
        ledger.addCustomer(QStringLiteral("PAID"));
        ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 2, 1), 100000);
        ledger.addInvoice(QStringLiteral("C2"), QDate(2026, 3, 10), 2500);
        const QString paid = ledger.addInvoice(QStringLiteral("PAID"), QDate(2026, 1, 10), 5000);
        ledger->recordPayment(QStringLiteral("PAID"), Money(5000, Currency::require(QStringLiteral("USD"))),
                              QDate(2026, 1, 20), PaymentMethod::Card, QStringLiteral("r1"), paid);
        ledger.close();
    }
    TempLedger ledger;
    CliRunner cli{ledger.path()};
};

} // namespace

TEST(StatementCli, WritesOneStatementOfAccount)
{
    CliLedger l;
    const QString out = l.ledger.file(QStringLiteral("c1.pdf"));
    const auto r = l.cli.run({QStringLiteral("statement"), QStringLiteral("C1"), QStringLiteral("--from"),
                              QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                              QStringLiteral("2026-03-31"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
    const PdfProbe pdf(out);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Opening balance")), QStringLiteral("1,000.00"));
    EXPECT_EQ(pdf.infoValue(QStringLiteral("Author")), QStringLiteral("Test Company"));

    const QString items = l.ledger.file(QStringLiteral("c1-open.pdf"));
    EXPECT_EQ(l.cli
                  .run({QStringLiteral("statement"), QStringLiteral("C1"),
                        QStringLiteral("--from=2026-03-01"), QStringLiteral("--to=2026-03-31"),
                        QStringLiteral("--out"), items, QStringLiteral("--open-items")})
                  .exitCode,
              0);
    EXPECT_TRUE(PdfProbe(items).text().contains(QStringLiteral("Statement of open items")));
}

TEST(StatementCli, BadInputGivesAClearErrorAndWritesNothing)
{
    CliLedger l;
    const QString out = l.ledger.file(QStringLiteral("never.pdf"));
    auto statement = [&](const QString& customer, const QString& from, const QString& to,
                         const QString& file) {
        return l.cli.run({QStringLiteral("statement"), customer, QStringLiteral("--from"), from,
                          QStringLiteral("--to"), to, QStringLiteral("--out"), file});
    };
    const auto unknown =
        statement(QStringLiteral("NOPE"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"), out);
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no customer has the code \"NOPE\"")))
        << qPrintable(unknown.err);

    // A period that ends before it starts is a wrong command line (exit 2), as a malformed date is.
    const auto backwards =
        statement(QStringLiteral("C1"), QStringLiteral("2026-03-31"), QStringLiteral("2026-03-01"), out);
    EXPECT_EQ(backwards.exitCode, 2);
    EXPECT_TRUE(
        backwards.err.contains(QStringLiteral("the period ends (2026-03-01) before it starts (2026-03-31)")))
        << qPrintable(backwards.err);
    EXPECT_EQ(statement(QStringLiteral("C1"), QStringLiteral("2026-02-30"), QStringLiteral("2026-03-31"), out)
                  .exitCode,
              2);
    EXPECT_EQ(l.cli
                  .run({QStringLiteral("statement"), QStringLiteral("C1"), QStringLiteral("--from"),
                        QStringLiteral("2026-03-01"), QStringLiteral("--out"), out})
                  .exitCode,
              2)
        << "--to is required";

    const QString unwritable = l.ledger.file(QStringLiteral("no/such/folder/c1.pdf"));
    const auto cannot = statement(QStringLiteral("C1"), QStringLiteral("2026-03-01"),
                                  QStringLiteral("2026-03-31"), unwritable);
    EXPECT_EQ(cannot.exitCode, 1);
    EXPECT_TRUE(cannot.err.contains(unwritable)) << qPrintable(cannot.err);

    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_FALSE(QFileInfo::exists(unwritable));
}

TEST(StatementCli, StatementsWritesOneFilePerCustomerWithABalance)
{
    CliLedger l;
    const QString dir = l.ledger.file(QStringLiteral("statements"));
    const auto r = l.cli.run({QStringLiteral("statements"), QStringLiteral("--as-of"),
                              QStringLiteral("2026-03-31"), QStringLiteral("--out"), dir});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Wrote 2 statements as of 2026-03-31"))) << qPrintable(r.out);
    EXPECT_EQ(QDir(dir).entryList(QDir::Files),
              (QStringList{QStringLiteral("C1.pdf"), QStringLiteral("C2.pdf")}))
        << "PAID owes nothing";
    const PdfProbe c2(dir + QStringLiteral("/C2.pdf"));
    ASSERT_TRUE(c2.qpdfCheckPasses());
    // The period runs from the first of the month.
    EXPECT_TRUE(c2.text().contains(QStringLiteral("Period: 2026-03-01 – 2026-03-31")))
        << qPrintable(c2.text());
    EXPECT_EQ(c2.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("25.00"));

    const QString blocker = l.ledger.writeFile(QStringLiteral("a-file"), "x");
    const auto refused =
        l.cli.run({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31"),
                   QStringLiteral("--out"), blocker + QStringLiteral("/sub")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("cannot create the folder"))) << qPrintable(refused.err);
    EXPECT_EQ(
        l.cli.run({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31")})
            .exitCode,
        2);
}

TEST(StatementCli, InvoicePdfAndHelp)
{
    CliLedger l;
    const QString out = l.ledger.file(QStringLiteral("inv.pdf"));
    const auto r = l.cli.run({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-0001"),
                              QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const PdfProbe pdf(out);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_EQ(pdf.infoValue(QStringLiteral("Title")), QStringLiteral("Invoice INV-0001"));
    EXPECT_EQ(l.cli
                  .run({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-9999"),
                        QStringLiteral("--out"), out + QStringLiteral("x")})
                  .exitCode,
              3);
    // The other invoice verbs still work beside it.
    EXPECT_EQ(
        l.cli.run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-0001")}).exitCode,
        0);
    const auto help = l.cli.run({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("statements [--as-of DATE] --out DIR")));
    EXPECT_EQ(l.cli
                  .run({QStringLiteral("letter"), QStringLiteral("pdf"), QStringLiteral("42"),
                        QStringLiteral("--out"), out})
                  .exitCode,
              3);
}

TEST(StatementCli, LettersAreListedAndPrinted)
{
    FollowupTestLedger ledger(QDate(2026, 1, 1));
    ledger->setSetting(QStringLiteral("company.payment_details"), QStringLiteral("IBAN XX00 1111"));
    ledger.addCustomerWithEmail(QStringLiteral("C1"));
    ledger.addInvoiceOn(QStringLiteral("C1"), QDate(2026, 1, 1), 50000);
    for (QDate d(2026, 2, 1); d <= QDate(2026, 3, 31); d = d.addDays(1))
        ledger.runAt(d);
    ledger.close();
    const CliRunner cli(ledger.path());
    const auto list = cli.run({QStringLiteral("letter"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    const QStringList fields = list.out.split(u' ', Qt::SkipEmptyParts);
    ASSERT_GE(fields.size(), 5) << qPrintable(list.out);
    EXPECT_EQ(fields[2], QStringLiteral("C1"));
    EXPECT_EQ(fields[3], QStringLiteral("to_print"));
    const QString out = ledger.file(QStringLiteral("letter.pdf"));
    const auto printed =
        cli.run({QStringLiteral("letter"), QStringLiteral("pdf"), fields[0], QStringLiteral("--out"), out});
    ASSERT_EQ(printed.exitCode, 0) << qPrintable(printed.err);
    const PdfProbe pdf(out);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Open invoices as of"))) << qPrintable(pdf.text());
    EXPECT_EQ(cli.run({QStringLiteral("letter"), QStringLiteral("pdf"), fields[0]}).exitCode, 2)
        << "--out is required";
}

TEST(StatementCli, StatementsOfOpenItemsFromAChosenDay)
{
    CliLedger l;
    const QString dir = l.ledger.file(QStringLiteral("open"));
    const auto r =
        l.cli.run({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31"),
                   QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--open-items"),
                   QStringLiteral("--out"), dir});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const PdfProbe c1(dir + QStringLiteral("/C1.pdf"));
    EXPECT_TRUE(c1.text().contains(QStringLiteral("Statement of open items")));
    EXPECT_EQ(c1.fieldsOfLineStartingWith(QStringLiteral("INV-0001")).value(5), QStringLiteral("28"))
        << "due 2026-03-03, 28 days overdue on 03-31";
    EXPECT_EQ(l.cli
                  .run({QStringLiteral("statements"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31"),
                        QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--out"), dir})
                  .exitCode,
              2);
}

} // namespace settle::test
