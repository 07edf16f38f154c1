#include "bank/BankAmount.h"

#include "domain/InputLimits.h"
#include "money/Decimal.h"

namespace settle {

QString BankAmount::parse(QStringView text, QChar decimalSeparator, const Currency& currency, qint64* minor,
                          bool signAllowed)
{
    const QString quoted = u'"' + text.toString() + u'"';
    const QString notAnAmount = QStringLiteral("%1 is not an amount").arg(quoted);
    QStringView t = text.trimmed();
    bool negative = false;
    if (!t.isEmpty() && (t.front() == u'-' || t.front() == u'+')) {
        if (!signAllowed)
            return notAnAmount;
        negative = t.front() == u'-';
        t = t.mid(1);
    }
    const qsizetype separator = t.indexOf(decimalSeparator);
    QStringView whole = separator < 0 ? t : t.left(separator);
    QStringView decimals = separator < 0 ? QStringView() : t.mid(separator + 1);
    auto digitsOnly = [](QStringView part) {
        for (QChar c : part)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    // "1190," is MT940's way of writing 1190.00; ",50" is nobody's.
    if (whole.isEmpty() || !digitsOnly(whole) || !digitsOnly(decimals))
        return notAnAmount;
    while (decimals.size() > currency.minorDigits() && decimals.endsWith(u'0'))
        decimals.chop(1);
    if (decimals.size() > currency.minorDigits())
        return QStringLiteral("%1 has more than %2 decimals for %3")
            .arg(quoted)
            .arg(currency.minorDigits())
            .arg(currency.code());
    QString interchange = (negative ? QStringLiteral("-") : QString()) + whole.toString();
    if (!decimals.isEmpty())
        interchange += u'.' + decimals.toString();
    const auto parsed = Decimal::parse(interchange, currency.minorDigits());
    if (!parsed.value || !InputLimits::amountProblem(*parsed.value, currency).isEmpty())
        return QStringLiteral("%1 is more than the largest amount %2 %3")
            .arg(quoted, InputLimits::maxAmountText(currency), currency.code());
    *minor = *parsed.value;
    return {};
}

} // namespace settle
