#pragma once

#include "domain/ContactNote.h"
#include "domain/FollowupRecord.h"
#include "domain/InvoiceEvent.h"
#include "domain/OutboxMessage.h"

#include <QDate>
#include <QList>
#include <QString>

namespace settle {

class Ledger;

// What passed between the business and one customer, newest first (the customer page's
// communication log): the reminders, letters and tasks the follow-up engine raised and the events
// recorded on their invoices — disputes, promises to pay, extensions, holds.
class ContactHistory
{
public:
    struct Entry
    {
        enum class Kind { Followup, Event, Email, Note };
        Kind kind = Kind::Followup;
        QDate date;
        QString title;   // "Reminder (email)", "dispute"
        QString invoices; // the invoice numbers concerned, comma-separated
        QString detail;  // a dispute's reason, a promise's date, the follow-up's state
        QString text;    // an email sent: its plain-text body
    };

    static QList<Entry> forCustomer(Ledger& ledger, const QString& customerCode);
    // The pure part: the lists for one customer, merged newest first (follow-ups before events, events
    // before emails on a day). `emails` are the messages the outbox sent, on the day they went.
    // `notes` are what a person recorded (a call's outcome at the follow-up desk), on their day.
    static QList<Entry> merge(const QList<FollowupRecord>& followups, const QList<InvoiceEvent>& events,
                              const QList<OutboxMessage>& emails = {}, const QList<ContactNote>& notes = {});
};

} // namespace settle
