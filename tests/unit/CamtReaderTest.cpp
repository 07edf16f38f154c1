#include "BankTestFiles.h"

#include "bank/CamtReader.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::bankRefusal;
using settle::test::readBankFile;

TEST(CamtReader, ReadsEveryFieldOfAVersion02Statement)
{
    const BankStatement s = readBankFile(QStringLiteral("march-camt053-v02.xml"));
    EXPECT_EQ(s.format, QStringLiteral("camt053"));
    EXPECT_EQ(s.fileName, QStringLiteral("march-camt053-v02.xml"));
    EXPECT_EQ(s.accountIban, QStringLiteral("DE89370400440532013000"));
    ASSERT_EQ(s.entries.size(), 7); // six Ntry, the batch of two split in two

    const BankEntry& first = s.entries[0];
    EXPECT_EQ(first.bookingDate, QDate(2026, 3, 10));
    EXPECT_EQ(first.valueDate, QDate(2026, 3, 10));
    EXPECT_EQ(first.amount, 119000);
    EXPECT_EQ(first.currency, QStringLiteral("EUR"));
    EXPECT_EQ(first.counterparty, QStringLiteral("Fjord Möbel AG"));
    EXPECT_EQ(first.counterpartyIban, QStringLiteral("DE02120300000000202051"));
    EXPECT_EQ(first.text, QStringLiteral("RE INV-0001"));
    EXPECT_EQ(first.structuredReference, QString()); // NOTPROVIDED is no reference
    EXPECT_EQ(first.bankReference, QStringLiteral("2026031000001"));
    EXPECT_EQ(first.where, QStringLiteral("entry 1 (line 39)"));

    const BankEntry& second = s.entries[1];
    EXPECT_EQ(second.amount, 50000);
    EXPECT_EQ(second.counterparty, QStringLiteral("Café Müller GmbH"));
    EXPECT_EQ(second.counterpartyIban, QStringLiteral("DE75512108001245126199")); // spaces dropped
    EXPECT_EQ(second.text, QStringLiteral("Rechnung Nr. 2 vom 02.03. Kd-Nr. K2"));    // two Ustrd joined
    EXPECT_EQ(second.structuredReference, QStringLiteral("MUELLER-2026-03-11"));
    EXPECT_EQ(second.bankReference, QStringLiteral("2026031100002"));

    EXPECT_EQ(s.entries[2].amount, 83450);
    EXPECT_EQ(s.entries[2].counterparty, QStringLiteral("Birch & Sons Joinery"));
    EXPECT_EQ(s.entries[2].text, QStringLiteral("inv 3 and 4"));
    EXPECT_EQ(s.entries[2].structuredReference, QStringLiteral("E2E-BIRCH-77"));

    const BankEntry& structured = s.entries[3];
    EXPECT_EQ(structured.amount, 23800);
    EXPECT_EQ(structured.text, QString());
    EXPECT_EQ(structured.structuredReference, QStringLiteral("RF29INV0005"));
    EXPECT_EQ(structured.counterpartyIban, QStringLiteral("NL91ABNA0417164300"));

    const BankEntry& debit = s.entries[4];
    EXPECT_EQ(debit.amount, -8999);
    EXPECT_EQ(debit.counterparty, QStringLiteral("Stadtwerke Musterstadt")); // the creditor of money out
    EXPECT_EQ(debit.counterpartyIban, QStringLiteral("DE12500105170648489890"));
    EXPECT_EQ(debit.text, QStringLiteral("Abschlag Strom Maerz 2026"));

    // The batch: one entry per TxDtls, each with its own payer, text and reference.
    const BankEntry& acme = s.entries[5];
    const BankEntry& greenleaf = s.entries[6];
    EXPECT_EQ(acme.amount, 120000);
    EXPECT_EQ(acme.counterparty, QStringLiteral("Acme Bakery Ltd"));
    EXPECT_EQ(acme.counterpartyIban, QStringLiteral("IE29AIBK93115212345678"));
    EXPECT_EQ(acme.text, QStringLiteral("INV0006"));
    EXPECT_EQ(acme.structuredReference, QStringLiteral("ACME-PAY-0311"));
    EXPECT_EQ(acme.bankReference, QStringLiteral("2026031400006-1"));
    EXPECT_EQ(acme.bookingDate, QDate(2026, 3, 14));
    EXPECT_TRUE(acme.where.startsWith(QStringLiteral("entry 6, transaction 1 (line "))) << acme.where.toStdString();
    EXPECT_EQ(greenleaf.amount, 50000);
    EXPECT_EQ(greenleaf.counterparty, QStringLiteral("Greenleaf Cafe"));
    EXPECT_EQ(greenleaf.text, QStringLiteral("Rechnung INV-0007"));
    EXPECT_EQ(greenleaf.bankReference, QStringLiteral("2026031400006-2"));
    EXPECT_EQ(greenleaf.structuredReference, QString());

    qint64 sum = 0;
    for (const BankEntry& e : s.entries)
        sum += e.amount;
    EXPECT_EQ(1000000 + sum, 1437251); // opening + entries = the file's closing balance
}

TEST(CamtReader, ReadsVersion08WithPartyChoicesStatusCodesAndDateTimes)
{
    const BankStatement s = readBankFile(QStringLiteral("march-camt053-v08.xml"));
    EXPECT_EQ(s.accountIban, QStringLiteral("DE89370400440532013000"));
    ASSERT_EQ(s.entries.size(), 3); // the pending fourth entry is not booked yet

    const BankEntry& delta = s.entries[0];
    EXPECT_EQ(delta.bookingDate, QDate(2026, 3, 27)); // DtTm: the bank's own day
    EXPECT_EQ(delta.amount, 233240);
    EXPECT_EQ(delta.counterparty, QStringLiteral("Delta Logistics Inc")); // Dbtr/Pty/Nm
    EXPECT_EQ(delta.counterpartyIban, QStringLiteral("GB33BUKB20201555555555"));
    EXPECT_EQ(delta.text, QStringLiteral("Invoice INV0008 less 2% discount"));
    EXPECT_EQ(delta.structuredReference, QStringLiteral("DELTA-AP-77120"));
    EXPECT_EQ(delta.bankReference, QStringLiteral("20260327-QX81-0001"));

    const BankEntry& fjord = s.entries[1];
    EXPECT_EQ(fjord.amount, 119000);
    EXPECT_EQ(fjord.counterparty, QStringLiteral("Fjord Media AS"));
    EXPECT_EQ(fjord.counterpartyIban, QStringLiteral("NO9386011117947"));
    EXPECT_EQ(fjord.structuredReference, QStringLiteral("RF18INV0009"));

    const BankEntry& office = s.entries[2];
    EXPECT_EQ(office.amount, -17765);
    EXPECT_EQ(office.counterparty, QStringLiteral("Bürobedarf Schmidt KG"));
    EXPECT_EQ(office.text, QStringLiteral("Kundennr 4471 Rechnung 2026-118"));
}

TEST(CamtReader, KnowsTheVersionsItReads)
{
    EXPECT_EQ(CamtReader::versionOfNamespace(u"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"), QStringLiteral("02"));
    EXPECT_EQ(CamtReader::versionOfNamespace(u"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"), QStringLiteral("08"));
    EXPECT_EQ(CamtReader::versionOfNamespace(u"urn:iso:std:iso:20022:tech:xsd:camt.053.001.10"), QString());
    EXPECT_EQ(CamtReader::versionOfNamespace(u"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"), QString());
}

TEST(CamtReader, AnAmountThatIsNoNumberIsRefusedNamingEntryLineAndField)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/bad-amount-camt.xml")),
              QStringLiteral("bad-amount-camt.xml: entry 2 (line 24): Amt: \"11x0.00\" is not an amount"));
}

TEST(CamtReader, ADateThatDoesNotExistIsRefused)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/bad-date-camt.xml")),
              QStringLiteral("bad-date-camt.xml: entry 1 (line 10): BookgDt: \"2026-02-30\" is not a date (YYYY-MM-DD)"));
}

TEST(CamtReader, MalformedXmlIsRefusedWithItsLine)
{
    const QString message = bankRefusal(QStringLiteral("bad/malformed.xml"));
    EXPECT_TRUE(message.startsWith(QStringLiteral("malformed.xml: line 33, column "))) << message.toStdString();
    EXPECT_TRUE(message.endsWith(QStringLiteral("the XML is malformed here (a tag not closed, or a stray character)")))
        << message.toStdString();
}

TEST(CamtReader, AFileCutOffIsRefused)
{
    const QString message = bankRefusal(QStringLiteral("bad/cut-off.xml"));
    EXPECT_TRUE(message.startsWith(QStringLiteral("cut-off.xml: line 34"))) << message.toStdString();
    EXPECT_TRUE(message.endsWith(QStringLiteral("the XML ends too early (is the file cut off?)"))) << message.toStdString();
}

TEST(CamtReader, OtherXmlAndOtherCamtMessagesAreRefusedByName)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/camt054.xml")),
              QStringLiteral("camt054.xml: is a camt.054 message, not a camt.053 bank statement"));
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/camt053-v10.xml")),
              QStringLiteral("camt053-v10.xml: line 2: camt.053 version .001.10 is not one Settle reads (it reads .001.02 to .001.08)"));
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/pain001.xml")),
              QStringLiteral("pain001.xml: is XML but not a camt.053 bank statement (its root element is <Document> in "
                             "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03)"));
}

TEST(CamtReader, ABatchWhoseTransactionsDoNotAddUpIsRefused)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/batch-mismatch.xml")),
              QStringLiteral("batch-mismatch.xml: entry 1 (line 10): NtryDtls: the batch's transactions add up to 1600.00, "
                             "not the entry's amount 1700.00"));
}
