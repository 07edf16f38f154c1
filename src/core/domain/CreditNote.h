#pragma once

#include <QDate>
#include <QString>

namespace settle {

// A correction to an issued invoice (issued invoices are never edited). Numbered without gaps.
struct CreditNote
{
    qint64 id = 0;
    QString number;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QDate date;
    qint64 amount = 0; // minor units, positive
    QString reason;
};

} // namespace settle
