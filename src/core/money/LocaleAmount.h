#pragma once

#include "money/Money.h"

#include <QLocale>
#include <QString>

namespace settle {

// Amounts and decimals as a person types and reads them in their own locale ("1.234,50" in
// German), converted exactly — by rewriting the text into the interchange form, never through
// floating point.
//
// The grouping rule: the locale's group separator (or a space) may only stand between groups of
// exactly three digits before the decimal point. Anything else is refused with an explanation and
// never read as some other number: in English "12,50" is neither 1,250 nor 12.50, and in German
// "1.2345" is neither 12.345 nor 1,2345. Guessing would make "1,250" and "12,50" differ by a
// factor of a hundred for one slip of the finger.
class LocaleAmount
{
public:
    // "1.234,50" (de) or "1,234.50" (en) -> 123450; an explanation instead when it is no amount.
    static QString parse(const QString& text, const Currency& currency, const QLocale& locale, Money* out);
    // A decimal with at most `scale` decimals (quantities, tax rates) in the same forms.
    static QString parseScaled(const QString& text, int scale, const QLocale& locale, qint64* out);
    // 123450 -> "1,234.50" / "1.234,50": group separators and exactly the currency's decimals.
    static QString format(qint64 minor, const QString& currencyCode, const QLocale& locale);
    // 15000 at scale 4 -> "1.5" / "1,5": the shortest exact form.
    static QString formatScaled(qint64 scaled, int scale, const QLocale& locale);
    // With the currency code: "USD 1,234.50".
    static QString formatWithCode(qint64 minor, const QString& currencyCode, const QLocale& locale);

private:
    // The locale's text in the interchange form ("-1234.50"); a null string and, in `problem`, why
    // not when it cannot be (empty when it is simply not a number).
    static QString toInterchange(const QString& text, const QLocale& locale, QString* problem);
};

} // namespace settle
