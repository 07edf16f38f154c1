#include "templates/TemplateValue.h"

#include "dates/IsoDate.h"
#include "money/Currency.h"
#include "money/LocaleAmount.h"
#include "money/Money.h"

#include <QLocale>

namespace settle {

TemplateValue TemplateValue::text(const QString& text)
{
    TemplateValue v;
    v.m_type = Type::Text;
    v.m_text = text;
    return v;
}

TemplateValue TemplateValue::number(qint64 number)
{
    TemplateValue v;
    v.m_type = Type::Number;
    v.m_number = number;
    return v;
}

TemplateValue TemplateValue::date(QDate date)
{
    TemplateValue v;
    v.m_type = Type::Date;
    v.m_date = date;
    return v;
}

TemplateValue TemplateValue::amount(qint64 minor, const QString& currency)
{
    return amounts({{currency, minor}});
}

TemplateValue TemplateValue::amounts(const QMap<QString, qint64>& byCurrency)
{
    TemplateValue v;
    v.m_type = Type::Amount;
    v.m_amounts = byCurrency;
    return v;
}

TemplateValue TemplateValue::fromExample(Type type, const QString& example)
{
    switch (type) {
    case Type::Text:
        return text(example);
    case Type::Number:
        return number(example.toLongLong());
    case Type::Date:
        return date(IsoDate::parse(example).value_or(QDate()));
    case Type::Amount: {
        const QString currency = example.section(u' ', 1, 1);
        Money money;
        Money::parseError(example.section(u' ', 0, 0), Currency::require(currency), &money);
        return amount(money.minor(), currency);
    }
    }
    return {};
}

bool TemplateValue::isEmpty() const
{
    switch (m_type) {
    case Type::Text:
        return m_text.trimmed().isEmpty();
    case Type::Number:
        return false;
    case Type::Date:
        return !m_date.isValid();
    case Type::Amount:
        return m_amounts.isEmpty();
    }
    return true;
}

namespace {

// The locale whose digits and month names a template language uses; English for any other.
QLocale localeOf(const QString& language)
{
    if (language == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == u"fr")
        return QLocale(QLocale::French, QLocale::France);
    if (language == u"es")
        return QLocale(QLocale::Spanish, QLocale::Spain);
    if (language == u"it")
        return QLocale(QLocale::Italian, QLocale::Italy);
    if (language == u"nl")
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QString TemplateValue::formatDate(QDate date, const QString& language)
{
    const QLocale locale = localeOf(language);
    if (language == u"de")
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    // Italian letters write the date in figures ("del 08/02/2026"): a spelt-out day would need the
    // elision of "dell'8 febbraio", which a format string cannot give.
    if (language == u"it")
        return date.toString(QStringLiteral("dd/MM/yyyy"));
    if (language == u"fr")
        // The first of the month is "1er" in French ("le 1er mars 2026").
        return (date.day() == 1 ? QStringLiteral("1er ") : QString::number(date.day()) + u' ') +
               locale.toString(date, QStringLiteral("MMMM yyyy"));
    if (language == u"es")
        return locale.toString(date, QStringLiteral("d 'de' MMMM 'de' yyyy"));
    if (language == u"nl")
        return locale.toString(date, QStringLiteral("d MMMM yyyy"));
    // Spelt out, so that no English reader takes 03/10 for the 3rd of October or the 10th of March.
    return locale.toString(date, QStringLiteral("MMMM d, yyyy"));
}

QString TemplateValue::formatAmount(qint64 minor, const QString& currency, const QString& language)
{
    // The ISO code after the figure in every language, as on the documents: a letter in euros and
    // one in Swiss francs must not read alike.
    return LocaleAmount::format(minor, currency, localeOf(language)) + u' ' + currency;
}

QString TemplateValue::format(const QString& language) const
{
    switch (m_type) {
    case Type::Text:
        return m_text;
    case Type::Number:
        return QString::number(m_number);
    case Type::Date:
        return formatDate(m_date, language);
    case Type::Amount: {
        QStringList parts;
        for (auto it = m_amounts.cbegin(); it != m_amounts.cend(); ++it)
            parts << formatAmount(it.value(), it.key(), language);
        return parts.join(QStringLiteral(" + "));
    }
    }
    return {};
}

QString TemplateValue::typeName(Type type)
{
    switch (type) {
    case Type::Text:
        return QStringLiteral("text");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Date:
        return QStringLiteral("date");
    case Type::Amount:
        return QStringLiteral("amount");
    }
    return {};
}

} // namespace settle
