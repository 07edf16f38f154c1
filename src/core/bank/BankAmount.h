#pragma once

#include "money/Currency.h"

#include <QString>
#include <QStringView>

namespace settle {

// An amount as a bank file writes it ("1190,00" in MT940, "1190.00" in camt and OFX, "-50.5") in minor
// units of its currency, exactly: the text is rewritten into the interchange form and read by
// Decimal, never through floating point. Decimals beyond the currency's are accepted only when they are
// zeros (camt allows five: "1190.00000"); grouping separators are not (a bank CSV with "1.190,00" goes
// through LocaleAmount instead).
class BankAmount
{
public:
    // Empty on success with *minor set; else why not, quoting the text ("\"12,x\" is not an amount").
    // A sign ('+' or '-') is accepted only when `signAllowed`.
    static QString parse(QStringView text, QChar decimalSeparator, const Currency& currency, qint64* minor,
                         bool signAllowed = false);
};

} // namespace settle
