#include "CliRunner.h"
#include "TestLocation.h"

#include <QFile>

#include <gtest/gtest.h>

using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::TestLocation;

namespace {

// A ledger with two USD customers, driven through the real settle-cli as a user's script would;
// every refusal must exit 3 (2 for a wrong command), name the place and leave the ledger as it was.
class InputLimits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli().run({"init", "--company", "Test Co", "--currency", "USD"}).exitCode, 0);
        const CliResult r = importFile("customers", "code,name,email\nC001,Alder,ap@alder.example\nC002,Birch,\n");
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    CliRunner cli() const { return CliRunner(m_location.ledger()); }

    QString write(const QString& name, const QByteArray& content)
    {
        QFile file(m_location.file(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    }

    CliResult importFile(const char* kind, const QByteArray& content, const QStringList& extra = {})
    {
        const QString path = write(QStringLiteral("%1-%2.csv").arg(QString::fromLatin1(kind)).arg(++m_files), content);
        m_lastFile = path;
        return cli().run(QStringList{"import", QString::fromLatin1(kind), path} + extra);
    }

    QString snapshot()
    {
        QString all;
        for (const char* kind : {"customers", "invoices", "payments"})
            all += cli().run({"export", kind, "-"}).out;
        all += cli().run({"customer", "list", "--json"}).out;
        for (const char* key : {"company.name", "company.currency", "smtp.port", "smtp.security", "smtp.host"})
            all += cli().run({"settings", "get", key}).out;
        return all;
    }

    // Imports `content`, expects exit status 3, `FILE:where` among the error lines, and no change.
    void expectImportRefused(const char* kind, const QByteArray& content, const QString& where,
                             const QString& words = {}, const QStringList& extra = {})
    {
        const QString before = snapshot();
        const CliResult r = importFile(kind, content, extra);
        EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(m_lastFile + u':' + where)) << "stderr was:\n" << r.err.left(2000).toStdString();
        EXPECT_TRUE(r.err.contains(words)) << "stderr was:\n" << r.err.left(2000).toStdString();
        EXPECT_EQ(snapshot(), before) << "a refused import changed the ledger";
    }

    void expectRefused(const QStringList& args, int exitCode, const QString& words)
    {
        const QString before = snapshot();
        const CliResult r = cli().run(args);
        EXPECT_EQ(r.exitCode, exitCode) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(words)) << "stderr was:\n" << r.err.toStdString();
        EXPECT_EQ(snapshot(), before) << args.join(u' ').toStdString() << " changed the ledger";
    }

    TestLocation m_location;
    QString m_lastFile;
    int m_files = 0;
};

const QByteArray invoiceHeader = "number,customer,issue_date,unit_price,quantity\n";

} // namespace

// ---- money beyond 64 bits -----------------------------------------------------------------------

TEST_F(InputLimits, AUnitPriceTimesQuantityBeyondTheMaximumIsRefused)
{
    // 92233720368547758.07 × 1000 wrapped around to a total of -10.00.
    expectImportRefused("invoices", invoiceHeader + "INV-1,C001,2026-03-01,92233720368547758.07,1000\n",
                        QStringLiteral("2: unit_price:"), QStringLiteral("largest amount 10000000000000.00 USD"));
    // A price within the maximum whose product is not.
    expectImportRefused("invoices", invoiceHeader + "INV-1,C001,2026-03-01,9000000000000.00,2\n",
                        QStringLiteral("2: unit_price: quantity × unit price: 18000000000000.00 is more than"));
}

TEST_F(InputLimits, LinesThatAddUpBeyondTheMaximumAreRefused)
{
    // Two lines of 50000000000000000.00 gave a negative total.
    expectImportRefused("invoices",
                        invoiceHeader + "INV-1,C001,2026-03-01,50000000000000000.00,1\n"
                                        "INV-1,C001,2026-03-01,50000000000000000.00,1\n",
                        QStringLiteral("2: unit_price:"), QStringLiteral("largest amount"));
    expectImportRefused("invoices",
                        invoiceHeader + "INV-1,C001,2026-03-01,6000000000000.00,1\n"
                                        "INV-1,C001,2026-03-01,6000000000000.00,1\n",
                        QStringLiteral("3: unit_price: the total of invoice INV-1: 12000000000000.00 is more than"));
}

TEST_F(InputLimits, ACustomersInvoicesMayNotAddUpBeyondTheMaximum)
{
    const CliResult first = importFile("invoices", invoiceHeader + "INV-1,C001,2026-03-01,6000000000000.00,1\n");
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    expectImportRefused("invoices", invoiceHeader + "INV-2,C001,2026-03-02,6000000000000.00,1\n",
                        QStringLiteral("2: customer: with invoice INV-2, the invoices of C001 would add up to "
                                       "12000000000000.00 USD"));
    // Another customer has room of its own.
    const CliResult other = importFile("invoices", invoiceHeader + "INV-2,C002,2026-03-02,6000000000000.00,1\n");
    EXPECT_EQ(other.exitCode, 0) << other.err.toStdString();
}

TEST_F(InputLimits, HugePaymentsAreRefusedAndTheCustomerListStillAdds)
{
    // Two huge payments made `customer list` fail with "integer overflow" (SQLite) or show 0.00.
    const QByteArray header = "customer,date,amount\n";
    expectImportRefused("payments", header + "C001,2026-03-01,9223372036854775.00\n", QStringLiteral("2: amount:"),
                        QStringLiteral("more than the largest amount 10000000000000.00 USD"));
    expectImportRefused("payments", header + "C001,2026-03-01,9000000000000.00\nC001,2026-03-02,9000000000000.00\n",
                        QStringLiteral("3: amount: the payments of C001 would add up to 18000000000000.00 USD"));
    const CliResult ok = importFile("payments", header + "C001,2026-03-01,9000000000000.00\n");
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const CliResult list = cli().run({"customer", "list", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("\"credit\": \"9000000000000.00\""))) << list.out.toStdString();
}

TEST_F(InputLimits, AmountsTypedOnTheCommandLineHaveTheSameMaximum)
{
    expectRefused({"pay", "C001", "10000000000000.01", "--on", "2026-03-01"}, 3,
                  QStringLiteral("\"10000000000000.01\" is more than the largest amount 10000000000000.00 USD"));
    expectRefused({"pay", "C001", "92233720368547758.07", "--on", "2026-03-01"}, 3,
                  QStringLiteral("is more than the largest amount"));
    ASSERT_EQ(cli().run({"pay", "C001", "10000000000000.00", "--on", "2026-03-01"}).exitCode, 0);
    expectRefused({"pay", "C001", "0.01", "--on", "2026-03-02"}, 3,
                  QStringLiteral("the payments of C001 would add up to 10000000000000.01 USD"));
}

// ---- field lengths and characters ---------------------------------------------------------------

TEST_F(InputLimits, ATenMegabyteNameIsRefused)
{
    const QByteArray name(10 * 1024 * 1024, 'N');
    expectImportRefused("customers", "code,name\nC003," + name + "\n",
                        QStringLiteral("2: name: the name is 10485760 characters long; at most 200 are allowed"));
    expectImportRefused("invoices", invoiceHeader.trimmed() + ",description\nINV-1,C001,2026-03-01,1.00,1," +
                                        QByteArray(1001, 'd') + "\n",
                        QStringLiteral("2: description: is 1001 characters long; at most 1000"));
    expectImportRefused("payments", "customer,date,amount,reference\nC001,2026-03-01,1.00," + QByteArray(201, 'r') + "\n",
                        QStringLiteral("2: reference: is 201 characters long; at most 200"));
}

TEST_F(InputLimits, ControlCharactersAndLineBreaksAreRefusedWhereAFieldIsOneLine)
{
    expectImportRefused("customers", QByteArray("code,name\nC003,Nul", 18) + QByteArray(1, '\0') + "here\n",
                        QStringLiteral("2: name: the name has the control character U+0000"));
    expectImportRefused("customers", "code,name\nC003,\"Two\nLines\"\n",
                        QStringLiteral("2: name: the name has a line break"));
    expectImportRefused("customers", "code,name,phone\nC003,Cedar,\"+1\x1b[31m\"\n",
                        QStringLiteral("2: phone: the phone has the control character U+001B"));
    // An address is several lines.
    const CliResult ok = importFile("customers", "code,name,address\nC003,Cedar,\"1 Main St\nSpringfield\"\n");
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
}

TEST_F(InputLimits, AnEmailThatIsNotOneIsRefusedAtTheDoor)
{
    expectImportRefused("customers", "code,name,email\nC003,Cedar,not-an-email\n",
                        QStringLiteral("2: email: \"not-an-email\" is not an email address"));
    expectImportRefused("customers", "code,name,cc\nC003,Cedar,a@b.example;oops\n",
                        QStringLiteral("2: cc: \"oops\" is not an email address"));
}

// ---- dates --------------------------------------------------------------------------------------

TEST_F(InputLimits, DatesBeyondTheLastYearAreRefused)
{
    // 9999-12-31 left the due date empty: Net 30 from it is no date Settle can write.
    expectImportRefused("invoices", invoiceHeader + "INV-1,C001,9999-12-31,10.00,1\n",
                        QStringLiteral("2: issue_date: 9999-12-31 is outside the dates Settle keeps (1900-01-01 to "
                                       "2999-12-31)"));
    expectImportRefused("invoices", "number,customer,issue_date,due_date,unit_price\nINV-1,C001,2026-03-01,3000-01-01,1\n",
                        QStringLiteral("2: due_date: 3000-01-01 is outside"));
    // The last day whose due date still lies inside the range is taken.
    expectImportRefused("invoices", invoiceHeader + "INV-1,C001,2999-12-15,10.00,1\n",
                        QStringLiteral("2: issue_date: the due date from the terms \"Net 30\": 3000-01-14 is outside"));
    expectImportRefused("payments", "customer,date,amount\nC001,1066-10-14,1.00\n",
                        QStringLiteral("2: date: 1066-10-14 is outside"));
    expectRefused({"pay", "C001", "1.00", "--on", "9999-12-31"}, 3, QStringLiteral("pay --on: 9999-12-31 is outside"));
}

// ---- the same payments twice --------------------------------------------------------------------

TEST_F(InputLimits, TheSamePaymentsFileImportedTwiceIsRefused)
{
    const QByteArray payments = "customer,date,amount,reference\nC001,2026-03-01,100.00,REM-1\nC002,2026-03-02,5.00,\n";
    const CliResult first = importFile("payments", payments);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    expectImportRefused("payments", payments,
                        QStringLiteral("2: amount: 100.00 USD from C001 on 2026-03-01 (reference \"REM-1\") is already in "
                                       "the ledger as payment "),
                        QStringLiteral("--allow-duplicates"));
    // A repeated line within one file.
    expectImportRefused("payments",
                        "customer,date,amount,reference\nC001,2026-03-05,7.00,X\nC002,2026-03-05,7.00,X\n"
                        "C001,2026-03-05,7.00,X\n",
                        QStringLiteral("4: amount: 7.00 USD from C001 on 2026-03-05 (reference \"X\") is the same "
                                       "payment as line 2"));
    // A reference that differs is another payment; so is one the user says is another.
    EXPECT_EQ(importFile("payments", "customer,date,amount,reference\nC001,2026-03-01,100.00,REM-2\n").exitCode, 0);
    const CliResult again = importFile("payments", payments, {"--allow-duplicates"});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(cli().run({"export", "payments", "-"}).out.count(u'\n'), 1 + 2 + 1 + 2);
}

// ---- settings and init --------------------------------------------------------------------------

TEST_F(InputLimits, SettingsRefuseValuesTheirReadersWouldRefuseLater)
{
    expectRefused({"settings", "set", "smtp.port", "abc"}, 3, QStringLiteral("setting smtp.port: \"abc\" is not a port number"));
    expectRefused({"settings", "set", "smtp.security", "bogus"}, 3,
                  QStringLiteral("setting smtp.security: \"bogus\" is not none, starttls or ssl"));
    expectRefused({"settings", "set", "smtp.from", "nobody"}, 3, QStringLiteral("\"nobody\" is not an email address"));
    expectRefused({"settings", "set", "smtp.hots", "mail.example"}, 2,
                  QStringLiteral("\"smtp.hots\" is not a setting; did you mean smtp.host?"));
    expectRefused({"settings", "set", "completely.different", "x"}, 2, QStringLiteral("known: backup.folder, backup.keep, company.address"));
    expectRefused({"settings", "set", "company.name", "Test\nCo"}, 3,
                  QStringLiteral("setting company.name: has a line break at character 5; it must be one line"));
    // Multi-line settings keep their lines; good values go in.
    EXPECT_EQ(cli().run({"settings", "set", "company.address", "1 Main St\nSpringfield"}).exitCode, 0);
    EXPECT_EQ(cli().run({"settings", "get", "company.address"}).out, QStringLiteral("1 Main St\nSpringfield\n"));
    EXPECT_EQ(cli().run({"settings", "set", "smtp.port", "2525"}).exitCode, 0);
    EXPECT_EQ(cli().run({"settings", "set", "smtp.security", "none"}).exitCode, 0);
}

TEST_F(InputLimits, InitOnAnExistingLedgerKeepsItsCompanyAndCurrency)
{
    expectRefused({"init", "--company", "Someone Else"}, 3, QStringLiteral("this ledger already belongs to \"Test Co\""));
    expectRefused({"init", "--currency", "EUR"}, 3, QStringLiteral("this ledger's currency is USD"));
    // The same values, or none, only migrate.
    EXPECT_EQ(cli().run({"init", "--company", "Test Co", "--currency", "usd"}).exitCode, 0);
    EXPECT_EQ(cli().run({"init"}).exitCode, 0);
    // The currency may change until there are invoices, and not after.
    EXPECT_EQ(cli().run({"settings", "set", "company.currency", "EUR"}).exitCode, 0);
    EXPECT_EQ(cli().run({"settings", "set", "company.currency", "USD"}).exitCode, 0);
    ASSERT_EQ(importFile("invoices", invoiceHeader + "INV-1,C001,2026-03-01,10.00,1\n").exitCode, 0);
    expectRefused({"settings", "set", "company.currency", "EUR"}, 3,
                  QStringLiteral("the ledger has invoices in USD; its currency cannot change"));
}

TEST_F(InputLimits, TextOnTheCommandLineHasTheSameRules)
{
    ASSERT_EQ(importFile("invoices", invoiceHeader + "INV-1,C001,2026-03-01,10.00,1\n").exitCode, 0);
    expectRefused({"invoice", "dispute", "INV-1", "--reason", QStringLiteral("bad") + QChar(0x07)}, 3,
                  QStringLiteral("invoice dispute --reason: has the control character U+0007"));
    expectRefused({"pay", "C001", "1.00", "--on", "2026-03-02", "--ref", QString(201, u'r')}, 3,
                  QStringLiteral("the reference: is 201 characters long"));
}

// ---- formulas in exports ------------------------------------------------------------------------

TEST_F(InputLimits, ExportNeutralisesFormulasAndImportReadsThemBack)
{
    const QByteArray customers = "code,name,phone,address\n"
                                 "C003,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",+49 30 1234,@SUM(A1)\n"
                                 "C004,-2+3,'=already quoted,'plain\n";
    ASSERT_EQ(importFile("customers", customers).exitCode, 0);
    ASSERT_EQ(importFile("invoices", invoiceHeader.trimmed() + ",description\nINV-1,C003,2026-03-01,12.50,1,=1+2\n")
                  .exitCode,
              0);
    const QString exported = cli().run({"export", "customers", "-"}).out;
    EXPECT_TRUE(exported.contains(QStringLiteral("C003,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,,'+49 30 "
                                                 "1234,'@SUM(A1),USD")))
        << exported.toStdString();
    // An apostrophe before a formula character is the guard itself: "'=x" is read as "=x" (and written
    // back guarded); before anything else it is the user's own.
    EXPECT_TRUE(exported.contains(QStringLiteral("C004,'-2+3,,,'=already quoted,'plain,USD"))) << exported.toStdString();
    const QString invoices = cli().run({"export", "invoices", "-"}).out;
    EXPECT_TRUE(invoices.contains(QStringLiteral(",'=1+2,1,0"))) << invoices.toStdString();
    EXPECT_TRUE(invoices.contains(QStringLiteral(",12.50,"))) << invoices.toStdString();
    for (const QString& line : exported.split(u'\n'))
        for (const QString& cell : line.split(u','))
            EXPECT_FALSE(cell.startsWith(u'=') || cell.startsWith(u'@') || cell.startsWith(u'+')) << cell.toStdString();

    // Reading the export back gives the ledger's own text, apostrophes and all.
    TestLocation other;
    CliRunner copy(other.ledger());
    ASSERT_EQ(copy.run({"init", "--currency", "USD"}).exitCode, 0);
    const QString path = other.file(QStringLiteral("customers.csv"));
    ASSERT_EQ(cli().run({"export", "customers", path}).exitCode, 0);
    const CliResult imported = copy.run({"import", "customers", path});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(copy.run({"export", "customers", "-"}).out, exported);
    const QString json = copy.run({"customer", "list", "--json"}).out;
    EXPECT_TRUE(json.contains(QStringLiteral("\"name\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"")))
        << json.toStdString();
    EXPECT_TRUE(json.contains(QStringLiteral("\"phone\": \"+49 30 1234\""))) << json.toStdString();
    EXPECT_TRUE(json.contains(QStringLiteral("\"name\": \"-2+3\""))) << json.toStdString();
}
