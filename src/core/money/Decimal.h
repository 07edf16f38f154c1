#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace settle {

// 128-bit intermediates keep quantity × price × rate exact before the one rounding.
__extension__ typedef __int128 WideInt;
__extension__ typedef unsigned __int128 WideUInt;

// Fixed-point decimals as scaled integers: "12.5" with scale 2 is 1250.
// Money, quantities and rates all go through here so that no floating point touches them.
class Decimal
{
public:
    enum class ParseError { NotANumber, TooManyDecimals, OutOfRange };

    struct Parsed
    {
        std::optional<qint64> value;
        ParseError error = ParseError::NotANumber;
    };

    // Accepts an optional sign, digits and at most `scale` decimals after a dot. Nothing else:
    // no thousands separators, no exponent, no comma as decimal point.
    static Parsed parse(QStringView text, int scale);

    // Always writes exactly `scale` decimals with a dot: format(-5, 2) == "-0.05".
    static QString format(qint64 scaled, int scale);

    // The shortest exact form: formatShort(15000, 4) == "1.5", formatShort(10000, 4) == "1".
    static QString formatShort(qint64 scaled, int scale);

    // numerator / denominator, rounded half away from zero (percentages round this way).
    // Throws SettleError(BadInput) when the result does not fit 64 bits.
    static qint64 divideRounded(WideInt numerator, WideInt denominator);
    // The same without narrowing, for checking a product against the limits before keeping it.
    static WideInt divideRoundedWide(WideInt numerator, WideInt denominator);

    static qint64 pow10(int exponent);
};

} // namespace settle
