#include "documents/CompanyProfile.h"
#include "documents/PaymentQrCode.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

CompanyProfile company()
{
    CompanyProfile c;
    c.name = QStringLiteral("Northwind Design Studio");
    c.iban = QStringLiteral("DE89370400440532013000");
    c.bic = QStringLiteral("COBADEFFXXX");
    return c;
}

} // namespace

TEST(PaymentQrCode, PayloadHasTheEpcLinesInOrder)
{
    const auto transfer = PaymentQrCode::transfer(company(), QStringLiteral("EUR"), 12345, QStringLiteral("INV-0042"));
    ASSERT_TRUE(transfer);
    EXPECT_EQ(PaymentQrCode::payload(*transfer), QStringLiteral("BCD\n"
                                                                "002\n"
                                                                "1\n"
                                                                "SCT\n"
                                                                "COBADEFFXXX\n"
                                                                "Northwind Design Studio\n"
                                                                "DE89370400440532013000\n"
                                                                "EUR123.45\n"
                                                                "\n"
                                                                "\n"
                                                                "INV-0042"));
}

TEST(PaymentQrCode, AmountsHaveTwoDecimalsAndTheBicMayBeEmpty)
{
    CompanyProfile noBic = company();
    noBic.bic.clear();
    const auto transfer = PaymentQrCode::transfer(noBic, QStringLiteral("EUR"), 100000, QStringLiteral("C001"));
    ASSERT_TRUE(transfer);
    const QStringList lines = PaymentQrCode::payload(*transfer).split(u'\n');
    ASSERT_EQ(lines.size(), 11);
    EXPECT_EQ(lines[4], QString());
    EXPECT_EQ(lines[7], QStringLiteral("EUR1000.00"));
    EXPECT_EQ(lines[10], QStringLiteral("C001"));
    EXPECT_EQ(PaymentQrCode::payload(*PaymentQrCode::transfer(company(), QStringLiteral("EUR"), 5, {}))
                  .split(u'\n')
                  .value(7),
              QStringLiteral("EUR0.05"));
    // No reference: the trailing empty elements are left out.
    EXPECT_EQ(PaymentQrCode::payload(*PaymentQrCode::transfer(company(), QStringLiteral("EUR"), 5, {})).split(u'\n').size(),
              8);
}

TEST(PaymentQrCode, NoCodeWithoutEurosAnIbanOrAnythingOpen)
{
    EXPECT_FALSE(PaymentQrCode::transfer(company(), QStringLiteral("USD"), 12345, QStringLiteral("INV-1")));
    EXPECT_FALSE(PaymentQrCode::transfer(company(), QStringLiteral("EUR"), 0, QStringLiteral("INV-1")));
    EXPECT_FALSE(PaymentQrCode::transfer(company(), QStringLiteral("EUR"), -500, QStringLiteral("INV-1")));
    // More than EUR 999,999,999.99 cannot be said in a code.
    EXPECT_FALSE(PaymentQrCode::transfer(company(), QStringLiteral("EUR"), 100'000'000'000, QStringLiteral("INV-1")));
    EXPECT_TRUE(PaymentQrCode::transfer(company(), QStringLiteral("EUR"), 99'999'999'999, QStringLiteral("INV-1")));
    CompanyProfile noIban = company();
    noIban.iban.clear();
    EXPECT_FALSE(PaymentQrCode::transfer(noIban, QStringLiteral("EUR"), 12345, QStringLiteral("INV-1")));
    CompanyProfile wrongIban = company();
    wrongIban.iban = QStringLiteral("DE89370400440532013001");
    EXPECT_FALSE(PaymentQrCode::transfer(wrongIban, QStringLiteral("EUR"), 12345, QStringLiteral("INV-1")));
}

TEST(PaymentQrCode, LongOrMultiLineFieldsAreCutToTheEpcLengths)
{
    CompanyProfile long_ = company();
    long_.name = QStringLiteral("Line one\nline two ") + QString(100, u'x');
    const auto transfer =
        PaymentQrCode::transfer(long_, QStringLiteral("EUR"), 100, QString(200, u'R') + QStringLiteral("\r\n"));
    ASSERT_TRUE(transfer);
    const QStringList lines = PaymentQrCode::payload(*transfer).split(u'\n');
    ASSERT_EQ(lines.size(), 11);
    EXPECT_EQ(lines[5].size(), 70);
    EXPECT_TRUE(lines[5].startsWith(QStringLiteral("Line one line two x")));
    EXPECT_EQ(lines[10], QString(140, u'R'));
}

TEST(PaymentQrCode, EncodesAtLevelMIntoASquareSymbol)
{
    const auto transfer = PaymentQrCode::transfer(company(), QStringLiteral("EUR"), 12345, QStringLiteral("INV-0042"));
    const auto symbol = PaymentQrCode::encode(PaymentQrCode::payload(*transfer).toUtf8());
    // 93 bytes at level M need version 6 (41 modules): more than version 5's 84 bytes, less than 6's 106.
    EXPECT_EQ(symbol.width, 41);
    ASSERT_EQ(symbol.dark.size(), size_t(41 * 41));
    // The finder pattern's corner modules are dark, the separator beside it light.
    EXPECT_TRUE(symbol.isDark(0, 0));
    EXPECT_TRUE(symbol.isDark(40, 0));
    EXPECT_TRUE(symbol.isDark(0, 40));
    EXPECT_FALSE(symbol.isDark(7, 0));
    // The quiet zone of four modules on each side around a 90-point symbol.
    EXPECT_DOUBLE_EQ(PaymentQrCode::boxSide(symbol, 90), 90.0 * 49 / 41);
}
