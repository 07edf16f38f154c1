#include "BankTestFiles.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::bankRefusal;
using settle::test::readBankFile;

TEST(OfxReader, ReadsAnSgmlVersion1Statement)
{
    const BankStatement s = readBankFile(QStringLiteral("march-ofx1.ofx"));
    EXPECT_EQ(s.format, QStringLiteral("ofx"));
    EXPECT_EQ(s.accountIban, QStringLiteral("4412007781"));
    ASSERT_EQ(s.entries.size(), 4);

    const BankEntry& acme = s.entries[0];
    EXPECT_EQ(acme.bookingDate, QDate(2026, 3, 10));
    EXPECT_EQ(acme.valueDate, QDate(2026, 3, 11)); // DTAVAIL
    EXPECT_EQ(acme.amount, 119000);
    EXPECT_EQ(acme.currency, QStringLiteral("USD"));
    EXPECT_EQ(acme.counterparty, QStringLiteral("ACME BAKERY LTD"));
    EXPECT_EQ(acme.text, QStringLiteral("RE INV-0001"));
    EXPECT_EQ(acme.bankReference, QStringLiteral("202603100001"));
    EXPECT_EQ(acme.where, QStringLiteral("entry 1 (line 43)"));

    EXPECT_EQ(s.entries[1].amount, 83450); // "+834.50"
    EXPECT_EQ(s.entries[1].counterparty, QStringLiteral("Birch & Sons Joinery")); // &amp;
    EXPECT_EQ(s.entries[1].text, QStringLiteral("inv 3 and 4"));
    EXPECT_FALSE(s.entries[1].valueDate.isValid());

    EXPECT_EQ(s.entries[2].amount, -4500);
    EXPECT_EQ(s.entries[2].text, QString());

    // 23:59:59 Pacific time is still the 18th: the day the bank wrote, not moved to UTC.
    EXPECT_EQ(s.entries[3].bookingDate, QDate(2026, 3, 18));
    EXPECT_EQ(s.entries[3].amount, 200000); // "2000": no decimals written
}

TEST(OfxReader, ReadsAnXmlVersion2Statement)
{
    const BankStatement s = readBankFile(QStringLiteral("march-ofx2.ofx"));
    EXPECT_EQ(s.accountIban, QStringLiteral("000123456789"));
    ASSERT_EQ(s.entries.size(), 3);

    EXPECT_EQ(s.entries[0].counterparty, QStringLiteral("Fjord Media AS")); // PAYEE's NAME
    EXPECT_EQ(s.entries[0].text, QStringLiteral("Invoice INV-0004 & INV-0005"));
    EXPECT_EQ(s.entries[0].amount, 119000);
    EXPECT_EQ(s.entries[0].bankReference, QStringLiteral("OFX2-20260320-01"));

    EXPECT_EQ(s.entries[1].structuredReference, QStringLiteral("EVG-5521"));
    EXPECT_EQ(s.entries[1].text, QStringLiteral("INV0003"));
    EXPECT_EQ(s.entries[1].counterpartyIban, QString()); // OFX names no payer's account

    EXPECT_EQ(s.entries[2].amount, -125000);
    EXPECT_EQ(s.entries[2].counterparty, QStringLiteral("Harbor Office Rentals"));
    EXPECT_EQ(s.entries[2].counterpartyIban, QStringLiteral("GB29NWBK60161331926819")); // BANKACCTTO of money out
    EXPECT_EQ(s.entries[2].bookingDate, QDate(2026, 3, 24));
}

TEST(OfxReader, AnAmountThatIsNoNumberIsRefusedNamingEntryLineAndField)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/bad-amount.ofx")),
              QStringLiteral("bad-amount.ofx: entry 2 (line 52): TRNAMT: \"834.5.0\" is not an amount"));
}

TEST(OfxReader, ATransactionWithoutItsAmountIsRefused)
{
    const QByteArray data = "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\n<BANKTRANLIST>\n"
                            "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260310<FITID>1</STMTTRN>\n</BANKTRANLIST></STMTRS>"
                            "</STMTTRNRS></BANKMSGSRSV1></OFX>\n";
    try {
        BankStatementReader::parse(data, QStringLiteral("x.ofx"));
        FAIL() << "expected a refusal";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("x.ofx: entry 1 (line 3): TRNAMT: is missing"));
    }
}
