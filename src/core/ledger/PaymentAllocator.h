#pragma once

#include "domain/Allocation.h"
#include "domain/OpenItem.h"

#include <QList>

#include <optional>

namespace settle {

// Splits a payment over a customer's open invoices:
// to the named invoice, or oldest effective due date first (then by number); inside an invoice's
// discount window, a payment covering its balance less the discount settles it and records the
// discount; what is left stays as credit on account. A pure function of its inputs.
class PaymentAllocator
{
public:
    struct Result
    {
        QList<Allocation> allocations; // paymentId left 0: the caller knows it
        qint64 unallocated = 0;
    };

    // `items` are the customer's open invoices in the payment's currency; their balances are
    // lowered in place so that a sequence of payments can be allocated one after the other.
    static Result allocate(QList<OpenItem>& items, QDate date, qint64 amount,
                           std::optional<qint64> invoiceId = std::nullopt);

    // Invoice numbers in their natural order: INV-9 before INV-10.
    static bool numberLess(const QString& a, const QString& b);
};

} // namespace settle
