#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace settle {

// Something that pauses or shifts follow-ups, kept with its date (table invoice_events).
struct InvoiceEvent
{
    enum class Kind { Dispute, Resolve, Promise, PromiseBroken, PromiseKept, Extend, Hold, Release };

    qint64 id = 0;
    qint64 invoiceId = 0; // 0 for a customer's hold and release
    qint64 customerId = 0;
    QString invoiceNumber;
    QString customerCode;
    Kind kind = Kind::Dispute;
    QDate date;
    QDate until;    // promise: paid by; extend: the new due date; promise_kept/broken: the promise's date
    QString reason; // dispute: why; extend: the due date before
    QDateTime recordedAt;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
};

} // namespace settle
