#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace settle {

// What a person noted about a customer (table contact_notes): a call's outcome, a promise to pay, a
// dispute, an escalation to legal. The communication log and an invoice's history show these.
struct ContactNote
{
    enum class Kind { Note, Promise, Dispute, Legal };

    qint64 id = 0;
    qint64 customerId = 0;
    QString customerCode;
    qint64 invoiceId = 0; // 0: the customer as a whole
    QString invoiceNumber;
    qint64 taskId = 0; // 0: not closing a follow-up task
    Kind kind = Kind::Note;
    QString text;
    QDate date;
    QDate until; // promise: paid by
    QString actor;
    QDateTime createdAt;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
};

} // namespace settle
