#include "domain/Stage.h"

#include "money/Decimal.h"

namespace settle {

Money Stage::fee(const Money& balance) const
{
    const Currency& currency = balance.currency();
    const qint64 fixed =
        Decimal::divideRounded(static_cast<WideInt>(feeMicros) * Decimal::pow10(currency.minorDigits()), 1'000'000);
    return Money(fixed, currency) + balance.percentOf(feeRate);
}

} // namespace settle
