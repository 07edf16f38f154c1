#include "templates/TemplateDefaults.h"
#include "templates/TemplateEngine.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplatePlaceholders.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(TemplateDefaults, EveryShippedKeyExistsInEveryLanguage)
{
    EXPECT_EQ(TemplateDefaults::all().size(),
              TemplateKeys::shipped().size() * TemplateKeys::languages().size());
    for (const QString& key : TemplateKeys::shipped())
        for (const QString& language : TemplateKeys::languages()) {
            const auto t = TemplateDefaults::find(key, language);
            ASSERT_TRUE(t.has_value()) << key.toStdString() << ' ' << language.toStdString();
            EXPECT_FALSE(t->subject.contains(u'\n'));
            EXPECT_FALSE(t->bodyHtml.isEmpty());
            EXPECT_TRUE(t->bodyHtml.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
        }
    EXPECT_FALSE(TemplateDefaults::find(QStringLiteral("reminder"), QStringLiteral("pt")).has_value());
    EXPECT_FALSE(TemplateDefaults::find(QStringLiteral("nudge"), QStringLiteral("en")).has_value());
}

TEST(TemplateDefaults, EveryDefaultValidatesAndRendersWithNoneOneAndManyInvoices)
{
    for (const Template& t : TemplateDefaults::all()) {
        const std::string name = t.label().toStdString();
        EXPECT_TRUE(TemplateEngine::validate(t).isEmpty()) << name;
        // A follow-up always lists at least one invoice; a statement or a thank-you may list none; an
        // invoice's email is about exactly one.
        const bool followup = TemplateKeys::kindOf(t.key) == TemplateKeys::Kind::Followup;
        const bool invoice = TemplateKeys::kindOf(t.key) == TemplateKeys::Kind::Invoice;
        for (int count : {0, 1, 3}) {
            if ((followup && count == 0) || (invoice && count != 1))
                continue;
            const auto r = TemplateEngine::render(
                t, TemplatePlaceholders::sampleContext(TemplateKeys::kindOf(t.key), count));
            for (const QString& part : {r.subject, r.text, r.html}) {
                EXPECT_FALSE(part.contains(QStringLiteral("{{"))) << name;
                EXPECT_FALSE(part.contains(QStringLiteral("}}"))) << name;
            }
            if (count == 3) {
                EXPECT_TRUE(r.text.contains(QStringLiteral("INV-0044"))) << name;
                EXPECT_TRUE(r.html.contains(QStringLiteral("<td>INV-0044</td>"))) << name;
            }
        }
    }
}

TEST(TemplateDefaults, FinalNoticeNamesAmountFeesInterestAndTheFinalDateInBothLanguages)
{
    const TemplateContext c = TemplatePlaceholders::sampleContext(TemplateKeys::Kind::Followup, 1);
    const auto en = TemplateEngine::render(
        *TemplateDefaults::find(QStringLiteral("final_notice"), QStringLiteral("en")), c);
    for (const char* expected :
         {"1,264.52 USD", "10.00 USD", "4.52 USD", "April 14, 2026", "IBAN DE89 3704 0044 0532 0130 00"})
        EXPECT_TRUE(en.text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_EQ(en.subject, QStringLiteral("Final notice: INV-0042 – 1,264.52 USD due by April 14, 2026"));
    const auto de = TemplateEngine::render(
        *TemplateDefaults::find(QStringLiteral("final_notice"), QStringLiteral("de")), c);
    for (const char* expected :
         {"1.264,52 USD", "10,00 USD", "4,52 USD", "14.04.2026", "Mahngebühren", "Zinsen"})
        EXPECT_TRUE(de.text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(de.subject.startsWith(QStringLiteral("Mahnung:")));
}

TEST(TemplateDefaults, TheToneMatchesTheStage)
{
    auto text = [](const char* key, const char* language) {
        return TemplateDefaults::find(QString::fromUtf8(key), QString::fromUtf8(language))->bodyText;
    };
    // Appreciation and the payment details come first; the middle stages offer help.
    EXPECT_TRUE(text("upcoming", "en").contains(QStringLiteral("Thank you")));
    EXPECT_TRUE(text("reminder", "en").contains(QStringLiteral("{{company.payment_details}}")));
    EXPECT_TRUE(text("second_reminder", "en").contains(QStringLiteral("payment plan")));
    EXPECT_TRUE(text("second_reminder", "en").contains(QStringLiteral("extension")));
    EXPECT_TRUE(text("second_reminder", "de").contains(QStringLiteral("Ratenzahlung")));
    EXPECT_TRUE(text("second_reminder", "de").contains(QStringLiteral("Zahlungsaufschub")));
    EXPECT_TRUE(TemplateDefaults::find(QStringLiteral("reminder"), QStringLiteral("de"))
                    ->subject.startsWith(QStringLiteral("Zahlungserinnerung")));
    // The German texts address the customer formally.
    for (const QString& key : TemplateKeys::shipped()) {
        const QString body = TemplateDefaults::find(key, QStringLiteral("de"))->bodyText;
        EXPECT_FALSE(body.contains(QStringLiteral(" du ")) || body.contains(QStringLiteral(" dein")))
            << key.toStdString();
    }
    // Never threatening: no talk of lawyers or courts to the customer.
    for (const Template& t : TemplateDefaults::all()) {
        if (t.key == u"collections_review")
            continue; // a task for a person, not a message to the customer
        for (const char* word : {"lawyer", "court", "legal action", "Anwalt", "Gericht", "Inkasso"}) {
            for (const QString& part : {t.subject, t.bodyText, t.bodyHtml}) {
                EXPECT_FALSE(part.contains(QString::fromUtf8(word), Qt::CaseInsensitive))
                    << t.label().toStdString() << ' ' << word;
            }
        }
    }
}
