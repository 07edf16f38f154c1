#pragma once

#include "followup/FollowupRecord.h"
#include "followup/InvoiceEvent.h"

#include <QDate>
#include <QList>
#include <QString>

namespace settle {

class Ledger;

// What passed between the business and one customer, newest first (issue 6, the customer page's
// communication log): the reminders, letters and tasks the follow-up engine raised and the events
// recorded on their invoices — disputes, promises to pay, extensions, holds.
class ContactHistory
{
public:
    struct Entry
    {
        enum class Kind { Followup, Event };
        Kind kind = Kind::Followup;
        QDate date;
        QString title;   // "Reminder (email)", "dispute"
        QString invoices; // the invoice numbers concerned, comma-separated
        QString detail;  // a dispute's reason, a promise's date, the follow-up's state
    };

    static QList<Entry> forCustomer(Ledger& ledger, const QString& customerCode);
    // The pure part: both lists for one customer, merged newest first (follow-ups before events on a day).
    static QList<Entry> merge(const QList<FollowupRecord>& followups, const QList<InvoiceEvent>& events);
};

} // namespace settle
