#pragma once

#include "money/Currency.h"
#include "money/Rate.h"

#include <QString>

#include <compare>

namespace settle {

// An amount: an integer count of minor units plus its currency. No floating point, ever.
// Arithmetic between two currencies throws (mixing currencies is an error).
class Money
{
public:
    Money() = default;
    Money(qint64 minor, Currency currency) : m_minor(minor), m_currency(std::move(currency)) {}

    static Money zero(const Currency& currency) { return Money(0, currency); }

    // "1234.50" -> 123450 cents. Throws SettleError(BadInput) saying what is wrong.
    static Money parse(QStringView text, const Currency& currency);
    // As parse(), but returns an explanation instead of throwing; empty on success.
    static QString parseError(QStringView text, const Currency& currency, Money* out);

    qint64 minor() const { return m_minor; }
    const Currency& currency() const { return m_currency; }

    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    // Interchange form: a dot and exactly the currency's minor digits ("1234.50", "-3", "1.250").
    QString toDecimalString() const;

    // This amount times a rate, rounded half away from zero to the minor unit.
    Money percentOf(Rate rate) const;

    Money operator-() const { return Money(-m_minor, m_currency); }
    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);
    std::strong_ordering operator<=>(const Money& other) const;
    bool operator==(const Money& other) const;

private:
    void requireSameCurrency(const Money& other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace settle
