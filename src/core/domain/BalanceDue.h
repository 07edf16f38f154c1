#pragma once

#include "domain/Installment.h"

#include <QDate>
#include <QList>
#include <QString>

namespace settle {

// What one issued invoice still owes at a date, with the dates it falls due on: the row the aging
// report and the statements read. InstallmentSchedule turns it into its due amounts (the whole
// invoice, or each open installment of its plan).
struct BalanceDue
{
    qint64 invoiceId = 0;
    QString customer; // customer code
    QString number;
    QString currency;
    QDate issueDate;
    QDate dueDate;         // as issued
    QDate extendedDueDate; // invalid unless extended
    qint64 total = 0;
    qint64 balance = 0;              // minor units at the date asked about, > 0
    bool fee = false;                // a charge a follow-up stage raised (statements show these apart)
    QList<Installment> installments; // empty: the invoice is one due amount

    QDate effectiveDueDate() const { return extendedDueDate.isValid() ? extendedDueDate : dueDate; }
};

} // namespace settle
