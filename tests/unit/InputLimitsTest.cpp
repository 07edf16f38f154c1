#include "domain/CustomerCheck.h"
#include "domain/Invoice.h"
#include "domain/InputLimits.h"
#include "errors/SettleError.h"
#include "io/CsvTable.h"
#include "io/CsvWriter.h"
#include "ledger/SettingRules.h"
#include "money/Money.h"

#include <gtest/gtest.h>

#include <limits>

using namespace settle;

namespace {

Currency code(const char* c)
{
    return Currency::require(QString::fromLatin1(c));
}

} // namespace

TEST(InputLimitsRules, AnAmountHasAMaximumOfTenTrillionMajorUnits)
{
    EXPECT_EQ(InputLimits::maxAmountText(code("USD")), QStringLiteral("10000000000000.00"));
    EXPECT_EQ(InputLimits::maxAmountText(code("JPY")), QStringLiteral("10000000000000"));
    EXPECT_EQ(InputLimits::maxAmountText(code("CLF")), QStringLiteral("10000000000000.0000"));
    EXPECT_TRUE(InputLimits::amountProblem(1'000'000'000'000'000, code("USD")).isEmpty());
    EXPECT_EQ(InputLimits::amountProblem(1'000'000'000'000'001, code("USD")),
              QStringLiteral("10000000000000.01 is more than the largest amount 10000000000000.00 USD"));
    // The ledger's largest sum, in the currency with the most minor digits, still fits 64 bits.
    EXPECT_LT(InputLimits::maxLedgerTotalMinor(code("CLF")), std::numeric_limits<qint64>::max() / 2);
}

TEST(InputLimitsRules, MoneyParsingRefusesAmountsBeyondTheMaximum)
{
    Money out;
    EXPECT_TRUE(Money::parseError(QStringLiteral("10000000000000.00"), code("USD"), &out).isEmpty());
    EXPECT_EQ(Money::parseError(QStringLiteral("10000000000000.01"), code("USD"), &out),
              QStringLiteral("\"10000000000000.01\" is more than the largest amount 10000000000000.00 USD"));
    EXPECT_EQ(Money::parseError(QStringLiteral("-92233720368547758.08"), code("USD"), &out),
              QStringLiteral("\"-92233720368547758.08\" is more than the largest amount 10000000000000.00 USD"));
    EXPECT_EQ(Money::parseError(QStringLiteral("99999999999999999999999"), code("USD"), &out),
              QStringLiteral("\"99999999999999999999999\" is more than the largest amount 10000000000000.00 USD"));
}

TEST(InputLimitsRules, ArithmeticThatWouldWrapThrowsInsteadOfLying)
{
    const Money big(std::numeric_limits<qint64>::max() - 5, code("USD"));
    EXPECT_THROW(big + Money(10, code("USD")), SettleError);
    EXPECT_THROW(-big - Money(10, code("USD")), SettleError);
    Invoice invoice;
    invoice.currency = QStringLiteral("USD");
    InvoiceLine line;
    line.unitPrice = 5'000'000'000'000'000'000; // 50000000000000000.00
    invoice.lines << line << line;
    EXPECT_THROW(invoice.computeTotals(), SettleError);
    InvoiceLine product;
    product.unitPrice = 9'223'372'036'854'775'807;
    product.quantity = 1000 * 10'000;
    EXPECT_THROW(product.compute(), SettleError);
}

TEST(InputLimitsRules, TextFieldsHaveLengthsAndNoControlCharacters)
{
    using F = InputLimits::Field;
    EXPECT_TRUE(InputLimits::textProblem(F::CustomerName, QString(200, u'x')).isEmpty());
    EXPECT_EQ(InputLimits::textProblem(F::CustomerName, QString(201, u'x')),
              QStringLiteral("is 201 characters long; at most 200 are allowed"));
    EXPECT_EQ(InputLimits::textProblem(F::CustomerName, QStringLiteral("a\nb")),
              QStringLiteral("has a line break at character 2; it must be one line"));
    EXPECT_TRUE(InputLimits::textProblem(F::Address, QStringLiteral("a\nb")).isEmpty());
    EXPECT_EQ(InputLimits::textProblem(F::Address, QStringLiteral("a\r\nb")),
              QStringLiteral("has the control character U+000D at character 2"));
    EXPECT_EQ(InputLimits::textProblem(F::Reference, QString(QChar(0)) + u'x'),
              QStringLiteral("has the control character U+0000 at character 1"));
    EXPECT_FALSE(InputLimits::textProblem(F::Notes, QStringLiteral("tab\there")).isEmpty());
    EXPECT_FALSE(InputLimits::textProblem(F::CustomerName, QString(QChar(0x2028))).isEmpty());
    EXPECT_TRUE(InputLimits::textProblem(F::CustomerName, QStringLiteral("Café Müller 日本")).isEmpty());
}

TEST(InputLimitsRules, DatesLieWithinTheYearsSettleKeeps)
{
    EXPECT_TRUE(InputLimits::dateProblem(QDate(1900, 1, 1)).isEmpty());
    EXPECT_TRUE(InputLimits::dateProblem(QDate(2999, 12, 31)).isEmpty());
    EXPECT_EQ(InputLimits::dateProblem(QDate(9999, 12, 31)),
              QStringLiteral("9999-12-31 is outside the dates Settle keeps (1900-01-01 to 2999-12-31)"));
    EXPECT_FALSE(InputLimits::dateProblem(QDate(1899, 12, 31)).isEmpty());
}

TEST(InputLimitsRules, CustomerCheckAppliesTheLimitsTheDialogShows)
{
    Customer c;
    c.code = QStringLiteral("C1");
    c.name = QString(201, u'n');
    c.currency = QStringLiteral("USD");
    c.phone = QStringLiteral("12\n34");
    c.address = QStringLiteral("1 Main St\nSpringfield");
    c.notes = QString(10001, u'x');
    c.email = QStringLiteral("ap@alder.example, nope");
    QStringList fields;
    for (const auto& problem : CustomerCheck::problems(c))
        fields << problem.field;
    EXPECT_EQ(fields, (QStringList{"name", "email", "phone", "notes"}));
    EXPECT_EQ(CustomerCheck::problems(c).first().message,
              QStringLiteral("the name is 201 characters long; at most 200 are allowed"));
    c.code = QString(51, u'c');
    EXPECT_EQ(CustomerCheck::problems(c).first().field, QStringLiteral("code"));
}

TEST(InputLimitsRules, ExportNeutralisesFormulasButNotNumbers)
{
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("+49 30")), QStringLiteral("'+49 30"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("-3")), QStringLiteral("-3"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("Acme")), QStringLiteral("Acme"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("'=x")), QStringLiteral("''=x"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("'plain")), QStringLiteral("'plain"));
    // Whatever is written reads back as it was.
    for (const char* text : {"=1+2", "+49", "-2+3", "-12.50", "@x", "'=x", "''-y", "'plain", "", "'", "plain"}) {
        const QString cell = QString::fromUtf8(text);
        EXPECT_EQ(CsvWriter::restore(CsvWriter::neutralise(cell)), cell) << text;
    }
    CsvWriter writer;
    writer.writeRow({QStringLiteral("name"), QStringLiteral("amount")});
    writer.writeRow({QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("-5.00")});
    const CsvTable table = CsvTable::parse(writer.text().toUtf8(), QStringLiteral("t.csv"));
    EXPECT_TRUE(writer.text().contains(QStringLiteral("'=cmd|' /C calc'!A0,-5.00")));
    EXPECT_EQ(table.cell(table.rows().first(), QStringLiteral("name")), QStringLiteral("=cmd|' /C calc'!A0"));
    EXPECT_EQ(table.cell(table.rows().first(), QStringLiteral("amount")), QStringLiteral("-5.00"));
}

TEST(InputLimitsRules, SettingsKnowTheirKeysAndValues)
{
    EXPECT_EQ(SettingRules::nearestKey(QStringLiteral("smtp.hots")), QStringLiteral("smtp.host"));
    EXPECT_EQ(SettingRules::nearestKey(QStringLiteral("company.nmae")), QStringLiteral("company.name"));
    EXPECT_TRUE(SettingRules::nearestKey(QStringLiteral("weather.today")).isEmpty());
    EXPECT_TRUE(SettingRules::isKnown(QStringLiteral("smtp.timeout")));
    EXPECT_TRUE(SettingRules::isKnown(QStringLiteral("report.trend.steady_days")));
    EXPECT_FALSE(SettingRules::valueProblem(QStringLiteral("smtp.port"), QStringLiteral("abc")).isEmpty());
    EXPECT_FALSE(SettingRules::valueProblem(QStringLiteral("smtp.port"), QStringLiteral("70000")).isEmpty());
    EXPECT_TRUE(SettingRules::valueProblem(QStringLiteral("smtp.port"), QString()).isEmpty());
    EXPECT_FALSE(SettingRules::valueProblem(QStringLiteral("smtp.security"), QStringLiteral("bogus")).isEmpty());
    EXPECT_TRUE(SettingRules::valueProblem(QStringLiteral("smtp.security"), QStringLiteral("SSL")).isEmpty());
    EXPECT_FALSE(SettingRules::valueProblem(QStringLiteral("company.name"), QStringLiteral("A\nB")).isEmpty());
    EXPECT_FALSE(SettingRules::valueProblem(QStringLiteral("company.name"), QString()).isEmpty());
    EXPECT_TRUE(SettingRules::valueProblem(QStringLiteral("company.payment_details"), QStringLiteral("IBAN\nBIC")).isEmpty());
    EXPECT_FALSE(SettingRules::valueProblem(QStringLiteral("followups.auto_send"), QStringLiteral("maybe")).isEmpty());
    EXPECT_FALSE(SettingRules::valueProblem(QStringLiteral("report.trend.steady_days"), QStringLiteral("x")).isEmpty());
    EXPECT_FALSE(SettingRules::valueProblem(QStringLiteral("smtp.reply_to"), QStringLiteral("a@b.example, nope")).isEmpty());
}
