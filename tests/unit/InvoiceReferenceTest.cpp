#include "bank/InvoiceReference.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

using Key = InvoiceReference::Key;

QStringList mentioned(const char* text)
{
    QStringList keys;
    for (const Key& key : InvoiceReference::mentions(QString::fromUtf8(text)))
        keys << key.prefix + u'/' + key.digits;
    return keys;
}

} // namespace

TEST(InvoiceReference, AnInvoiceNumbersKeyIgnoresSeparatorsCaseAndZeroPadding)
{
    EXPECT_EQ(InvoiceReference::keyOf(QStringLiteral("INV-0042")), (Key{QStringLiteral("INV"), QStringLiteral("42")}));
    EXPECT_EQ(InvoiceReference::keyOf(QStringLiteral("re_2026/0007")),
              (Key{QStringLiteral("RE"), QStringLiteral("7")}));
    EXPECT_EQ(InvoiceReference::keyOf(QStringLiteral("1000")), (Key{QString(), QStringLiteral("1000")}));
    EXPECT_FALSE(InvoiceReference::keyOf(QStringLiteral("INV-A")));
}

TEST(InvoiceReference, WhatCustomersWriteNamesTheInvoice)
{
    EXPECT_EQ(mentioned("inv 42"), QStringList{QStringLiteral("INV/42")});
    EXPECT_EQ(mentioned("INV0042"), QStringList{QStringLiteral("INV/42")});
    EXPECT_EQ(mentioned("Rechnung INV-0042"), QStringList{QStringLiteral("INV/42")});
    EXPECT_EQ(mentioned("RE INV-0042"), QStringList{QStringLiteral("INV/42")});
    EXPECT_EQ(mentioned("inv 42 and 43"), (QStringList{QStringLiteral("INV/42"), QStringLiteral("AND/43")}));
    EXPECT_EQ(mentioned("Rechnung Nr. 42 vom 02.03."), QStringList{QStringLiteral("NR/42")});
    EXPECT_EQ(mentioned("RF71INV0042"), QStringList{QStringLiteral("INV/42")});
    // Shaped like an IBAN, but too few digits for one.
    EXPECT_EQ(mentioned("KD12 Rechnung INV0042"), (QStringList{QStringLiteral("KD/12"), QStringLiteral("INV/42")}));
}

TEST(InvoiceReference, NumbersInIbansDatesAmountsAndLongerNumbersAreNotInvoices)
{
    EXPECT_TRUE(mentioned("DE02120300000000202051").isEmpty());
    EXPECT_TRUE(mentioned("IBAN DE02 1203 0000 0000 2020 51").isEmpty());
    EXPECT_TRUE(mentioned("vom 02.03.2026").isEmpty());
    EXPECT_TRUE(mentioned("am 2026-03-02").isEmpty());
    EXPECT_TRUE(mentioned("Betrag 1.190,00 EUR").isEmpty());
    EXPECT_TRUE(mentioned("RF18 5390 0754 7034").isEmpty());
    EXPECT_TRUE(mentioned("Order 42A").isEmpty());
    EXPECT_EQ(mentioned("Invoice INV0008 less 2% discount"), QStringList{QStringLiteral("INV/8")});
    EXPECT_TRUE(mentioned("2 % Skonto").isEmpty());
    EXPECT_EQ(mentioned("Kunde 4200"), QStringList{QStringLiteral("KUNDE/4200")});
    // The 001 of "2026-001" is the end of a longer number, not invoice 1.
    EXPECT_EQ(mentioned("2026-001"), QStringList{QStringLiteral("/2026")});
}
