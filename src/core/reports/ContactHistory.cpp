#include "reports/ContactHistory.h"

#include "dates/IsoDate.h"
#include "followup/FollowupQueue.h"
#include "followup/InvoiceEvents.h"
#include "ledger/Ledger.h"
#include "storage/FollowupDeskRepository.h"
#include "storage/OutboxRepository.h"

#include <algorithm>

namespace settle {

QList<ContactHistory::Entry> ContactHistory::forCustomer(Ledger& ledger, const QString& customerCode)
{
    QList<FollowupRecord> followups;
    for (const auto& record : FollowupQueue(ledger).list())
        if (record.customerCode == customerCode)
            followups << record;
    QList<OutboxMessage> emails;
    QList<ContactNote> notes;
    if (const auto customer = ledger.customer(customerCode)) {
        emails = OutboxRepository(ledger.database(), ledger.clock()).sentToCustomer(customer->id);
        notes = FollowupDeskRepository(ledger.database()).notesForCustomer(customer->id);
    }
    return merge(followups, InvoiceEvents(ledger).forCustomer(customerCode), emails, notes);
}

QList<ContactHistory::Entry> ContactHistory::merge(const QList<FollowupRecord>& followups,
                                                   const QList<InvoiceEvent>& events, const QList<OutboxMessage>& emails,
                                                   const QList<ContactNote>& notes)
{
    QList<Entry> entries;
    for (const auto& record : followups)
        entries << Entry{Entry::Kind::Followup, record.raisedOn,
                         QStringLiteral("%1 (%2)").arg(record.stageName, record.channel),
                         record.invoiceNumbers().join(QStringLiteral(", ")), FollowupRecord::stateName(record.state), QString()};
    for (const auto& event : events) {
        QString detail = event.reason;
        if (event.until.isValid())
            detail = IsoDate::format(event.until) + (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        entries << Entry{Entry::Kind::Event, event.date, InvoiceEvent::kindName(event.kind), event.invoiceNumber, detail,
                         QString()};
    }
    for (const auto& email : emails) {
        // A reminder's email names the invoices of its follow-up.
        QString invoices;
        for (const auto& record : followups)
            if (email.followupId != 0 && record.id == email.followupId)
                invoices = record.invoiceNumbers().join(QStringLiteral(", "));
        entries << Entry{Entry::Kind::Email, email.sentAt.toUTC().date(), QStringLiteral("Email: %1").arg(email.subject),
                         invoices, QStringLiteral("sent to %1").arg(email.to), email.bodyText};
    }
    for (const auto& note : notes) {
        // The log's table shows the detail: the promise's date, what was said, who noted it.
        QStringList parts;
        if (note.until.isValid())
            parts << QStringLiteral("until %1").arg(IsoDate::format(note.until));
        if (!note.text.isEmpty())
            parts << note.text;
        QString detail = parts.join(QStringLiteral(" — "));
        if (!note.actor.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(note.actor);
        entries << Entry{Entry::Kind::Note, note.date, QStringLiteral("Outcome: %1").arg(ContactNote::kindName(note.kind)),
                         note.invoiceNumber, detail, note.text};
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.kind < b.kind;
    });
    return entries;
}

} // namespace settle
