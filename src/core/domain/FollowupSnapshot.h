#pragma once

#include "domain/Installment.h"
#include "domain/InvoiceEvent.h"
#include "domain/ReminderPolicy.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace settle {

// Everything the planner looks at, read from the ledger at one date: the planner itself is a pure
// function of this value ((ledger, policies, history, today) -> actions).
struct FollowupSnapshot
{
    struct Customer
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString email;
        QString cc;
        QString phone;
        QString language;
        bool onHold = false;
        qint64 policyId = 0;
    };

    struct Invoice
    {
        qint64 id = 0;
        QString number;
        qint64 customerId = 0;
        QString currency;
        QDate issueDate;
        QDate dueDate;         // as issued
        QDate extendedDueDate; // invalid unless extended
        qint64 total = 0;
        qint64 balance = 0;               // at asOf
        QList<Installment> installments;  // empty: the invoice is one due amount
        QList<InvoiceEvent> events;       // its disputes, resolutions and promises, in date order

        QDate effectiveDueDate() const { return extendedDueDate.isValid() ? extendedDueDate : dueDate; }
    };

    // What was raised before for one due amount: the last (highest) stage and the date it was raised.
    struct History
    {
        int lastStage = -1; // none yet
        QDate lastRaisedOn;
    };

    // (invoice id, installment seq); seq 0 is a whole invoice.
    using DueKey = std::pair<qint64, int>;

    QDate asOf;
    QHash<qint64, Customer> customers;
    QHash<qint64, ReminderPolicy> policies;
    QList<Invoice> invoices; // issued on or before asOf and not settled by then
    QHash<DueKey, History> history;
    // customer id -> currency -> credit on account at asOf (docs/DESIGN.md, "Credit on account").
    QHash<qint64, QHash<QString, qint64>> credit;
};

} // namespace settle
