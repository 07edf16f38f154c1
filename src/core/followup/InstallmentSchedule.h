#pragma once

#include "domain/BalanceDue.h"
#include "domain/Installment.h"

#include <QDate>
#include <QList>

namespace settle {

// What is due when on one invoice: the whole invoice at its due date, or each installment of its
// plan with the part still open on it. Payments settle the oldest installment first; a plan agreed
// after part of the invoice was paid adds up to less than the total, and that part counts as settled
// before its first installment. The follow-up
// engine reminds these amounts and the aging report ages them ("Installments age
// separately"), so both read them from here.
class InstallmentSchedule
{
public:
    struct DueAmount
    {
        int installment = 0; // 0 = the whole invoice
        QDate dueDate;       // effective
        qint64 balance = 0;
    };

    // `balance` is the invoice's balance at the date asked about; `extendedDueDate` is invalid
    // unless the due date was extended. Installments of an extended invoice fall due no earlier
    // than the extended date.
    static QList<DueAmount> dueAmounts(qint64 total, qint64 balance, QDate dueDate, QDate extendedDueDate,
                                       const QList<Installment>& installments);
    // The same for an invoice's balance as storage reads it.
    static QList<DueAmount> dueAmounts(const BalanceDue& invoice);
};

} // namespace settle
