#include "domain/Invoice.h"

#include "errors/SettleError.h"

namespace settle {

namespace {

void addChecked(qint64& sum, qint64 value)
{
    // Bounded inputs (InputLimits) never get here; a caller that skipped them gets an error, not a
    // total that wrapped around to a wrong sign.
    if (__builtin_add_overflow(sum, value, &sum))
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("an invoice's total is beyond what 64 bits hold"));
}

} // namespace

void Invoice::computeTotals()
{
    subtotal = 0;
    tax = 0;
    for (auto& line : lines) {
        line.compute();
        addChecked(subtotal, line.amount);
        addChecked(tax, line.tax);
    }
    total = subtotal;
    addChecked(total, tax);
}

Money Invoice::totalMoney() const
{
    return Money(total, Currency::require(currency));
}

} // namespace settle
