#pragma once

#include "money/Rate.h"

#include <QDate>
#include <QString>

namespace settle {

// An issued invoice with a balance, as the payment allocator sees it. Storage reads the invoice's
// figures and its discount terms; OpenItemRules derives the discount window from them.
struct OpenItem
{
    qint64 invoiceId = 0;
    QString number;
    QString currency;
    QDate issueDate;
    QDate effectiveDueDate;
    qint64 balance = 0;        // minor units, current
    qint64 total = 0;          // minor units, as issued
    Rate discountRate;         // the terms' early-payment discount on the total ...
    int discountDays = 0;      // ... if paid in full within this many days of issue
    QDate discountUntil;       // invalid when the terms give no discount (OpenItemRules)
    qint64 discountAmount = 0; // P % of the total (OpenItemRules)
};

} // namespace settle
