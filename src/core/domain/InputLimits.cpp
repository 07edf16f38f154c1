#include "domain/InputLimits.h"

namespace settle {

InputLimits::FieldRule InputLimits::rule(Field field)
{
    switch (field) {
    case Field::CustomerCode: return {"code", 50, false};
    case Field::CustomerName: return {"name", 200, false};
    case Field::Email: return {"email", 1000, false};
    case Field::Phone: return {"phone", 50, false};
    case Field::Address: return {"address", 1000, true};
    case Field::Notes: return {"notes", 10000, true};
    case Field::Language: return {"language", 5, false};
    case Field::InvoiceNumber: return {"number", 50, false};
    case Field::Description: return {"description", 1000, false};
    case Field::Reference: return {"reference", 200, false};
    case Field::Reason: return {"reason", 2000, true};
    case Field::SettingLine: return {"setting", 500, false};
    case Field::SettingText: return {"setting", 2000, true};
    }
    return {"text", 0, false};
}

QString InputLimits::textProblem(Field field, const QString& value)
{
    const FieldRule r = rule(field);
    if (value.size() > r.maxLength)
        return QStringLiteral("is %1 characters long; at most %2 are allowed").arg(value.size()).arg(r.maxLength);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c == u'\n') {
            if (r.multiLine)
                continue;
            return QStringLiteral("has a line break at character %1; it must be one line").arg(i + 1);
        }
        // C0 and C1 controls (NUL, tab, CR, escape ...) and the Unicode line and paragraph separators:
        // invisible in a form, yet they break mail headers, CSV files and documents further on.
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029)
            return QStringLiteral("has the control character U+%1 at character %2")
                .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                .arg(i + 1);
    }
    return {};
}

qint64 InputLimits::maxAmountMinor(const Currency& currency)
{
    return MaxAmountMajor * Decimal::pow10(currency.minorDigits());
}

qint64 InputLimits::maxLedgerTotalMinor(const Currency& currency)
{
    return MaxLedgerTotalMajor * Decimal::pow10(currency.minorDigits());
}

QString InputLimits::maxAmountText(const Currency& currency)
{
    return Decimal::format(maxAmountMinor(currency), currency.minorDigits());
}

QString InputLimits::wideText(WideInt scaled, int digits)
{
    const bool negative = scaled < 0;
    WideInt whole = negative ? -scaled : scaled;
    QString text;
    do {
        text.prepend(QChar(u'0' + int(whole % 10)));
        whole /= 10;
    } while (whole != 0);
    if (digits > 0) {
        while (text.size() <= digits)
            text.prepend(u'0');
        text.insert(text.size() - digits, u'.');
    }
    if (negative)
        text.prepend(u'-');
    return text;
}

QString InputLimits::amountProblem(WideInt minor, const Currency& currency)
{
    const WideInt magnitude = minor < 0 ? -minor : minor;
    if (magnitude <= maxAmountMinor(currency))
        return {};
    return QStringLiteral("%1 is more than the largest amount %2 %3")
        .arg(wideText(minor, currency.minorDigits()), maxAmountText(currency), currency.code());
}

QString InputLimits::customerTotalProblem(WideInt total, const Currency& currency)
{
    if (total <= maxAmountMinor(currency))
        return {};
    return QStringLiteral("add up to %1 %3, more than the largest amount %2 %3 for one customer")
        .arg(wideText(total, currency.minorDigits()), maxAmountText(currency), currency.code());
}

QString InputLimits::ledgerTotalProblem(WideInt total, const Currency& currency)
{
    if (total <= maxLedgerTotalMinor(currency))
        return {};
    return QStringLiteral("add up to %1 %3 in the ledger, more than its largest total %2 %3")
        .arg(wideText(total, currency.minorDigits()),
             Decimal::format(maxLedgerTotalMinor(currency), currency.minorDigits()), currency.code());
}

QString InputLimits::dateProblem(const QDate& date)
{
    if (date.isValid() && date.year() >= MinYear && date.year() <= MaxYear)
        return {};
    return QStringLiteral("%1 is outside the dates Settle keeps (%2)")
        .arg(date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("the date"), yearRangeText());
}

QString InputLimits::yearRangeText()
{
    return QStringLiteral("%1-01-01 to %2-12-31").arg(MinYear).arg(MaxYear);
}

} // namespace settle
