#pragma once

#include <QString>

#include <optional>

namespace settle {

// An ISO 4217 currency with its number of minor digits (USD 2, JPY 0, KWD 3).
class Currency
{
public:
    Currency() = default;

    // std::nullopt for a code that is not a known ISO 4217 currency.
    static std::optional<Currency> fromCode(const QString& code);
    // For codes already validated (read back from the ledger); throws on an unknown code.
    static Currency require(const QString& code);

    const QString& code() const { return m_code; }
    int minorDigits() const { return m_minorDigits; }
    bool isValid() const { return !m_code.isEmpty(); }

    friend bool operator==(const Currency& a, const Currency& b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int minorDigits) : m_code(std::move(code)), m_minorDigits(minorDigits) {}

    QString m_code;
    int m_minorDigits = 2;
};

} // namespace settle
