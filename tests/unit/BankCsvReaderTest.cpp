#include "BankTestFiles.h"

#include "bank/BankCsvMapping.h"
#include "bank/BankFileText.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::bankFile;
using settle::test::bankRefusal;
using settle::test::readBankFile;

namespace {

BankCsvReader::Options inCurrency(const QString& currency)
{
    BankCsvReader::Options options;
    options.defaultCurrency = currency;
    return options;
}

QByteArray contents(const QString& name)
{
    QFile file(bankFile(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST(BankCsvReader, RecognisesAGermanSavingsBankExport)
{
    const BankStatement s = readBankFile(QStringLiteral("sparkasse.csv"), BankStatementReader::Format::Detect,
                                         inCurrency(QStringLiteral("USD")));
    EXPECT_EQ(s.format, QStringLiteral("csv"));
    ASSERT_EQ(s.entries.size(), 3);
    const BankEntry& fjord = s.entries[0];
    EXPECT_EQ(fjord.bookingDate, QDate(2026, 3, 10)); // "10.03.26"
    EXPECT_EQ(fjord.valueDate, QDate(2026, 3, 10));
    EXPECT_EQ(fjord.amount, 119000);                  // "1.190,00"
    EXPECT_EQ(fjord.currency, QStringLiteral("EUR")); // the file's Waehrung, not the default
    EXPECT_EQ(fjord.counterparty, QStringLiteral("Fjord Möbel AG"));
    EXPECT_EQ(fjord.counterpartyIban, QStringLiteral("DE02120300000000202051"));
    EXPECT_EQ(fjord.text, QStringLiteral("RE INV-0001"));
    EXPECT_EQ(fjord.where, QStringLiteral("entry 1 (line 2)"));
    EXPECT_EQ(s.entries[1].amount, -8999);
    EXPECT_EQ(s.entries[2].text, QStringLiteral("Rechnung Nr. 2 vom 02.03. Kd-Nr. K2"));
    EXPECT_EQ(s.entries[2].counterparty, QStringLiteral("Café Müller GmbH"));
}

TEST(BankCsvReader, SkipsTheAccountLinesAboveTheHeader)
{
    const BankStatement s = readBankFile(QStringLiteral("dkb.csv"), BankStatementReader::Format::Csv,
                                         inCurrency(QStringLiteral("EUR")));
    ASSERT_EQ(s.entries.size(), 2);
    EXPECT_EQ(s.entries[0].bookingDate, QDate(2026, 3, 17));
    EXPECT_EQ(s.entries[0].amount, 83450); // "834,50 €"
    EXPECT_EQ(s.entries[0].currency, QStringLiteral("EUR"));
    EXPECT_EQ(s.entries[0].counterparty, QStringLiteral("Birch & Sons Joinery"));
    EXPECT_EQ(s.entries[0].text, QStringLiteral("inv 3 and 4"));
    EXPECT_EQ(s.entries[0].where, QStringLiteral("entry 1 (line 5)"));
    EXPECT_EQ(s.entries[1].amount, 23800); // "238 €"
    EXPECT_EQ(s.entries[1].text, QStringLiteral("RF29INV0005"));
}

TEST(BankCsvReader, RecognisesAnEnglishExportWithDebitAndCreditColumns)
{
    const BankStatement s = readBankFile(QStringLiteral("bank-en.csv"), BankStatementReader::Format::Detect,
                                         inCurrency(QStringLiteral("USD")));
    ASSERT_EQ(s.entries.size(), 3);
    EXPECT_EQ(s.entries[0].bookingDate, QDate(2026, 3, 10)); // 03/10/2026: March 10
    EXPECT_EQ(s.entries[0].amount, 119000);                  // "1,190.00" in the Deposits column
    EXPECT_EQ(s.entries[0].currency, QStringLiteral("USD"));
    EXPECT_EQ(s.entries[0].counterparty, QStringLiteral("Acme Bakery Ltd"));
    EXPECT_EQ(s.entries[0].bankReference, QStringLiteral("TXN-55001"));
    EXPECT_EQ(s.entries[1].amount, -4217); // Withdrawals
    EXPECT_EQ(s.entries[2].text, QStringLiteral("Payment inv 3, inv 4"));
}

TEST(BankCsvReader, UnknownColumnsAreRefusedNamingWhatIsMissing)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("own-columns.csv"), BankStatementReader::Format::Csv, inCurrency(QStringLiteral("EUR"))),
              QStringLiteral("own-columns.csv: line 1: the bank CSV has no column for date, amount (or debit and credit), "
                             "text; map its columns in the import wizard (its header: Tag, Wert, Kunde, Konto, Zweck, Summe)"));
}

TEST(BankCsvReader, AMappingRememberedForTheHeaderReadsTheFile)
{
    BankCsvMapping mapping;
    mapping.date = QStringLiteral("Tag");
    mapping.valueDate = QStringLiteral("Wert");
    mapping.counterparty = QStringLiteral("Kunde");
    mapping.iban = QStringLiteral("Konto");
    mapping.text = QStringLiteral("Zweck");
    mapping.amount = QStringLiteral("Summe");
    mapping.dateFormat = QStringLiteral("dd.MM.yyyy");
    mapping.decimalSeparator = u',';
    const QString stored = mapping.toSetting();
    EXPECT_FALSE(stored.contains(u'\n'));
    EXPECT_EQ(BankCsvMapping::fromSetting(stored), mapping);

    BankCsvReader::Options options = inCurrency(QStringLiteral("EUR"));
    QStringList askedFor;
    options.remembered = [&](const QStringList& header) -> std::optional<BankCsvMapping> {
        askedFor = header;
        return BankCsvMapping::fromSetting(stored);
    };
    const BankStatement s = readBankFile(QStringLiteral("own-columns.csv"), BankStatementReader::Format::Csv, options);
    EXPECT_EQ(askedFor, (QStringList{"Tag", "Wert", "Kunde", "Konto", "Zweck", "Summe"}));
    ASSERT_EQ(s.entries.size(), 1);
    EXPECT_EQ(s.entries[0].bookingDate, QDate(2026, 3, 2));
    EXPECT_EQ(s.entries[0].amount, 50000);
    EXPECT_EQ(s.entries[0].counterparty, QStringLiteral("Greenleaf Cafe"));
    EXPECT_EQ(s.entries[0].counterpartyIban, QStringLiteral("FR1420041010050500013M02606"));
    EXPECT_EQ(s.entries[0].text, QStringLiteral("Rechnung INV-0007"));
}

TEST(BankCsvReader, TheHeaderSignatureIgnoresCaseAndSpacesButNotTheColumns)
{
    const QStringList header{"Buchungstag", "Betrag", "Verwendungszweck"};
    EXPECT_EQ(BankCsvMapping::headerSignature(header),
              BankCsvMapping::headerSignature({" buchungstag", "BETRAG ", "Verwendungszweck"}));
    EXPECT_NE(BankCsvMapping::headerSignature(header),
              BankCsvMapping::headerSignature({"Buchungstag", "Verwendungszweck", "Betrag"}));
    EXPECT_TRUE(BankCsvMapping::settingKey(header).startsWith(BankCsvMapping::settingKeyPrefix()));
    EXPECT_EQ(BankCsvMapping::fromSetting(QStringLiteral("not json")), std::nullopt);
}

TEST(BankCsvReader, TheTableGivesTheWizardTheHeaderAndRows)
{
    const BankCsvReader::Table table = BankCsvReader::table(contents(QStringLiteral("dkb.csv")), QStringLiteral("dkb.csv"));
    EXPECT_EQ(table.headerLine, 4);
    EXPECT_EQ(table.header.first(), QStringLiteral("Buchungsdatum"));
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows[1].line, 6);
    const BankCsvMapping recognised = BankCsvReader::mappingFor(table, {});
    EXPECT_EQ(recognised.date, QStringLiteral("Buchungsdatum"));
    EXPECT_EQ(recognised.amount, QStringLiteral("Betrag (€)"));
    EXPECT_EQ(recognised.counterparty, QStringLiteral("Zahlungspflichtige*r"));
    EXPECT_EQ(recognised.iban, QStringLiteral("IBAN"));
    EXPECT_EQ(recognised.text, QStringLiteral("Verwendungszweck"));
    EXPECT_EQ(recognised.dateFormat, QStringLiteral("dd.MM.yy"));
    EXPECT_EQ(recognised.decimalSeparator, u',');
}

TEST(BankCsvReader, AnAmountThatIsNoNumberIsRefusedNamingEntryLineAndColumn)
{
    const QString message =
        bankRefusal(QStringLiteral("bad/bad-amount.csv"), BankStatementReader::Format::Detect, inCurrency(QStringLiteral("USD")));
    EXPECT_TRUE(message.startsWith(QStringLiteral("bad-amount.csv: entry 2 (line 3): Amount: \"12.x0\""))) << message.toStdString();
}

TEST(BankCsvReader, IbansAreRecognisedOnlyWhenTheyAreOne)
{
    EXPECT_EQ(BankFileText::iban(QStringLiteral("de02 1203 0000 0000 2020 51")), QStringLiteral("DE02120300000000202051"));
    EXPECT_EQ(BankFileText::iban(QStringLiteral("0532013000")), QString());
    EXPECT_EQ(BankFileText::iban(QStringLiteral("DE02120300000000202052")), QString()); // check digits fail
}
