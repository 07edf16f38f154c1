#pragma once

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>

namespace settle {

// How a document speaks to its reader: amounts and dates in the customer's language (the customer's
// `language`, e.g. "en", "de", "fr-CH"), and the document's own words in the template languages
// (English, German, French, Spanish, Italian, Dutch; English for any other).
class DocumentLocale
{
public:
    explicit DocumentLocale(const QString& language = QStringLiteral("en"));

    const QLocale& locale() const { return m_locale; }
    const QString& language() const { return m_language; }

    // "1,234.50" / "1.234,50": the currency's decimals, grouped.
    QString amount(qint64 minor, const QString& currency) const;
    // Plain "en" reads ISO dates (2026-03-10: unambiguous across the English-speaking world);
    // any other language its own short form with a four-digit year (10.03.2026).
    QString date(const QDate& date) const;
    // A decimal with at most `scale` decimals in the short exact form (quantities: "1.5").
    QString scaled(qint64 value, int scale) const;
    // The document's words: `english` translated when a translation is known, else as given.
    QString text(const char* english) const;

private:
    QString m_language;
    QLocale m_locale;
    QString m_dateFormat;
    const QHash<QString, QString>* m_words = nullptr; // English: none
};

} // namespace settle
