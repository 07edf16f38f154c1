#include "money/LocaleAmount.h"

#include "money/Decimal.h"

namespace settle {

QString LocaleAmount::toInterchange(const QString& text, const QLocale& locale)
{
    QString s = text.trimmed();
    s.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F)); // spaces some locales group with
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    const QString minus = locale.negativeSign();
    if (!minus.isEmpty() && minus != u"-")
        s.replace(minus, QStringLiteral("-"));
    // The locale's own decimal point wins. Where the locale groups with a dot (German), a single dot
    // not followed by exactly three digits cannot be a group separator, so "12.50" is read as the
    // interchange form — twelve and a half — rather than as 1250.
    const qsizetype pointAt = s.lastIndexOf(point);
    QString whole = pointAt >= 0 ? s.left(pointAt) : s;
    QString fraction = pointAt >= 0 ? s.mid(pointAt + point.size()) : QString();
    const bool dotIsDecimal = pointAt < 0 && point != u"." && s.count(u'.') == 1 &&
                              (group != u"." || s.size() - s.indexOf(u'.') - 1 != 3);
    if (dotIsDecimal) {
        const qsizetype dot = s.indexOf(u'.');
        whole = s.left(dot);
        fraction = s.mid(dot + 1);
    }
    if (!group.isEmpty())
        whole.remove(group);
    if (fraction.contains(group) && !group.isEmpty())
        return {};
    for (QChar c : whole)
        if (!c.isDigit() && c != u'-' && c != u'+')
            return {};
    for (QChar c : fraction)
        if (!c.isDigit())
            return {};
    if (whole.isEmpty() && fraction.isEmpty())
        return {};
    return fraction.isNull() && pointAt < 0 ? whole : whole + u'.' + fraction;
}

QString LocaleAmount::parse(const QString& text, const Currency& currency, const QLocale& locale, Money* out)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("an amount is needed");
    const QString interchange = toInterchange(text, locale);
    if (interchange.isNull())
        return QStringLiteral("\"%1\" is not an amount").arg(text.trimmed());
    QString error = Money::parseError(interchange, currency, out);
    return error.isEmpty() ? QString() : error.replace(u'"' + interchange + u'"', u'"' + text.trimmed() + u'"');
}

QString LocaleAmount::parseScaled(const QString& text, int scale, const QLocale& locale, qint64* out)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("a number is needed");
    const QString interchange = toInterchange(text, locale);
    const auto parsed = interchange.isNull() ? Decimal::Parsed{} : Decimal::parse(interchange, scale);
    if (parsed.value) {
        if (out)
            *out = *parsed.value;
        return {};
    }
    if (parsed.error == Decimal::ParseError::TooManyDecimals)
        return QStringLiteral("\"%1\" has more than %2 decimals").arg(text.trimmed()).arg(scale);
    if (parsed.error == Decimal::ParseError::OutOfRange)
        return QStringLiteral("\"%1\" is too large").arg(text.trimmed());
    return QStringLiteral("\"%1\" is not a number").arg(text.trimmed());
}

namespace {

// "1234567.50" -> the locale's grouping and decimal point.
QString localise(const QString& interchange, const QLocale& locale)
{
    const bool negative = interchange.startsWith(u'-');
    const QString digits = negative ? interchange.mid(1) : interchange;
    const qsizetype dot = digits.indexOf(u'.');
    const QString whole = dot >= 0 ? digits.left(dot) : digits;
    const QString fraction = dot >= 0 ? digits.mid(dot + 1) : QString();
    QString grouped;
    const bool group = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (group && i > 0 && (whole.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += whole[i];
    }
    QString result = negative ? locale.negativeSign() + grouped : grouped;
    if (!fraction.isEmpty())
        result += locale.decimalPoint() + fraction;
    return result;
}

} // namespace

QString LocaleAmount::format(qint64 minor, const QString& currencyCode, const QLocale& locale)
{
    const auto currency = Currency::fromCode(currencyCode);
    return localise(Decimal::format(minor, currency ? currency->minorDigits() : 2), locale);
}

QString LocaleAmount::formatScaled(qint64 scaled, int scale, const QLocale& locale)
{
    return localise(Decimal::formatShort(scaled, scale), locale);
}

QString LocaleAmount::formatWithCode(qint64 minor, const QString& currencyCode, const QLocale& locale)
{
    return currencyCode + QChar(0x00A0) + format(minor, currencyCode, locale);
}

} // namespace settle
