#pragma once

#include <QDate>
#include <QString>

namespace settle {

// An issued invoice with a balance, as the payment allocator sees it.
struct OpenItem
{
    qint64 invoiceId = 0;
    QString number;
    QString currency;
    QDate issueDate;
    QDate effectiveDueDate;
    qint64 balance = 0;        // minor units, current
    QDate discountUntil;       // invalid when the terms give no discount
    qint64 discountAmount = 0; // P % of the total
};

} // namespace settle
