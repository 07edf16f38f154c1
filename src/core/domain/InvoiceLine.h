#pragma once

#include "money/Rate.h"

#include <QString>

namespace settle {

struct InvoiceLine
{
    static constexpr int QuantityDecimals = 4;

    QString description;
    qint64 quantity = 10'000; // in ten-thousandths: 1.5 hours == 15'000
    qint64 unitPrice = 0;     // minor units of the invoice currency
    Rate taxRate;
    // Computed (amount = quantity × unit price, rounded; tax on that amount, rounded).
    qint64 amount = 0;
    qint64 tax = 0;

    void compute();
};

} // namespace settle
