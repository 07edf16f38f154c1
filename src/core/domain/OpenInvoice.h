#pragma once

#include <QDate>
#include <QString>

namespace settle {

// An invoice with a balance left at the report date (issued on or before it, neither closed nor
// voided on or before it).
struct OpenInvoice
{
    QString customer; // customer code
    QString number;
    QString currency;
    QDate effectiveDueDate;
    qint64 balance = 0;    // minor units at the report date, > 0
    bool disputed = false; // under an open dispute at the report date

    qint64 daysPastDue(QDate asOf) const { return effectiveDueDate.daysTo(asOf); }
};

} // namespace settle
