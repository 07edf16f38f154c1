#include "domain/Bic.h"
#include "domain/Iban.h"
#include "domain/VatId.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(Iban, ValidIbansOfSeveralCountriesPass)
{
    // The countries' published examples: 15 (Norway) to 31 characters (Malta), letters in the account.
    for (const char* iban : {"DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32",
                             "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00",
                             "AT61 1904 3002 3457 3201", "CH93 0076 2011 6238 5295 7", "BE68 5390 0754 7034",
                             "NO93 8601 1117 947", "MT84 MALT 0110 0001 2345 MTLC AST0 01S"})
        EXPECT_TRUE(Iban::problem(QString::fromLatin1(iban)).isEmpty()) << iban;
    // Typed in lower case or without spaces, it is the same account.
    EXPECT_TRUE(Iban::isValid(QStringLiteral("de89370400440532013000")));
    EXPECT_TRUE(Iban::isValid(QStringLiteral(" gb82 west 1234 5698 7654 32 ")));
}

TEST(Iban, EveryMistypedDigitIsRefused)
{
    const QString good = QStringLiteral("DE89370400440532013000");
    int tried = 0;
    for (qsizetype i = 2; i < good.size(); ++i)
        for (char digit = '0'; digit <= '9'; ++digit) {
            if (good.at(i) == QLatin1Char(digit))
                continue;
            QString wrong = good;
            wrong[i] = QLatin1Char(digit);
            const QString problem = Iban::problem(wrong);
            EXPECT_TRUE(problem.contains(QStringLiteral("check digits do not match"))) << qPrintable(wrong);
            ++tried;
        }
    EXPECT_EQ(tried, 20 * 9);
    // Two neighbours swapped: the other common slip.
    EXPECT_FALSE(Iban::isValid(QStringLiteral("DE89370400440532031000")));
}

TEST(Iban, WhatIsNoIbanAtAllIsSaidSo)
{
    for (const char* text : {"", "DE89", "89DE370400440532013000", "DE8937040044053201300!",
                             "DE89 3704 0044 0532 0130 00 1234 5678 9012 3456"})
        EXPECT_TRUE(Iban::problem(QString::fromLatin1(text)).contains(QStringLiteral("is not an IBAN"))) << text;
}

TEST(Iban, IsStoredWithoutSpacesAndPrintedInGroupsOfFour)
{
    EXPECT_EQ(Iban::normalised(QStringLiteral(" de89 3704\t0044 0532 0130 00")),
              QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(Iban::grouped(QStringLiteral("DE89370400440532013000")),
              QStringLiteral("DE89 3704 0044 0532 0130 00"));
    EXPECT_EQ(Iban::grouped(QStringLiteral("no93 8601 1117 947")), QStringLiteral("NO93 8601 1117 947"));
    EXPECT_EQ(Iban::grouped(QString()), QString());
}

TEST(Bic, HasEightOrElevenCharacters)
{
    EXPECT_TRUE(Bic::problem(QStringLiteral("COBADEFFXXX")).isEmpty());
    EXPECT_TRUE(Bic::problem(QStringLiteral("cobadeff")).isEmpty());
    EXPECT_TRUE(Bic::problem(QStringLiteral("DEUT DE DB 110")).isEmpty());
    EXPECT_EQ(Bic::normalised(QStringLiteral("deut de db 110")), QStringLiteral("DEUTDEDB110"));
    for (const char* wrong : {"COBADEF", "COBADEFFXX", "COBADEFFXXXX", "C0BADEFF", "COBA-DEFF"})
        EXPECT_TRUE(Bic::problem(QString::fromLatin1(wrong)).contains(QStringLiteral("is not a BIC"))) << wrong;
}

TEST(VatId, AcceptsTheWaysCountriesWriteThemAndRefusesOtherText)
{
    for (const char* id : {"", "DE123456789", "ATU12345678", "GB 123 4567 89", "CHE-123.456.789 MWST",
                           "FR 40 303 265 045", "12-3456789"})
        EXPECT_TRUE(VatId::problem(QString::fromLatin1(id)).isEmpty()) << id;
    for (const char* wrong : {"n/a", "none", "DE123456789; ATU1234", "office@example.com",
                              "DE 1234567890 1234567890 1234567890"})
        EXPECT_FALSE(VatId::problem(QString::fromLatin1(wrong)).isEmpty()) << wrong;
}
