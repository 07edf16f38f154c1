#pragma once

#include <QDate>
#include <QString>

namespace settle {

// Something that lowers an invoice's balance on a date. balance(invoice, d) = total − the sum of
// its allocations dated on or before d.
struct Allocation
{
    enum class Kind { Payment, Discount, CreditNote, WriteOff };

    qint64 invoiceId = 0;
    qint64 paymentId = 0;    // for Payment and Discount
    qint64 creditNoteId = 0; // for CreditNote
    Kind kind = Kind::Payment;
    QDate date;
    qint64 amount = 0; // minor units, positive

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name);
};

} // namespace settle
