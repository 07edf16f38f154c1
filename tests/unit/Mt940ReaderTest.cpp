#include "BankTestFiles.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::bankRefusal;
using settle::test::readBankFile;

TEST(Mt940Reader, ReadsTwoStatementsInWindows1252WithCrlf)
{
    const BankStatement s = readBankFile(QStringLiteral("march.mt940"));
    EXPECT_EQ(s.format, QStringLiteral("mt940"));
    EXPECT_EQ(s.accountIban, QStringLiteral("37040044/0532013000")); // :25: as the bank gives it
    ASSERT_EQ(s.entries.size(), 5);

    // German structured :86: with SEPA keywords: SVWZ+ is the text, EREF+NOTPROVIDED no reference.
    const BankEntry& fjord = s.entries[0];
    EXPECT_EQ(fjord.bookingDate, QDate(2026, 3, 10));
    EXPECT_EQ(fjord.valueDate, QDate(2026, 3, 10));
    EXPECT_EQ(fjord.amount, 119000);
    EXPECT_EQ(fjord.currency, QStringLiteral("EUR"));
    EXPECT_EQ(fjord.counterparty, QStringLiteral("Fjord Möbel AG")); // ö from Windows-1252
    EXPECT_EQ(fjord.counterpartyIban, QStringLiteral("DE02120300000000202051"));
    EXPECT_EQ(fjord.text, QStringLiteral("RE INV-0001"));
    EXPECT_EQ(fjord.structuredReference, QString());
    EXPECT_EQ(fjord.bankReference, QStringLiteral("2026031000001"));
    EXPECT_EQ(fjord.where, QStringLiteral("entry 1 (line 5)"));

    // A debit; the remittance cut into 27-character pieces is joined back without a space.
    const BankEntry& power = s.entries[1];
    EXPECT_EQ(power.amount, -8999);
    EXPECT_EQ(power.counterparty, QStringLiteral("Stadtwerke Musterstadt"));
    EXPECT_EQ(power.text, QStringLiteral("Abschlag Strom Maerz 2026"));
    EXPECT_EQ(power.structuredReference, QStringLiteral("SW-2026-03-4471"));
    EXPECT_EQ(power.bankReference, QStringLiteral("2026031100002"));

    // Free text over two lines; "500," is 500.00.
    const BankEntry& cafe = s.entries[2];
    EXPECT_EQ(cafe.bookingDate, QDate(2026, 3, 16));
    EXPECT_EQ(cafe.amount, 50000);
    EXPECT_EQ(cafe.text, QStringLiteral("Rechnung Nr. 2 vom 02.03. Kd-Nr. K2 Café Müller GmbH"));
    EXPECT_EQ(cafe.counterparty, QString());
    EXPECT_EQ(cafe.where, QStringLiteral("entry 3 (line 18)"));

    // Subfields cut across the field's lines, and a word cut between ?21 and ?22.
    const BankEntry& birch = s.entries[3];
    EXPECT_EQ(birch.amount, 83450);
    EXPECT_EQ(birch.text, QStringLiteral("Payment for orders, inv 3 and 4"));
    EXPECT_EQ(birch.counterparty, QStringLiteral("Birch & Sons Joinery"));
    EXPECT_EQ(birch.counterpartyIban, QStringLiteral("GB29NWBK60161331926819"));
    EXPECT_EQ(birch.structuredReference, QStringLiteral("E2E-BIRCH-77"));

    // RD: the reversal of a debit brings money in.
    EXPECT_EQ(s.entries[4].amount, 23800);
    EXPECT_EQ(s.entries[4].counterparty, QStringLiteral("Evergreen Dental"));
    EXPECT_EQ(s.entries[4].text, QStringLiteral("Rueckgabe Lastschrift"));

    qint64 sum = 0;
    for (const BankEntry& e : s.entries)
        sum += e.amount;
    EXPECT_EQ(1000000 + sum, 1267251); // :60F: of the first statement + entries = :62F: of the last
}

TEST(Mt940Reader, AnEntryDateAcrossNewYearBelongsToTheNextYear)
{
    const QByteArray data = ":20:X\n:25:DE89370400440532013000\n:60F:C251231EUR0,00\n"
                            ":61:2512310102C10,00NTRFNONREF//A1\n:86:RE INV-0001\n:62F:C260102EUR10,00\n";
    const BankStatement s = BankStatementReader::parse(data, QStringLiteral("x.sta"));
    ASSERT_EQ(s.entries.size(), 1);
    EXPECT_EQ(s.entries[0].valueDate, QDate(2025, 12, 31));
    EXPECT_EQ(s.entries[0].bookingDate, QDate(2026, 1, 2));
    EXPECT_EQ(s.accountIban, QStringLiteral("DE89370400440532013000"));
}

TEST(Mt940Reader, TheSwiftEnvelopeIsLookedThrough)
{
    const QByteArray data = "{1:F01COBADEFFAXXX0000000000}{2:I940COBADEFFXXXXN}{4:\r\n:20:X\r\n:25:DE89370400440532013000\r\n"
                            ":28C:1/1\r\n:60F:C260301EUR0,00\r\n:61:260302C12,5NTRFNONREF//B7\r\n:86:inv 42\r\n"
                            ":62F:C260302EUR12,50\r\n-}\r\n";
    const BankStatement s = BankStatementReader::parse(data, QStringLiteral("x.sta"));
    ASSERT_EQ(s.entries.size(), 1);
    EXPECT_EQ(s.entries[0].amount, 1250);
    EXPECT_EQ(s.entries[0].bookingDate, QDate(2026, 3, 2)); // no entry date: the value date
    EXPECT_EQ(s.entries[0].text, QStringLiteral("inv 42"));
    EXPECT_EQ(s.entries[0].bankReference, QStringLiteral("B7"));
}

TEST(Mt940Reader, ABrokenTagIsRefusedWithItsLine)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/broken-tag.mt940")),
              QStringLiteral("broken-tag.mt940: line 7: \":6I:26031103\" is not an MT940 tag (a tag is :NN: or :NNA:, such as "
                             ":61: or :60F:)"));
}

TEST(Mt940Reader, AnAmountThatIsNoNumberIsRefusedNamingEntryLineAndTag)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/bad-amount.mt940")),
              QStringLiteral("bad-amount.mt940: entry 2 (line 7): :61: amount: \"5O0,00\" is not an amount"));
}

TEST(Mt940Reader, AnEntryWithoutTheOpeningBalanceHasNoCurrencyAndIsRefused)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/no-opening-balance.mt940")),
              QStringLiteral("no-opening-balance.mt940: entry 1 (line 4): :60F: is missing before the first :61: of the "
                             "statement (it gives the currency)"));
}
