#include "CliRunner.h"
#include "FollowupTestLedger.h"

#include "bank/BankBook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::FollowupTestLedger;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(SETTLE_TEST_DATA "/bank/") + QString::fromUtf8(name);
}

// The ledger the sample statements of tests/data/bank pay: its invoices INV-0001.. in EUR, each
// for the customer and amount the files' remittance texts name.
class SampleLedger : public FollowupTestLedger
{
public:
    SampleLedger() : FollowupTestLedger(QDate(2026, 3, 31))
    {
        customer(QStringLiteral("K1"), "Fjord Möbel AG");
        customer(QStringLiteral("K2"), "Café Müller GmbH");
        customer(QStringLiteral("K3"), "Birch & Sons Joinery");
        customer(QStringLiteral("K4"), "Evergreen Dental");
        customer(QStringLiteral("K5"), "Acme Bakery Ltd");
        customer(QStringLiteral("K6"), "Greenleaf Cafe");
        customer(QStringLiteral("K7"), "Delta Logistics Inc", QStringLiteral("2/10 Net 30"));
        customer(QStringLiteral("K8"), "Fjord Media AS");
        const QDate issued(2026, 3, 2);
        addInvoiceOn(QStringLiteral("K1"), issued, 119000);              // INV-0001: paid in full
        addInvoiceOn(QStringLiteral("K2"), issued, 50000);               // INV-0002: "Rechnung Nr. 2"
        addInvoiceOn(QStringLiteral("K3"), issued, 61275);               // INV-0003 + INV-0004 = 834.50
        addInvoiceOn(QStringLiteral("K3"), issued, 22175);               //   "inv 3 and 4"
        addInvoiceOn(QStringLiteral("K4"), issued, 23800);               // INV-0005: RF29INV0005
        addInvoiceOn(QStringLiteral("K5"), issued, 150000);              // INV-0006: 1200.00 of 1500.00
        addInvoiceOn(QStringLiteral("K6"), issued, 40000);               // INV-0007: 500.00 for 400.00
        addInvoiceOn(QStringLiteral("K7"), QDate(2026, 3, 20), 238000);  // INV-0008: 2 % off until 03-30
        addInvoiceOn(QStringLiteral("K8"), issued, 119000);              // INV-0009: RF18INV0009
    }

    CliResult cli(const QStringList& args) const { return CliRunner(path()).run(args); }
    qint64 balance(const QString& number) { return (*this)->invoice(number, QDate(2026, 3, 31)).balance; }

private:
    void customer(const QString& code, const char* name, const QString& terms = QStringLiteral("Net 30"))
    {
        Customer c;
        c.code = code;
        c.name = QString::fromUtf8(name);
        c.email = code.toLower() + QStringLiteral("@example.com");
        c.currency = QStringLiteral("EUR");
        c.terms = terms;
        (*this)->addCustomer(c);
    }
};

QJsonObject json(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST(BankCli, ACamt053StatementIsStoredMatchedAndRecordedOnce)
{
    SampleLedger ledger;
    CliResult r = ledger.cli({"bank", "import", sample("march-camt053-v02.xml"), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Seven bookings: five pay what they name (INV-0006 in part), INV-0007 is overpaid, one debit.
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("{\"entries\": 7, \"new\": 7, \"duplicates\": 0, \"matched\": 5, "
                                              "\"suggested\": 1, \"unmatched\": 0, \"outgoing\": 1}"));
    for (const char* paid : {"INV-0001", "INV-0002", "INV-0003", "INV-0004", "INV-0005"})
        EXPECT_EQ(ledger.balance(QString::fromUtf8(paid)), 0) << paid;
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0006")), 30000);
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0007")), 40000);

    r = ledger.cli({"bank", "import", sample("march-camt053-v02.xml"), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("{\"entries\": 7, \"new\": 0, \"duplicates\": 7, \"matched\": 0, "
                                              "\"suggested\": 0, \"unmatched\": 0, \"outgoing\": 0}"));
    EXPECT_EQ(ledger->payments().size(), 5); // INV-0003 and INV-0004 by one payment

    r = ledger.cli({"bank", "list", "--status", "suggested", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray entries = json(r).value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject entry = entries[0].toObject();
    EXPECT_EQ(entry.keys(), (QStringList{"amount", "booking_date", "counterparty", "currency", "customer", "iban",
                                         "id", "invoices", "status", "text"}));
    EXPECT_EQ(entry.value(QStringLiteral("booking_date")).toString(), QStringLiteral("2026-03-14"));
    EXPECT_EQ(entry.value(QStringLiteral("amount")).toString(), QStringLiteral("500.00"));
    EXPECT_EQ(entry.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(entry.value(QStringLiteral("counterparty")).toString(), QStringLiteral("Greenleaf Cafe"));
    EXPECT_EQ(entry.value(QStringLiteral("status")).toString(), QStringLiteral("suggested"));
    EXPECT_EQ(entry.value(QStringLiteral("customer")).toString(), QStringLiteral("K6"));
    EXPECT_EQ(entry.value(QStringLiteral("invoices")).toArray(), QJsonArray{QStringLiteral("INV-0007")});

    // Accepted: INV-0007 paid, 100.00 credit on account; undone: the payment gone again.
    const QString id = QString::number(entry.value(QStringLiteral("id")).toInteger());
    r = ledger.cli({"bank", "accept", id});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0007")), 0);
    EXPECT_EQ(ledger->payments().size(), 6);
    r = ledger.cli({"bank", "undo", id});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0007")), 40000);
    EXPECT_EQ(ledger->payments().size(), 5);
    r = ledger.cli({"bank", "ignore", id});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = ledger.cli({"bank", "list", "--status", "outgoing", "--json"});
    EXPECT_EQ(json(r).value(QStringLiteral("entries")).toArray().size(), 1);
    EXPECT_EQ(json(r).value(QStringLiteral("entries")).toArray()[0].toObject().value(QStringLiteral("amount")).toString(),
              QStringLiteral("-89.99"));
}

TEST(BankCli, ACamt053Version08PaysADiscountedInvoiceAndAStructuredReference)
{
    SampleLedger ledger;
    const CliResult r = ledger.cli({"bank", "import", sample("march-camt053-v08.xml"), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("matched")).toInt(), 2)
        << r.out.toStdString() << ledger.cli({"bank", "list", "--json"}).out.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("outgoing")).toInt(), 1) << r.out.toStdString();
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0008")), 0); // 2332.40 + 47.60 discount
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0009")), 0);
}

TEST(BankCli, AnMt940StatementIsMatchedLikeTheSameBookingsInCamt)
{
    SampleLedger ledger;
    const CliResult r = ledger.cli({"bank", "import", sample("march.mt940"), "--format", "mt940", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0001")), 0);
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0002")), 0);
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0003")), 0);
    EXPECT_EQ(ledger.balance(QStringLiteral("INV-0004")), 0);
    EXPECT_GE(json(r).value(QStringLiteral("outgoing")).toInt(), 1) << r.out.toStdString();
}

TEST(BankCli, AFileThatIsNoStatementOrInAnotherCurrencyChangesNothing)
{
    SampleLedger ledger;
    CliResult r = ledger.cli({"bank", "import", sample("bad/not-a-statement.txt")});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("not-a-statement.txt"))) << r.err.toStdString();
    // A statement in a currency neither the company (USD) nor a customer (EUR) uses.
    QByteArray camt;
    {
        QFile file(sample("march-camt053-v02.xml"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        camt = file.readAll().replace("Ccy=\"EUR\"", "Ccy=\"CHF\"").replace("<Ccy>EUR</Ccy>", "<Ccy>CHF</Ccy>");
    }
    r = ledger.cli({"bank", "import", ledger.writeFile(QStringLiteral("francs.xml"), camt)});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("francs.xml"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("currency: CHF"))) << r.err.toStdString();
    EXPECT_TRUE(BankBook(*ledger).list().isEmpty());
    EXPECT_TRUE(ledger->payments().isEmpty());
    r = ledger.cli({"bank", "list", "--status", "paid"});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(BankCli, AnOfxStatementPaysWhatItNamesAndListsTheFeeAsOutgoing)
{
    // A USD ledger: INV-0001 1190.00 (K1), INV-0002 3000.00 (K2), INV-0003 612.75 + INV-0004 221.75 (K3).
    settle::test::TempLedger ledger;
    for (const char* code : {"K1", "K2", "K3"})
        ledger.addCustomer(QString::fromUtf8(code));
    const QDate issued(2026, 3, 2);
    ledger.addInvoice(QStringLiteral("K1"), issued, 119000);
    ledger.addInvoice(QStringLiteral("K2"), issued, 300000);
    ledger.addInvoice(QStringLiteral("K3"), issued, 61275);
    ledger.addInvoice(QStringLiteral("K3"), issued, 22175);
    const CliResult r = CliRunner(ledger.path()).run({"bank", "import", sample("march-ofx1.ofx"), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // "RE INV-0001", "inv 3 and 4" and "Invoice 2 partial payment" (2000.00 of 3000.00); the fee is outgoing.
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("{\"entries\": 4, \"new\": 4, \"duplicates\": 0, \"matched\": 3, "
                                              "\"suggested\": 0, \"unmatched\": 0, \"outgoing\": 1}"));
    const QDate asOf(2026, 3, 31);
    EXPECT_EQ(ledger->invoice(QStringLiteral("INV-0001"), asOf).balance, 0);
    EXPECT_EQ(ledger->invoice(QStringLiteral("INV-0002"), asOf).balance, 100000);
    EXPECT_EQ(ledger->invoice(QStringLiteral("INV-0003"), asOf).balance, 0);
    EXPECT_EQ(ledger->invoice(QStringLiteral("INV-0004"), asOf).balance, 0);
    const auto payments = ledger->payments();
    ASSERT_EQ(payments.size(), 3);
    EXPECT_EQ(payments[0].reference, QStringLiteral("202603100001")); // the FITID
    EXPECT_EQ(payments[0].date, QDate(2026, 3, 10));
}
