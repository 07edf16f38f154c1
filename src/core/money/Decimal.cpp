#include "money/Decimal.h"

#include "errors/SettleError.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace settle {

Decimal::Parsed Decimal::parse(QStringView text, int scale)
{
    Parsed result;
    QStringView s = text.trimmed();
    bool negative = false;
    if (!s.isEmpty() && (s.front() == u'-' || s.front() == u'+')) {
        negative = s.front() == u'-';
        s = s.mid(1);
    }
    if (s.isEmpty())
        return result;

    WideInt value = 0;
    int decimals = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'.') {
            if (seenDot)
                return result;
            seenDot = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return result;
        seenDigit = true;
        if (seenDot) {
            ++decimals;
            // Trailing zeros beyond the scale are harmless ("1.500" for a 2-digit currency).
            if (decimals > scale) {
                if (c != u'0') {
                    result.error = ParseError::TooManyDecimals;
                    // Keep scanning: "1.2x" is not a number rather than too precise.
                    for (QChar rest : s.mid(i))
                        if (rest != u'.' && (rest < u'0' || rest > u'9'))
                            result.error = ParseError::NotANumber;
                    return result;
                }
                continue;
            }
        }
        value = value * 10 + (c.unicode() - u'0');
        if (value > std::numeric_limits<qint64>::max()) {
            result.error = ParseError::OutOfRange;
            return result;
        }
    }
    if (!seenDigit)
        return result;
    for (int i = std::min(decimals, scale); i < scale; ++i) {
        value *= 10;
        if (value > std::numeric_limits<qint64>::max()) {
            result.error = ParseError::OutOfRange;
            return result;
        }
    }
    result.value = static_cast<qint64>(negative ? -value : value);
    return result;
}

QString Decimal::format(qint64 scaled, int scale)
{
    // Digits are written from the right into a small buffer: every amount of every audit row and
    // export passes here, and building it from QString::number pieces cost thousands of instructions.
    const bool negative = scaled < 0;
    // Unsigned negation, so that INT64_MIN formats too.
    quint64 magnitude = negative ? 0 - static_cast<quint64>(scaled) : static_cast<quint64>(scaled);
    constexpr int capacity = 64;
    const int digits = std::clamp(scale, 0, capacity - 24);
    char16_t buffer[capacity];
    int position = capacity;
    for (int i = 0; i < digits; ++i) {
        buffer[--position] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    }
    if (digits > 0)
        buffer[--position] = u'.';
    do {
        buffer[--position] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        buffer[--position] = u'-';
    return QString(reinterpret_cast<const QChar*>(buffer + position), capacity - position);
}

QString Decimal::formatShort(qint64 scaled, int scale)
{
    QString text = format(scaled, scale);
    if (scale == 0)
        return text;
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

WideInt Decimal::divideRoundedWide(WideInt numerator, WideInt denominator)
{
    if (denominator == 0)
        throw std::invalid_argument("division by zero");
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const WideInt magnitude = negative ? -numerator : numerator;
    WideInt quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator)
        ++quotient;
    return negative ? -quotient : quotient;
}

qint64 Decimal::divideRounded(WideInt numerator, WideInt denominator)
{
    const WideInt quotient = divideRoundedWide(numerator, denominator);
    // A product of bounded amounts always fits; this guards against a caller that skipped the bounds
    // rather than wrapping around to a wrong number.
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("a computed amount is beyond what 64 bits hold"));
    return static_cast<qint64>(quotient);
}

qint64 Decimal::pow10(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace settle
