#include "templates/TemplateKeys.h"
#include "templates/TemplatePlaceholders.h"
#include "templates/TemplateValue.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace settle;

namespace {
const QString en = QStringLiteral("en");
const QString de = QStringLiteral("de");
} // namespace

// Choice noted in docs/TEMPLATES.md: English dates are spelt out ("March 10, 2026") so that no reader
// mistakes day and month; German ones read 10.03.2026.
TEST(TemplateFormat, DatesReadTheWayEachLanguageWritesThem)
{
    EXPECT_EQ(TemplateValue::date(QDate(2026, 3, 10)).format(en), QStringLiteral("March 10, 2026"));
    EXPECT_EQ(TemplateValue::date(QDate(2026, 3, 10)).format(de), QStringLiteral("10.03.2026"));
    EXPECT_EQ(TemplateValue::date(QDate(2026, 12, 1)).format(en), QStringLiteral("December 1, 2026"));
    EXPECT_EQ(TemplateValue::date(QDate(2026, 12, 1)).format(de), QStringLiteral("01.12.2026"));
}

TEST(TemplateFormat, AmountsUseTheLanguagesSeparatorsAndTheCurrencysDecimals)
{
    EXPECT_EQ(TemplateValue::amount(123456, QStringLiteral("EUR")).format(en),
              QStringLiteral("1,234.56 EUR"));
    EXPECT_EQ(TemplateValue::amount(123456, QStringLiteral("EUR")).format(de),
              QStringLiteral("1.234,56 EUR"));
    EXPECT_EQ(TemplateValue::amount(123456789, QStringLiteral("USD")).format(de),
              QStringLiteral("1.234.567,89 USD"));
    EXPECT_EQ(TemplateValue::amount(5, QStringLiteral("USD")).format(en), QStringLiteral("0.05 USD"));
    EXPECT_EQ(TemplateValue::amount(0, QStringLiteral("USD")).format(de), QStringLiteral("0,00 USD"));
    EXPECT_EQ(TemplateValue::amount(1234, QStringLiteral("JPY")).format(en), QStringLiteral("1,234 JPY"));
    EXPECT_EQ(TemplateValue::amount(-2550, QStringLiteral("EUR")).format(de), QStringLiteral("-25,50 EUR"));
}

TEST(TemplateFormat, ASumInSeveralCurrenciesNamesEach)
{
    const auto v = TemplateValue::amounts({{QStringLiteral("USD"), 10000}, {QStringLiteral("EUR"), 250050}});
    EXPECT_EQ(v.format(en), QStringLiteral("2,500.50 EUR + 100.00 USD"));
    EXPECT_EQ(v.format(de), QStringLiteral("2.500,50 EUR + 100,00 USD"));
}

TEST(TemplateFormat, TextAndNumbersAreShownAsTheyAre)
{
    EXPECT_EQ(TemplateValue::text(QStringLiteral("Müller & Söhne")).format(de),
              QStringLiteral("Müller & Söhne"));
    EXPECT_EQ(TemplateValue::number(1234).format(de), QStringLiteral("1234"));
    EXPECT_TRUE(TemplateValue::text(QStringLiteral(" ")).isEmpty());
    EXPECT_TRUE(TemplateValue::date(QDate()).isEmpty());
    EXPECT_TRUE(TemplateValue::amounts({}).isEmpty());
    EXPECT_FALSE(TemplateValue::number(0).isEmpty());
}

TEST(TemplateKeys, CustomerLanguagePicksATemplateLanguage)
{
    EXPECT_EQ(TemplateKeys::languageFor(QStringLiteral("de")), de);
    EXPECT_EQ(TemplateKeys::languageFor(QStringLiteral("de-CH")), de);
    EXPECT_EQ(TemplateKeys::languageFor(QStringLiteral("DE_at")), de);
    EXPECT_EQ(TemplateKeys::languageFor(QStringLiteral("en")), en);
    EXPECT_EQ(TemplateKeys::languageFor(QStringLiteral("fr-BE")), QStringLiteral("fr"));
    EXPECT_EQ(TemplateKeys::languageFor(QStringLiteral("pt")), en);
    EXPECT_EQ(TemplateKeys::languageFor(QString()), en);
}

TEST(TemplateKeys, KeysAndLanguagesAreChecked)
{
    EXPECT_TRUE(TemplateKeys::keyError(QStringLiteral("second_reminder")).isEmpty());
    EXPECT_FALSE(TemplateKeys::keyError(QStringLiteral("Second reminder")).isEmpty());
    EXPECT_FALSE(TemplateKeys::keyError(QString()).isEmpty());
    EXPECT_TRUE(TemplateKeys::languageError(de).isEmpty());
    EXPECT_EQ(TemplateKeys::languageError(QStringLiteral("pt")),
              QStringLiteral("\"pt\" is not a template language (en, de, fr, es, it, nl)"));
    EXPECT_EQ(TemplateKeys::kindOf(QStringLiteral("statement")), TemplateKeys::Kind::Statement);
    EXPECT_EQ(TemplateKeys::kindOf(QStringLiteral("payment_thanks")), TemplateKeys::Kind::Payment);
    EXPECT_EQ(TemplateKeys::kindOf(QStringLiteral("final_notice")), TemplateKeys::Kind::Followup);
}

TEST(TemplatePlaceholders, TheTableHasEachNameOnceWithDescriptionAndAValidExample)
{
    QStringList names;
    for (const auto& p : TemplatePlaceholders::all()) {
        EXPECT_FALSE(names.contains(p.name)) << p.name.toStdString();
        names << p.name;
        EXPECT_FALSE(p.description.isEmpty());
        EXPECT_FALSE(p.source.isEmpty());
        EXPECT_NE(p.kinds, 0);
        EXPECT_FALSE(TemplateValue::fromExample(p.type, p.example).isEmpty()) << p.name.toStdString();
    }
    // The placeholders the issue names are all there.
    for (const char* name :
         {"customer.name", "customer.code", "invoice.number", "invoice.balance", "invoice.total",
          "invoice.due_date", "invoice.issue_date", "days_overdue", "total_balance", "company.name",
          "company.address", "company.payment_details", "interest", "fee", "stage.name", "final_date",
          "payment.amount", "payment.date", "statement.date"})
        EXPECT_NE(TemplatePlaceholders::find(QString::fromUtf8(name)), nullptr) << name;
}

// docs/TEMPLATES.md shows the table exactly as the code has it.
TEST(TemplatePlaceholders, DocsShowTheTableOfTheCode)
{
    QFile doc(QStringLiteral(SETTLE_TEST_DATA "/../../docs/TEMPLATES.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly)) << doc.fileName().toStdString();
    const QString text = QString::fromUtf8(doc.readAll());
    const QString table = TemplatePlaceholders::markdownTable();
    EXPECT_TRUE(text.contains(table)) << "docs/TEMPLATES.md should hold this table:\n" << table.toStdString();
}
