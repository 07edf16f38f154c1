// The payment QR code on the documents settle-cli renders, read back as a banking app would: the PDF
// rasterised with pdftoppm at 300 dpi, the code decoded with zbarimg (Debian's zbar-tools). Also the
// company's bank and VAT settings and the customers' VAT IDs as settle-cli takes them.

#include "CliRunner.h"
#include "FollowupTestLedger.h"
#include "PdfProbe.h"
#include "TestLocation.h"

#include "ledger/SettingKeys.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

namespace settle::test {

namespace {

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Every QR code on every page of `pdf`, as zbarimg reads it from a 300 dpi rendering.
QStringList decodedCodes(const QString& pdf)
{
    const QString prefix = pdf + QStringLiteral("-page");
    int status = -1;
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), pdf, prefix},
        &status);
    EXPECT_EQ(status, 0) << "pdftoppm " << qPrintable(pdf);
    const QFileInfo info(prefix);
    QStringList codes;
    for (const QString& png : QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral("*.png")},
                                                                  QDir::Files, QDir::Name)) {
        // zbarimg exits 4 when a page has no code.
        const QString out = run(QStringLiteral("zbarimg"),
                                {QStringLiteral("--raw"), QStringLiteral("-q"), info.absolutePath() + u'/' + png},
                                &status);
        EXPECT_TRUE(status == 0 || status == 4) << "zbarimg exit " << status;
        if (status == 0)
            codes << (out.endsWith(u'\n') ? out.chopped(1) : out);
    }
    return codes;
}

QString epc(const QString& amount, const QString& reference)
{
    return QStringLiteral("BCD\n002\n1\nSCT\nCOBADEFFXXX\nNorthwind Design Studio\nDE89370400440532013000\n") +
           amount + QStringLiteral("\n\n\n") + reference;
}

Money eur(qint64 cents)
{
    return Money(cents, Currency::require(QStringLiteral("EUR")));
}

// A company with an IBAN typed in groups, a euro customer who paid part of an invoice on 2026-01-10
// and got the Standard policy's final notice letter, a German euro customer and a dollar customer.
struct QrLedger
{
    QrLedger()
    {
        ledger->setSettings({{SettingKeys::CompanyName, QStringLiteral("Northwind Design Studio")},
                             {SettingKeys::CompanyIban, QStringLiteral("de89 3704 0044 0532 0130 00")},
                             {SettingKeys::CompanyBic, QStringLiteral("COBADEFFXXX")},
                             {SettingKeys::CompanyVatId, QStringLiteral("DE123456789")},
                             {SettingKeys::CompanyPaymentDetails, QStringLiteral("Northwind Bank, Berlin")}});
        auto add = [&](const char* code, const char* currency, const char* language, const char* vatId) {
            Customer c;
            c.code = QString::fromLatin1(code);
            c.name = QStringLiteral("Customer ") + c.code;
            c.email = c.code.toLower() + QStringLiteral("@example.com");
            c.address = QStringLiteral("1 Ring Road\n1010 Vienna");
            c.currency = QString::fromLatin1(currency);
            c.language = QString::fromLatin1(language);
            c.vatId = QString::fromLatin1(vatId);
            ledger->addCustomer(c);
        };
        add("C1", "EUR", "en", "ATU12345678");
        add("C2", "EUR", "de", "");
        add("C3", "USD", "en", "");
        number = ledger.addInvoiceOn(QStringLiteral("C1"), QDate(2026, 1, 1), 50000); // due 2026-01-31
        german = ledger.addInvoiceOn(QStringLiteral("C2"), QDate(2026, 1, 1), 9900);
        dollars = ledger.addInvoiceOn(QStringLiteral("C3"), QDate(2026, 1, 1), 7000);
        ledger.clock().setToday(QDate(2026, 1, 10));
        ledger->recordPayment(QStringLiteral("C1"), eur(12345), QDate(2026, 1, 10), PaymentMethod::BankTransfer,
                              QStringLiteral("part"), number);
        ledger.runDaily(QDate(2026, 2, 1), QDate(2026, 3, 31));
        ledger.close();
    }
    FollowupTestLedger ledger{QDate(2026, 1, 1)};
    CliRunner cli{ledger.path()};
    QString number, german, dollars;
};

} // namespace

TEST(PaymentQr, InvoiceStatementAndFinalNoticeScanToTheOpenAmountAndReference)
{
    QrLedger l;
    // The invoice as of a day after the part payment asks for the rest; before it, for all of it.
    const QString invoice = l.ledger.file(QStringLiteral("invoice.pdf"));
    auto r = l.cli.run({QStringLiteral("invoice"), QStringLiteral("pdf"), l.number, QStringLiteral("--out"), invoice,
                        QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(decodedCodes(invoice), QStringList{epc(QStringLiteral("EUR376.55"), l.number)});
    const QString text = PdfProbe(invoice).text();
    EXPECT_TRUE(text.contains(QStringLiteral("Scan to pay"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX")))
        << qPrintable(text);

    const QString before = l.ledger.file(QStringLiteral("invoice-before.pdf"));
    r = l.cli.run({QStringLiteral("invoice"), QStringLiteral("pdf"), l.number, QStringLiteral("--out"), before,
                   QStringLiteral("--as-of"), QStringLiteral("2026-01-05")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(decodedCodes(before), QStringList{epc(QStringLiteral("EUR500.00"), l.number)});

    // The statement quotes the customer code and asks for the euro balance at its date.
    const QString statement = l.ledger.file(QStringLiteral("statement.pdf"));
    r = l.cli.run({QStringLiteral("statement"), QStringLiteral("C1"), QStringLiteral("--from"),
                   QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                   QStringLiteral("--out"), statement});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(decodedCodes(statement), QStringList{epc(QStringLiteral("EUR376.55"), QStringLiteral("C1"))});

    // The final notice names one open invoice: its number is the reference.
    const auto list = l.cli.run({QStringLiteral("letter"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    QString letterId;
    for (const QString& line : list.out.split(u'\n', Qt::SkipEmptyParts))
        if (line.split(u' ', Qt::SkipEmptyParts).value(2) == u"C1")
            letterId = line.split(u' ', Qt::SkipEmptyParts).value(0);
    ASSERT_FALSE(letterId.isEmpty()) << qPrintable(list.out);
    const QString letter = l.ledger.file(QStringLiteral("letter.pdf"));
    r = l.cli.run({QStringLiteral("letter"), QStringLiteral("pdf"), letterId, QStringLiteral("--out"), letter});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(decodedCodes(letter), QStringList{epc(QStringLiteral("EUR376.55"), l.number)});
    EXPECT_TRUE(PdfProbe(letter).text().contains(QStringLiteral("Please quote ") + l.number));
}

TEST(PaymentQr, OnlyEuroDocumentsWithSomethingOpenCarryACode)
{
    QrLedger l;
    const QString dollars = l.ledger.file(QStringLiteral("dollars.pdf"));
    ASSERT_EQ(l.cli.run({QStringLiteral("invoice"), QStringLiteral("pdf"), l.dollars, QStringLiteral("--out"), dollars})
                  .exitCode,
              0);
    EXPECT_TRUE(decodedCodes(dollars).isEmpty());
    EXPECT_FALSE(PdfProbe(dollars).text().contains(QStringLiteral("Scan to pay")));

    // In German, and gone once the invoice is paid.
    const QString german = l.ledger.file(QStringLiteral("german.pdf"));
    ASSERT_EQ(l.cli.run({QStringLiteral("invoice"), QStringLiteral("pdf"), l.german, QStringLiteral("--out"), german,
                         QStringLiteral("--as-of"), QStringLiteral("2026-03-31")})
                  .exitCode,
              0);
    EXPECT_EQ(decodedCodes(german), QStringList{epc(QStringLiteral("EUR99.00"), l.german)});
    EXPECT_TRUE(PdfProbe(german).text().contains(QStringLiteral("Zum Bezahlen scannen")));
    ASSERT_EQ(l.cli.run({QStringLiteral("pay"), QStringLiteral("C2"), QStringLiteral("99.00"), QStringLiteral("--on"),
                         QStringLiteral("2026-03-31"), QStringLiteral("--invoice"), l.german})
                  .exitCode,
              0);
    const QString paid = l.ledger.file(QStringLiteral("paid.pdf"));
    ASSERT_EQ(l.cli.run({QStringLiteral("invoice"), QStringLiteral("pdf"), l.german, QStringLiteral("--out"), paid,
                         QStringLiteral("--as-of"), QStringLiteral("2026-03-31")})
                  .exitCode,
              0);
    EXPECT_TRUE(decodedCodes(paid).isEmpty());
    EXPECT_TRUE(PdfProbe(paid).text().contains(QStringLiteral("IBAN DE89 3704")));
}

TEST(PaymentQr, TheInvoiceShowsBothVatIds)
{
    QrLedger l;
    const QString invoice = l.ledger.file(QStringLiteral("vat.pdf"));
    ASSERT_EQ(l.cli.run({QStringLiteral("invoice"), QStringLiteral("pdf"), l.number, QStringLiteral("--out"), invoice})
                  .exitCode,
              0);
    const QString text = PdfProbe(invoice).text();
    EXPECT_TRUE(text.contains(QStringLiteral("VAT ID: DE123456789"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("VAT ID: ATU12345678"))) << qPrintable(text);
    const QString german = l.ledger.file(QStringLiteral("vat-de.pdf"));
    ASSERT_EQ(l.cli.run({QStringLiteral("invoice"), QStringLiteral("pdf"), l.german, QStringLiteral("--out"), german})
                  .exitCode,
              0);
    EXPECT_TRUE(PdfProbe(german).text().contains(QStringLiteral("USt-IdNr.: DE123456789")));
}

TEST(CompanyBankSettings, AWrongIbanIsRefusedWithExit3AndTheOldOneKept)
{
    TempLedger ledger;
    ledger.close();
    const CliRunner cli(ledger.path());
    auto get = [&](const char* key) { return cli.run({QStringLiteral("settings"), QStringLiteral("get"), QString::fromLatin1(key)}).out.trimmed(); };
    auto set = [&](const char* key, const QString& value) {
        return cli.run({QStringLiteral("settings"), QStringLiteral("set"), QString::fromLatin1(key), value});
    };
    // Typed in groups and lower case, stored as payment codes write it.
    ASSERT_EQ(set("company.iban", QStringLiteral("de89 3704 0044 0532 0130 00")).exitCode, 0);
    EXPECT_EQ(get("company.iban"), QStringLiteral("DE89370400440532013000"));

    const auto wrong = set("company.iban", QStringLiteral("DE89 3704 0044 0532 0130 01"));
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("company.iban"))) << qPrintable(wrong.err);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("check digits do not match"))) << qPrintable(wrong.err);
    EXPECT_EQ(get("company.iban"), QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(set("company.iban", QStringLiteral("not an iban")).exitCode, 3);
    EXPECT_EQ(get("company.iban"), QStringLiteral("DE89370400440532013000"));

    ASSERT_EQ(set("company.bic", QStringLiteral("cobadeff xxx")).exitCode, 0);
    EXPECT_EQ(get("company.bic"), QStringLiteral("COBADEFFXXX"));
    EXPECT_EQ(set("company.bic", QStringLiteral("COBADEF")).exitCode, 3);
    EXPECT_EQ(get("company.bic"), QStringLiteral("COBADEFFXXX"));
    ASSERT_EQ(set("company.vat_id", QStringLiteral("DE123456789")).exitCode, 0);
    EXPECT_EQ(set("company.vat_id", QStringLiteral("n/a")).exitCode, 3);
    EXPECT_EQ(get("company.vat_id"), QStringLiteral("DE123456789"));
    EXPECT_EQ(set("payments.thank_you", QStringLiteral("maybe")).exitCode, 3);
    // Empty clears it: no IBAN, no code.
    ASSERT_EQ(set("company.iban", QString()).exitCode, 0);
    EXPECT_EQ(get("company.iban"), QString());
}

TEST(CustomerVatId, CustomersCsvRoundTripsTheVatIdAndRefusesABadOne)
{
    TestLocation first;
    TestLocation second;
    const CliRunner a(first.ledger());
    const CliRunner b(second.ledger());
    for (const CliRunner* cli : {&a, &b})
        ASSERT_EQ(cli->run({"init", "--company", "Test Co", "--currency", "EUR"}).exitCode, 0);
    QFile file(first.file(QStringLiteral("customers.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name,vat_id\nC1,Alder,DE 123 456 789\nC2,Birch,\n");
    file.close();
    auto r = a.run({QStringLiteral("import"), QStringLiteral("customers"), file.fileName()});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QString exported = a.run({"export", "customers", "-"}).out;
    const QStringList lines = exported.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << qPrintable(exported);
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral(",vat_id,buyer_reference,einvoice"))) << qPrintable(lines[0]);
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",DE 123 456 789,,"))) << qPrintable(lines[1]);
    EXPECT_TRUE(lines[2].endsWith(u',')) << qPrintable(lines[2]);

    // What export wrote imports into another ledger and exports the same again.
    QFile copy(second.file(QStringLiteral("exported.csv")));
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write(exported.toUtf8());
    copy.close();
    r = b.run({QStringLiteral("import"), QStringLiteral("customers"), copy.fileName()});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(b.run({"export", "customers", "-"}).out, exported);

    // A bad VAT ID is refused naming the line and the column, and nothing is imported.
    QFile bad(first.file(QStringLiteral("bad.csv")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("code,name,vat_id\nC3,Cedar,DE1\nC4,Dogwood,\n");
    bad.close();
    r = a.run({QStringLiteral("import"), QStringLiteral("customers"), bad.fileName()});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad.csv:2: vat_id: \"DE1\" is not a VAT ID"))) << qPrintable(r.err);
    EXPECT_EQ(a.run({"export", "customers", "-"}).out, exported);
}

} // namespace settle::test
