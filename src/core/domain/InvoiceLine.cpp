#include "domain/InvoiceLine.h"

#include "money/Decimal.h"

namespace settle {

void InvoiceLine::compute()
{
    amount = Decimal::divideRounded(static_cast<WideInt>(quantity) * unitPrice, Decimal::pow10(QuantityDecimals));
    tax = Decimal::divideRounded(static_cast<WideInt>(amount) * taxRate.millionths(), Rate::Scale);
}

} // namespace settle
