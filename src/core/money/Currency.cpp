#include "money/Currency.h"

#include "errors/SettleError.h"

#include <QHash>

namespace settle {

namespace {

// ISO 4217 active codes. Two minor digits unless listed in the exceptions below.
const QHash<QString, int>& minorDigitsByCode()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char* twoDigits[] = {
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN",
            "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP",
            "CRC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP",
            "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR",
            "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL",
            "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN",
            "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB",
            "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
            "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VES",
            "WST", "XCD", "YER", "ZAR", "ZMW", "ZWL"};
        for (const char* code : twoDigits)
            t.insert(QString::fromLatin1(code), 2);
        const char* zeroDigits[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                                    "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
        for (const char* code : zeroDigits)
            t.insert(QString::fromLatin1(code), 0);
        const char* threeDigits[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
        for (const char* code : threeDigits)
            t.insert(QString::fromLatin1(code), 3);
        t.insert(QStringLiteral("CLF"), 4);
        return t;
    }();
    return table;
}

} // namespace

std::optional<Currency> Currency::fromCode(const QString& code)
{
    const auto& table = minorDigitsByCode();
    const auto it = table.constFind(code);
    if (it == table.constEnd())
        return std::nullopt;
    return Currency(code, it.value());
}

Currency Currency::require(const QString& code)
{
    if (auto currency = fromCode(code))
        return *currency;
    throw SettleError(SettleError::Kind::BadInput, QStringLiteral("unknown currency \"%1\"").arg(code));
}

} // namespace settle
