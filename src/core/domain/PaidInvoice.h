#pragma once

#include <QDate>
#include <QString>

namespace settle {

// An invoice the customer paid, as the payment-behaviour figures see it (docs/REPORTS.md): status
// paid with its balance at zero on or before the report date, settled at least in part by a
// payment. Void, written-off and credit-note-only invoices never appear here.
struct PaidInvoice
{
    QString customer; // customer code
    QString number;
    QString currency;
    QDate issueDate;
    QDate effectiveDueDate; // the extended due date where extended
    QDate paidOn;           // the date its balance reached zero
    QDate discountUntil;    // last day of the early-payment discount; invalid when its terms have none

    qint64 daysToPay() const { return issueDate.daysTo(paidOn); }
    qint64 daysLate() const { return effectiveDueDate.daysTo(paidOn); } // negative when early
    bool onTime() const { return paidOn <= effectiveDueDate; }
    bool hasDiscount() const { return discountUntil.isValid(); }
    bool withinDiscount() const { return hasDiscount() && paidOn <= discountUntil; }
};

} // namespace settle
