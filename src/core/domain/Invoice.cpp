#include "domain/Invoice.h"

namespace settle {

void Invoice::computeTotals()
{
    subtotal = 0;
    tax = 0;
    for (auto& line : lines) {
        line.compute();
        subtotal += line.amount;
        tax += line.tax;
    }
    total = subtotal + tax;
}

Money Invoice::totalMoney() const
{
    return Money(total, Currency::require(currency));
}

} // namespace settle
