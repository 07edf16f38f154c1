#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace settle {

// One value a template can show, kept typed until it is rendered so that the template's language
// decides how dates and amounts read (en: "March 10, 2026", "1,234.56 USD"; de: "10.03.2026",
// "1.234,56 EUR"; fr: "10 mars 2026", "1 234,56 EUR"; es: "10 de marzo de 2026", "1.234,56 EUR";
// it: "10/03/2026", "1.234,56 EUR"; nl: "10 maart 2026", "1.234,56 EUR").
class TemplateValue
{
public:
    enum class Type { Text, Number, Date, Amount };

    TemplateValue() = default;
    static TemplateValue text(const QString& text);
    static TemplateValue number(qint64 number);
    static TemplateValue date(QDate date);
    static TemplateValue amount(qint64 minor, const QString& currency);
    // A sum in one or several currencies (currency -> minor units), e.g. a customer's total.
    static TemplateValue amounts(const QMap<QString, qint64>& byCurrency);
    // Parses the interchange form used in the placeholder table: "2026-03-10", "1250.00 USD", "14".
    static TemplateValue fromExample(Type type, const QString& example);

    Type type() const { return m_type; }
    // Empty: nothing to show (blank text, an invalid date, no amount) — an error when rendered.
    bool isEmpty() const;
    QString format(const QString& language) const;

    static QString formatDate(QDate date, const QString& language);
    static QString formatAmount(qint64 minor, const QString& currency, const QString& language);
    static QString typeName(Type type);

private:
    Type m_type = Type::Text;
    QString m_text;
    qint64 m_number = 0;
    QDate m_date;
    QMap<QString, qint64> m_amounts;
};

} // namespace settle
