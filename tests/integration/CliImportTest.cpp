#include "CliRunner.h"
#include "TestLocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::TestLocation;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(SETTLE_TEST_DATA "/") + QString::fromUtf8(name);
}

// A fresh ledger with the three sample files imported, and a way to write bad files beside it.
class CliImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli().run({"init", "--company", "Test Co", "--currency", "USD"}).exitCode, 0);
    }

    CliRunner cli() const { return CliRunner(m_location.ledger()); }

    QString write(const QString& name, const QByteArray& content)
    {
        QFile file(m_location.file(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    }

    void importSamples()
    {
        for (const char* kind : {"customers", "invoices", "payments"}) {
            const auto r = cli().run({"import", kind, dataFile((std::string(kind) + ".csv").c_str())});
            ASSERT_EQ(r.exitCode, 0) << kind << ": " << r.err.toStdString();
        }
    }

    QString snapshot()
    {
        QString all;
        for (const char* kind : {"customers", "invoices", "payments"})
            all += cli().run({"export", kind, "-"}).out;
        return all;
    }

    // Imports `content` as `kind`, expects exit status 3 with `expected` among the error lines and the
    // ledger unchanged.
    void expectRefused(const char* kind, const QByteArray& content, const QString& expected)
    {
        const QString before = snapshot();
        const QString path = write(QStringLiteral("bad.csv"), content);
        const CliResult r = cli().run({"import", kind, path});
        EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(path + u':' + expected)) << "stderr was:\n" << r.err.toStdString();
        EXPECT_EQ(snapshot(), before) << "a refused import changed the ledger";
    }

    TestLocation m_location;
};

} // namespace

TEST_F(CliImport, SampleFilesImportAndAgeCorrectly)
{
    importSamples();
    const CliResult r = cli().run({"aging", "--as-of", "2026-03-31", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // C001: INV-0001 = 1500 + 80.50 + 15.30 tax = 1595.80, due 02-09, paid 1000 on 02-15 -> 595.80, 50 days
    //       INV-0002 = 1000, due 03-22 -> 9 days
    // C002: INV-0003 = 1190.00, 2/10: paid 1166.20 on 03-08 (discount 23.80) -> settled
    // C003: INV-0004 = 55000 JPY, due 03-25, 10000 paid -> 45000, 6 days
    EXPECT_EQ(r.out.simplified(),
              QStringLiteral(R"({ "as_of": "2026-03-31", "currencies": [ { "currency": "JPY", "totals": { "current": "0", "1-30": "45000", "31-60": "0", "61-90": "0", "91+": "0", "total": "45000" }, "customers": [ { "customer": "C003", "current": "0", "1-30": "45000", "31-60": "0", "61-90": "0", "91+": "0", "total": "45000" } ] }, { "currency": "USD", "totals": { "current": "0.00", "1-30": "1000.00", "31-60": "595.80", "61-90": "0.00", "91+": "0.00", "total": "1595.80" }, "customers": [ { "customer": "C001", "current": "0.00", "1-30": "1000.00", "31-60": "595.80", "61-90": "0.00", "91+": "0.00", "total": "1595.80" } ] } ] })"));
}

TEST_F(CliImport, InvoiceShowJsonHasTheFieldsOfCliMd)
{
    importSamples();
    const CliResult r = cli().run({"invoice", "show", "INV-0003", "--as-of", "2026-03-31", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char* field : {"\"number\": \"INV-0003\"", "\"customer\": \"C002\"", "\"status\": \"paid\"",
                              "\"issue_date\": \"2026-03-01\"", "\"due_date\": \"2026-03-31\"",
                              "\"effective_due_date\": \"2026-03-31\"", "\"currency\": \"EUR\"",
                              "\"total\": \"1190.00\"", "\"tax\": \"190.00\"", "\"balance\": \"0.00\"",
                              "\"discount_until\": \"2026-03-11\"", "\"discount_amount\": \"23.80\"",
                              "\"disputed\": false", "\"promise_until\": null", "\"lines\"", "\"unit_price\": \"500.00\"",
                              "\"tax_rate\": \"19\"", "\"quantity\": \"2\"", "\"payments\"", "\"amount\": \"1166.20\"",
                              "\"method\": \"card\""})
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(field))) << field << "\n" << r.out.toStdString();
    // Before the payment it was open with its whole balance.
    const CliResult before = cli().run({"invoice", "show", "INV-0003", "--as-of", "2026-03-07", "--json"});
    EXPECT_TRUE(before.out.contains(QStringLiteral("\"status\": \"open\""))) << before.out.toStdString();
    EXPECT_TRUE(before.out.contains(QStringLiteral("\"balance\": \"1190.00\"")));
}

TEST_F(CliImport, ExportWritesWhatImportReads)
{
    importSamples();
    const QString first = snapshot();
    TestLocation other;
    CliRunner copy(other.ledger());
    ASSERT_EQ(copy.run({"init", "--currency", "USD"}).exitCode, 0);
    for (const char* kind : {"customers", "invoices", "payments"}) {
        const QString path = other.file(QString::fromUtf8(kind) + QStringLiteral(".csv"));
        ASSERT_EQ(cli().run({"export", kind, path}).exitCode, 0);
        const auto r = copy.run({"import", kind, path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString second;
    for (const char* kind : {"customers", "invoices", "payments"})
        second += copy.run({"export", kind, "-"}).out;
    EXPECT_EQ(first, second);
    EXPECT_EQ(cli().run({"aging", "--as-of", "2026-03-31", "--json"}).out,
              copy.run({"aging", "--as-of", "2026-03-31", "--json"}).out);
}

TEST_F(CliImport, AcceptsBomCrlfAndQuotedFields)
{
    const QByteArray file = "\xEF\xBB\xBF" "code,name,address\r\nC009,\"Comma, Ltd\",\"Line 1\r\nLine 2\"\r\n";
    const CliResult r = cli().run({"import", "customers", write(QStringLiteral("c.csv"), file)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString exported = cli().run({"export", "customers", "-"}).out;
    EXPECT_TRUE(exported.contains(QStringLiteral("C009,\"Comma, Ltd\",,,,\"Line 1\nLine 2\",USD,Net 30,Standard,en,false")))
        << exported.toStdString();
}

TEST_F(CliImport, MissingRequiredColumn)
{
    expectRefused("customers", "code,email\nC1,a@b.example\n", QStringLiteral("1: name: required column is missing"));
}

TEST_F(CliImport, UnknownColumn)
{
    expectRefused("customers", "code,name,emial\nC1,A,a@b.example\n", QStringLiteral("1: emial: unknown column"));
}

TEST_F(CliImport, UnknownCustomerCode)
{
    importSamples();
    expectRefused("invoices", "number,customer,issue_date,unit_price\nX-1,C999,2026-03-01,10\n",
                  QStringLiteral("2: customer: no customer has the code \"C999\""));
}

TEST_F(CliImport, ImpossibleDate)
{
    importSamples();
    expectRefused("invoices", "number,customer,issue_date,unit_price\nX-1,C001,2026-02-30,10\n",
                  QStringLiteral("2: issue_date: \"2026-02-30\" is not a date (YYYY-MM-DD)"));
}

TEST_F(CliImport, AmountThatIsNotANumber)
{
    importSamples();
    expectRefused("invoices", "number,customer,issue_date,unit_price\nX-1,C001,2026-03-01,\"12,5O\"\n",
                  QStringLiteral("2: unit_price: \"12,5O\" is not an amount"));
}

TEST_F(CliImport, TooManyDecimalsForTheCurrency)
{
    importSamples();
    expectRefused("invoices", "number,customer,issue_date,unit_price\nX-1,C003,2026-03-01,10.5\n",
                  QStringLiteral("2: unit_price: \"10.5\" has more than 0 decimals for JPY"));
    expectRefused("payments", "customer,date,amount\nC001,2026-03-01,1.005\n",
                  QStringLiteral("2: amount: \"1.005\" has more than 2 decimals for USD"));
}

TEST_F(CliImport, NegativeQuantityOnANormalInvoice)
{
    importSamples();
    expectRefused("invoices", "number,customer,issue_date,unit_price,quantity\nX-1,C001,2026-03-01,10,-2\n",
                  QStringLiteral("2: quantity: -2 is negative; corrections to an invoice are credit notes"));
}

TEST_F(CliImport, DuplicateInvoiceNumber)
{
    importSamples();
    expectRefused("invoices", "number,customer,issue_date,unit_price\nINV-0002,C001,2026-03-01,10\n",
                  QStringLiteral("2: number: invoice \"INV-0002\" already exists in the ledger"));
}

TEST_F(CliImport, RowsOfOneInvoiceThatDisagree)
{
    importSamples();
    expectRefused("invoices",
                  "number,customer,issue_date,unit_price\nX-1,C001,2026-03-01,10\nX-1,C002,2026-03-01,10\n",
                  QStringLiteral("3: customer: \"C002\" disagrees with \"C001\" on line 2 of the same invoice X-1"));
    expectRefused("invoices",
                  "number,customer,issue_date,unit_price\nX-1,C001,2026-03-01,10\nX-1,C001,2026-03-02,10\n",
                  QStringLiteral("3: issue_date: \"2026-03-02\" disagrees with \"2026-03-01\""));
}

TEST_F(CliImport, PaymentForAnUnknownInvoice)
{
    importSamples();
    expectRefused("payments", "customer,date,amount,invoice\nC001,2026-03-01,10,INV-7777\n",
                  QStringLiteral("2: invoice: no invoice has the number \"INV-7777\""));
}

TEST_F(CliImport, EveryProblemIsReportedNotJustTheFirst)
{
    importSamples();
    const QString path = write(QStringLiteral("many.csv"),
                               "customer,date,amount\nC001,2026-13-01,10\nC404,2026-03-01,10\nC001,2026-03-01,abc\n");
    const CliResult r = cli().run({"import", "payments", path});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.count(u'\n'), 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(path + QStringLiteral(":2: date:")));
    EXPECT_TRUE(r.err.contains(path + QStringLiteral(":3: customer:")));
    EXPECT_TRUE(r.err.contains(path + QStringLiteral(":4: amount:")));
}
