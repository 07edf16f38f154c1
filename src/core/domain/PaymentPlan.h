#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace settle {

// An invoice's payment plan as it stands at a date: when it was agreed (and perhaps cancelled), the
// open balance it covers, and each installment with what it still owes (table payment_plans with the
// installments in invoice_installments; docs/DESIGN.md "Installments").
struct PaymentPlan
{
    struct Line
    {
        int seq = 0; // 1, 2, ... in due-date order
        QDate dueDate;
        qint64 amount = 0;  // minor units
        qint64 balance = 0; // what is still open on it at the date asked about
    };

    qint64 id = 0; // 0: a preview, not stored
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString customerCode;
    QString currency;
    QDate agreedOn;
    QDate cancelledOn;      // invalid while the plan is in force
    qint64 openBalance = 0; // the invoice's balance at agreedOn: what the installments add up to
    QList<Line> lines;

    bool active() const { return !cancelledOn.isValid(); }
};

} // namespace settle
