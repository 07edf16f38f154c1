#include "documents/DocumentLocale.h"
#include "domain/CustomerCheck.h"
#include "templates/LanguageFallbacks.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateEngine.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateValue.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace settle;

namespace {

// Every key Settle ships in English, from the compiled-in files themselves: a key added later (with
// its English text) is checked in every language without this test being told.
QStringList englishKeys()
{
    QStringList keys = TemplateKeys::shipped();
    for (const QString& file : QDir(QStringLiteral(":/templates/en")).entryList(QDir::Files)) {
        const QString key = file.section(u'.', 0, 0);
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

// The placeholders and section tags of one part, each once: {{customer.name}}, {{#invoices}}, ...
QSet<QString> tagsOf(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("\\{\\{[^{}]*\\}\\}"));
    QSet<QString> tags;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        tags.insert(it.next().captured(0));
    return tags;
}

std::string sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u' ').toStdString();
}

} // namespace

TEST(TemplateLanguages, SettleWritesInSixLanguagesEnglishFirst)
{
    EXPECT_EQ(TemplateKeys::languages(),
              (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                           QStringLiteral("it"), QStringLiteral("nl")}));
}

TEST(TemplateLanguages, EveryLanguageHasEveryKeyWithTheEnglishPlaceholders)
{
    const QStringList keys = englishKeys();
    ASSERT_GE(keys.size(), TemplateKeys::shipped().size());
    for (const QString& key : keys) {
        const auto english = TemplateDefaults::find(key, QStringLiteral("en"));
        ASSERT_TRUE(english.has_value()) << key.toStdString();
        for (const QString& language : TemplateKeys::languages()) {
            const std::string name = (key + u'/' + language).toStdString();
            const auto t = TemplateDefaults::find(key, language);
            ASSERT_TRUE(t.has_value()) << name << " is missing";
            EXPECT_TRUE(TemplateEngine::validate(*t).isEmpty()) << name;
            EXPECT_TRUE(t->bodyHtml.contains(QStringLiteral("<html lang=\"%1\">").arg(language))) << name;
            // The same values and sections in each part: a translation that drops the amount due or
            // misspells a placeholder fails here, not in a customer's inbox.
            for (Template::Part part : Template::parts())
                EXPECT_EQ(sorted(tagsOf(t->part(part))), sorted(tagsOf(english->part(part))))
                    << name << ' ' << Template::partName(part).toStdString();
            if (language != u"en")
                EXPECT_NE(t->bodyText, english->bodyText) << name << " is not translated";
        }
    }
}

TEST(TemplateLanguages, TheFinalNoticeUsesEachCountrysFormalWording)
{
    const QList<std::pair<const char*, QString>> wording{
        {"fr", QStringLiteral("en demeure")},
        {"es", QStringLiteral("requerimos formalmente")},
        {"it", QStringLiteral("diffidiamo formalmente")},
        {"nl", QStringLiteral("in gebreke")},
    };
    for (const auto& [language, words] : wording) {
        const auto t = TemplateDefaults::find(QStringLiteral("final_notice"), QString::fromLatin1(language));
        ASSERT_TRUE(t.has_value()) << language;
        EXPECT_TRUE(t->bodyText.contains(words, Qt::CaseInsensitive)) << language;
        EXPECT_TRUE(t->bodyHtml.contains(words, Qt::CaseInsensitive)) << language;
    }
}

TEST(TemplateLanguages, DatesReadAsEachLanguageWritesThem)
{
    const QDate d(2026, 2, 15);
    EXPECT_EQ(TemplateValue::formatDate(d, QStringLiteral("en")), QStringLiteral("February 15, 2026"));
    EXPECT_EQ(TemplateValue::formatDate(d, QStringLiteral("de")), QStringLiteral("15.02.2026"));
    EXPECT_EQ(TemplateValue::formatDate(d, QStringLiteral("fr")), QStringLiteral("15 février 2026"));
    EXPECT_EQ(TemplateValue::formatDate(QDate(2026, 3, 1), QStringLiteral("fr")), QStringLiteral("1er mars 2026"));
    EXPECT_EQ(TemplateValue::formatDate(d, QStringLiteral("es")), QStringLiteral("15 de febrero de 2026"));
    EXPECT_EQ(TemplateValue::formatDate(QDate(2026, 2, 8), QStringLiteral("it")), QStringLiteral("08/02/2026"));
    EXPECT_EQ(TemplateValue::formatDate(d, QStringLiteral("nl")), QStringLiteral("15 februari 2026"));
}

TEST(TemplateLanguages, AmountsReadAsEachLanguageWritesThem)
{
    const auto amount = TemplateValue::amount(123456, QStringLiteral("EUR"));
    EXPECT_EQ(amount.format(QStringLiteral("en")), QStringLiteral("1,234.56 EUR"));
    EXPECT_EQ(amount.format(QStringLiteral("de")), QStringLiteral("1.234,56 EUR"));
    // French groups with a narrow no-break space, so that a figure never breaks across two lines.
    EXPECT_EQ(amount.format(QStringLiteral("fr")), QStringLiteral("1\u202F234,56 EUR"));
    EXPECT_EQ(amount.format(QStringLiteral("es")), QStringLiteral("1.234,56 EUR"));
    EXPECT_EQ(amount.format(QStringLiteral("it")), QStringLiteral("1.234,56 EUR"));
    EXPECT_EQ(amount.format(QStringLiteral("nl")), QStringLiteral("1.234,56 EUR"));
    EXPECT_EQ(TemplateValue::amount(-500, QStringLiteral("CHF")).format(QStringLiteral("fr")),
              QStringLiteral("-5,00 CHF"));
}

TEST(TemplateLanguages, DocumentsShowDatesAndAmountsInTheCustomersLanguage)
{
    const QDate d(2026, 2, 15);
    EXPECT_EQ(DocumentLocale(QStringLiteral("fr")).date(d), QStringLiteral("15/02/2026"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("fr")).amount(123456, QStringLiteral("EUR")),
              QStringLiteral("1\u202F234,56"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("es")).date(d), QStringLiteral("15/2/2026"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("it")).date(d), QStringLiteral("15/02/2026"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("it")).amount(123456, QStringLiteral("EUR")), QStringLiteral("1.234,56"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("nl")).date(d), QStringLiteral("15-02-2026"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("nl")).amount(123456, QStringLiteral("EUR")), QStringLiteral("1.234,56"));
}

TEST(TemplateLanguages, DocumentsSpeakEachLanguage)
{
    const QList<std::pair<const char*, QString>> invoice{
        {"de", QStringLiteral("Rechnung")}, {"fr", QStringLiteral("Facture")}, {"es", QStringLiteral("Factura")},
        {"it", QStringLiteral("Fattura")},  {"nl", QStringLiteral("Factuur")}, {"en", QStringLiteral("Invoice")},
    };
    for (const auto& [language, word] : invoice)
        EXPECT_EQ(DocumentLocale(QString::fromLatin1(language)).text("Invoice"), word) << language;
    EXPECT_EQ(DocumentLocale(QStringLiteral("fr-CH")).text("Page %1 of %2"), QStringLiteral("Page %1 sur %2"));
    EXPECT_EQ(DocumentLocale(QStringLiteral("nl")).text("Balance due"), QStringLiteral("Te betalen"));
    // Every word the German documents translate is translated in the other languages too.
    const char* words[] = {"Statement of account", "Closing balance", "Days overdue", "How to pay", "Unit price",
                           "Late payments bear interest at %1 % a year.", "Scan to pay", "direct debit"};
    for (const char* language : {"fr", "es", "it", "nl"})
        for (const char* english : words)
            EXPECT_NE(DocumentLocale(QString::fromLatin1(language)).text(english), QString::fromUtf8(english))
                << language << ": " << english;
}

TEST(TemplateLanguages, ACustomersLanguageMustBeOneSettleWritesIn)
{
    for (const char* good : {"en", "de", "fr", "es", "it", "nl", "fr-CH", "nl_BE", "DE", "en-GB"})
        EXPECT_TRUE(TemplateKeys::customerLanguageError(QString::fromLatin1(good)).isEmpty()) << good;
    for (const char* bad : {"pt", "pt-br", "xx", "", "f", "french", "fr-", "fr-CHE"})
        EXPECT_FALSE(TemplateKeys::customerLanguageError(QString::fromLatin1(bad)).isEmpty()) << bad;
    EXPECT_EQ(TemplateKeys::customerLanguageError(QStringLiteral("pt")),
              QStringLiteral("\"pt\" is not a language Settle writes in (en, de, fr, es, it, nl, optionally with a "
                             "region such as fr-CH)"));

    Customer customer;
    customer.code = QStringLiteral("C1");
    customer.name = QStringLiteral("Client");
    customer.currency = QStringLiteral("EUR");
    customer.language = QStringLiteral("fr");
    EXPECT_TRUE(CustomerCheck::problems(customer).isEmpty());
    customer.language = QStringLiteral("pt");
    const auto problems = CustomerCheck::problems(customer);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].field, QStringLiteral("language"));
}

TEST(TemplateLanguages, AFallbackIsAnotherLanguageThanTheCustomers)
{
    EXPECT_FALSE(LanguageFallbacks::isFallback(QStringLiteral("fr"), QStringLiteral("fr")));
    EXPECT_FALSE(LanguageFallbacks::isFallback(QStringLiteral("fr-CH"), QStringLiteral("fr")));
    EXPECT_FALSE(LanguageFallbacks::isFallback(QStringLiteral("en-GB"), QStringLiteral("en")));
    EXPECT_FALSE(LanguageFallbacks::isFallback(QString(), QStringLiteral("en")));
    EXPECT_TRUE(LanguageFallbacks::isFallback(QStringLiteral("fr"), QStringLiteral("en")));
    EXPECT_TRUE(LanguageFallbacks::isFallback(QStringLiteral("pt"), QStringLiteral("en")));
}
