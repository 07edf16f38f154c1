#pragma once

#include "domain/InputLimits.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>

namespace settle {

// The ledger's refusals of bad input (SettleError BadInput), with the bounds of InputLimits named
// after the thing the user gave: "the payment's date: 1899-01-01 is outside ...".
class InputGuard
{
public:
    [[noreturn]] static void refuse(const QString& message);
    static void requireDate(const QDate& date, const QString& what);
    static void requireText(InputLimits::Field field, const QString& value, const QString& what);
    // The bounds of InputLimits for the sums a new payment or invoice (`what`) of `amount` makes:
    // `totals` holds what each (customer id, currency) has so far.
    static void requireTotalsWithinLimits(const QHash<QPair<qint64, QString>, qint64>& totals, qint64 customerId,
                                          const QString& customerCode, qint64 amount, const Currency& currency,
                                          const QString& what);
};

} // namespace settle
