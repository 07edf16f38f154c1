#pragma once

#include <QString>
#include <QStringList>

namespace settle {

// Which templates exist and what each is for. A template's kind decides which placeholders it may
// use: only a follow-up knows its stage, fees and interest; only a thank-you knows the payment; only
// an invoice's email is about one invoice (its values stand anywhere) and knows its discount offer.
class TemplateKeys
{
public:
    enum class Kind { Followup, Statement, Payment, Invoice };

    // The keys Settle ships defaults for: the five stages of the default policy, then the others.
    static QStringList shipped();
    // The languages templates are written in (and shipped for).
    static QStringList languages();
    static Kind kindOf(const QString& key);
    static QString kindName(Kind kind);
    // A key is lower-case letters, digits and underscores, starting with a letter (like a stage's
    // template key); an explanation when it is not one.
    static QString keyError(const QString& key);
    static QString languageError(const QString& language);
    // The template language for a customer's language ("de", "de-CH" -> "de"); English where Settle
    // has no templates in the customer's language.
    static QString languageFor(const QString& customerLanguage);
    // A customer's language must be one Settle writes in, optionally with a region ("fr", "fr-CH",
    // "nl_BE"): otherwise every message to them would be English without anybody having chosen it.
    // An explanation naming the languages when it is not.
    static QString customerLanguageError(const QString& customerLanguage);

private:
    static QString primaryOf(const QString& customerLanguage);
};

} // namespace settle
