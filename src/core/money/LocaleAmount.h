#pragma once

#include "money/Money.h"

#include <QLocale>
#include <QString>

namespace settle {

// Amounts and decimals as a person types and reads them in their own locale ("1.234,50" in
// German), converted exactly — by rewriting the text into the interchange form, never through
// floating point (DESIGN.md: the GUI formats amounts with the user's locale).
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
    // The locale's text in the interchange form ("-1234.50"), or a null string when it cannot be.
    static QString toInterchange(const QString& text, const QLocale& locale);
};

} // namespace settle
