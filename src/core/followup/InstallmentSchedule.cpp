#include "followup/InstallmentSchedule.h"

#include <algorithm>

namespace settle {

QList<InstallmentSchedule::DueAmount> InstallmentSchedule::dueAmounts(qint64 total, qint64 balance, QDate dueDate,
                                                                      QDate extendedDueDate,
                                                                      const QList<Installment>& installments)
{
    if (installments.isEmpty())
        return {DueAmount{0, extendedDueDate.isValid() ? extendedDueDate : dueDate, balance}};
    QList<DueAmount> result;
    // A plan agreed after part was paid covers only the balance open then (docs/DESIGN.md
    // "Installments"): what its installments leave of the total was settled before it and is taken
    // off the reductions first.
    qint64 planned = 0;
    for (const auto& installment : installments)
        planned += installment.amount;
    qint64 paid = std::max<qint64>(0, total - balance - std::max<qint64>(0, total - planned));
    for (const auto& installment : installments) {
        const qint64 settled = std::min(paid, installment.amount);
        paid -= settled;
        QDate due = installment.dueDate;
        if (extendedDueDate.isValid() && extendedDueDate > due)
            due = extendedDueDate;
        result << DueAmount{installment.seq, due, installment.amount - settled};
    }
    return result;
}

QList<InstallmentSchedule::DueAmount> InstallmentSchedule::dueAmounts(const BalanceDue& invoice)
{
    return dueAmounts(invoice.total, invoice.balance, invoice.dueDate, invoice.extendedDueDate,
                      invoice.installments);
}

} // namespace settle
