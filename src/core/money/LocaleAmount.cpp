#include "money/LocaleAmount.h"

#include "money/Decimal.h"

namespace settle {

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

constexpr QChar GroupMark = QChar(0x1F); // any way of writing a group separator, once read

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "12,50" in English: why it is refused, with the locale's own way of writing it.
QString groupingProblem(const QString& typed, const QLocale& locale)
{
    return QStringLiteral("\"%1\": \"%2\" separates thousands in groups of three here (%3); the decimals follow \"%4\"")
        .arg(typed, locale.groupSeparator(), localise(QStringLiteral("1234.56"), locale), locale.decimalPoint());
}

} // namespace

QString LocaleAmount::toInterchange(const QString& text, const QLocale& locale, QString* problem)
{
    problem->clear();
    QString s = text.trimmed();
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QString minus = locale.negativeSign();
    if (!minus.isEmpty() && minus != u"-")
        s.replace(minus, QStringLiteral("-"));
    // Spaces group digits in many locales and people type them everywhere; they follow the same rule.
    if (!group.isEmpty())
        s.replace(group, QString(GroupMark));
    for (QChar& c : s)
        if (c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F))
            c = GroupMark;
    QString sign;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        sign = s.left(1) == u"-" ? QStringLiteral("-") : QString();
        s.remove(0, 1);
    }
    // The locale's decimal point; where a dot is neither its decimal point nor its group separator
    // (French), a single dot can only be the interchange form's decimal point.
    qsizetype pointAt = s.indexOf(point);
    qsizetype pointSize = point.size();
    if (pointAt < 0 && point != u"." && group != u"." && s.count(u'.') == 1) {
        pointAt = s.indexOf(u'.');
        pointSize = 1;
    }
    const QString whole = pointAt >= 0 ? s.left(pointAt) : s;
    const QString fraction = pointAt >= 0 ? s.mid(pointAt + pointSize) : QString();
    for (QChar c : fraction)
        if (!isAsciiDigit(c)) {
            if (c == GroupMark)
                *problem = groupingProblem(text.trimmed(), locale);
            return {};
        }
    const QStringList groups = whole.split(GroupMark);
    for (const QString& digits : groups)
        for (QChar c : digits)
            if (!isAsciiDigit(c))
                return {};
    if (groups.size() > 1) {
        bool valid = !groups.first().isEmpty() && groups.first().size() <= 3;
        for (qsizetype i = 1; i < groups.size(); ++i)
            valid = valid && groups[i].size() == 3;
        if (!valid) {
            *problem = groupingProblem(text.trimmed(), locale);
            return {};
        }
    }
    const QString digits = groups.join(QString());
    if (digits.isEmpty() && fraction.isEmpty())
        return {};
    return pointAt < 0 ? sign + digits : sign + digits + u'.' + fraction;
}

QString LocaleAmount::parse(const QString& text, const Currency& currency, const QLocale& locale, Money* out)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("an amount is needed");
    QString problem;
    const QString interchange = toInterchange(text, locale, &problem);
    if (!problem.isEmpty())
        return problem;
    if (interchange.isNull())
        return QStringLiteral("\"%1\" is not an amount").arg(text.trimmed());
    QString error = Money::parseError(interchange, currency, out);
    return error.isEmpty() ? QString() : error.replace(u'"' + interchange + u'"', u'"' + text.trimmed() + u'"');
}

QString LocaleAmount::parseScaled(const QString& text, int scale, const QLocale& locale, qint64* out)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("a number is needed");
    QString problem;
    const QString interchange = toInterchange(text, locale, &problem);
    if (!problem.isEmpty())
        return problem;
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
