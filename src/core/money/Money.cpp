#include "money/Money.h"

#include "domain/InputLimits.h"
#include "errors/SettleError.h"
#include "money/Decimal.h"

namespace settle {

QString Money::parseError(QStringView text, const Currency& currency, Money* out)
{
    const auto parsed = Decimal::parse(text, currency.minorDigits());
    const QString quoted = u'"' + text.toString() + u'"';
    const QString tooLarge = QStringLiteral("%1 is more than the largest amount %2 %3")
                                 .arg(quoted, InputLimits::maxAmountText(currency), currency.code());
    if (parsed.value) {
        if (!InputLimits::amountProblem(*parsed.value, currency).isEmpty())
            return tooLarge;
        if (out)
            *out = Money(*parsed.value, currency);
        return {};
    }
    switch (parsed.error) {
    case Decimal::ParseError::TooManyDecimals:
        return QStringLiteral("%1 has more than %2 decimals for %3")
            .arg(quoted)
            .arg(currency.minorDigits())
            .arg(currency.code());
    case Decimal::ParseError::OutOfRange:
        return tooLarge;
    case Decimal::ParseError::NotANumber:
        break;
    }
    return QStringLiteral("%1 is not an amount").arg(quoted);
}

Money Money::parse(QStringView text, const Currency& currency)
{
    Money result;
    const QString error = parseError(text, currency, &result);
    if (!error.isEmpty())
        throw SettleError(SettleError::Kind::BadInput, error);
    return result;
}

QString Money::toDecimalString() const
{
    return Decimal::format(m_minor, m_currency.minorDigits());
}

Money Money::percentOf(Rate rate) const
{
    return Money(Decimal::divideRounded(static_cast<WideInt>(m_minor) * rate.millionths(), Rate::Scale),
                 m_currency);
}

void Money::requireSameCurrency(const Money& other) const
{
    if (!(m_currency == other.m_currency))
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("cannot combine %1 with %2")
                                                           .arg(m_currency.code(), other.m_currency.code()));
}

Money Money::operator+(const Money& other) const
{
    requireSameCurrency(other);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("an amount in %1 is beyond what 64 bits hold")
                                                           .arg(m_currency.code()));
    return Money(sum, m_currency);
}

Money Money::operator-(const Money& other) const
{
    requireSameCurrency(other);
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("an amount in %1 is beyond what 64 bits hold")
                                                           .arg(m_currency.code()));
    return Money(difference, m_currency);
}

Money& Money::operator+=(const Money& other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(const Money& other)
{
    *this = *this - other;
    return *this;
}

std::strong_ordering Money::operator<=>(const Money& other) const
{
    requireSameCurrency(other);
    return m_minor <=> other.m_minor;
}

bool Money::operator==(const Money& other) const
{
    return m_currency == other.m_currency && m_minor == other.m_minor;
}

} // namespace settle
