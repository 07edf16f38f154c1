#include "followup/FollowupDesk.h"

#include "bank/BankHoldBack.h"
#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "followup/InvoiceEvents.h"
#include "ledger/Ledger.h"
#include "mail/Outbox.h"
#include "storage/AuditLog.h"
#include "storage/FollowupDeskRepository.h"
#include "storage/FollowupRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/OutboxRepository.h"
#include "templates/TemplateEngine.h"

#include <algorithm>

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

QString dateText(QDate date)
{
    return date.isValid() ? IsoDate::format(date) : QString();
}

// `withUndelivered`: an email that failed or whose delivery is unknown also waits for the person.
bool hasWork(const FollowupRecord& record, bool withUndelivered = false)
{
    if (record.state == FollowupRecord::State::Dismissed)
        return false;
    bool open = record.state == FollowupRecord::State::PendingApproval;
    for (const auto& delivery : record.deliveries) {
        open =
            open || delivery.state == u"queued" || delivery.state == u"to_print" || delivery.state == u"open";
        if (withUndelivered && delivery.kind == FollowupRecord::Delivery::Kind::Email)
            open = open || delivery.state == u"failed" || delivery.state == u"unknown";
    }
    return open;
}

// An editor gives line ends and no-break spaces back its own way; those are not an edit.
bool sameText(const QString& stored, const QString& edited)
{
    auto plain = [](QString text) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QChar(0x00a0), u' ');
        text.replace(QChar(0x202f), u' ');
        return text.trimmed();
    };
    return plain(stored) == plain(edited);
}

} // namespace

bool FollowupDesk::isWaiting(const FollowupRecord& record, QDate today)
{
    if (record.snoozedUntil.isValid() && record.snoozedUntil > today)
        return false;
    return hasWork(record, true);
}

qint64 FollowupDesk::bankEntriesNotMatched()
{
    return BankHoldBack::entriesNotMatched(m_ledger.database());
}

QList<FollowupRecord> FollowupDesk::queue()
{
    const QDate today = m_ledger.clock().today();
    QList<FollowupRecord> waiting;
    // The database narrows it down; isWaiting is the same rule on what was read.
    for (const auto& record : FollowupRepository(m_ledger.database()).waiting(today))
        if (isWaiting(record, today))
            waiting << record;
    return waiting;
}

FollowupRecord FollowupDesk::snooze(qint64 followupId, QDate until)
{
    const QDate today = m_ledger.clock().today();
    if (until.isValid() && until <= today)
        badInput(QStringLiteral("follow-up %1: snooze until %2 must be after today (%3)")
                     .arg(followupId)
                     .arg(dateText(until), dateText(today)));
    return m_ledger.write(Ledger::Change::Followups | Ledger::Change::Outbox, [&](AuditLog& audit) {
        FollowupRepository followups(m_ledger.database());
        const auto before = followups.find(followupId);
        if (!before)
            badInput(QStringLiteral("there is no follow-up %1").arg(followupId));
        if (until.isValid() && !hasWork(*before))
            badInput(
                QStringLiteral(
                    "follow-up %1 waits for nothing (%2, everything delivered); there is nothing to snooze")
                    .arg(followupId)
                    .arg(FollowupRecord::stateName(before->state)));
        FollowupDeskRepository(m_ledger.database()).setSnooze(followupId, before->version, until);
        // The day starts at local midnight, as the bookkeeper reads "until Friday".
        Outbox(m_ledger).postponeFollowup(followupId,
                                          until.isValid() ? QDateTime(until, QTime(0, 0)) : QDateTime());
        audit.record(QStringLiteral("followup"), QString::number(followupId),
                     until.isValid() ? QStringLiteral("snooze") : QStringLiteral("wake"),
                     Json::Object{{QStringLiteral("snoozed_until"), dateText(before->snoozedUntil)}},
                     Json::Object{{QStringLiteral("snoozed_until"), dateText(until)}});
        return *followups.find(followupId);
    });
}

OutboxMessage FollowupDesk::editEmail(qint64 outboxId, int version, const QString& subject,
                                      const QString& text, const QString& html)
{
    if (subject.trimmed().isEmpty())
        badInput(QStringLiteral("outbox message %1: the subject is empty").arg(outboxId));
    if (subject.contains(u'\n') || subject.contains(u'\r'))
        badInput(QStringLiteral("outbox message %1: the subject must be one line").arg(outboxId));
    if (text.trimmed().isEmpty())
        badInput(QStringLiteral("outbox message %1: the text is empty").arg(outboxId));
    Outbox outbox(m_ledger);
    QString htmlPart = html;
    if (htmlPart.isEmpty()) {
        // Read on the version the person saw: the edit below is refused on any other.
        const auto before = OutboxRepository(m_ledger.database(), m_ledger.clock()).find(outboxId);
        if (before && before->version == version && !before->bodyHtml.isEmpty())
            htmlPart =
                sameText(before->bodyText, text) ? before->bodyHtml : TemplateEngine::htmlFromText(text);
    }
    return outbox.edit(outboxId, version, subject, text, htmlPart);
}

QList<OutboxMessage> FollowupDesk::emailsOf(qint64 followupId)
{
    return OutboxRepository(m_ledger.database(), m_ledger.clock()).forFollowup(followupId);
}

QList<FollowupTask> FollowupDesk::openTasks()
{
    return FollowupDeskRepository(m_ledger.database()).openTasks();
}

QList<FollowupTask> FollowupDesk::tasksOf(qint64 followupId)
{
    return FollowupDeskRepository(m_ledger.database()).tasksForFollowup(followupId);
}

FollowupTask FollowupDesk::task(qint64 taskId)
{
    const auto found = FollowupDeskRepository(m_ledger.database()).task(taskId);
    if (!found)
        badInput(QStringLiteral("there is no task %1").arg(taskId));
    return *found;
}

FollowupTask FollowupDesk::closeTask(qint64 taskId, const Outcome& outcome)
{
    using Kind = ContactNote::Kind;
    const FollowupTask before = task(taskId);
    if (before.state != u"open")
        badInput(
            QStringLiteral("task %1 is %2; only an open task gets an outcome").arg(taskId).arg(before.state));
    const QString kindName = ContactNote::kindName(outcome.kind);
    std::optional<FollowupRecord> followup;
    if (before.followupId > 0)
        followup = FollowupRepository(m_ledger.database()).find(before.followupId);
    if (outcome.kind == Kind::Legal && !(followup && followup->channel.contains(QStringLiteral("task"))))
        badInput(QStringLiteral("task %1: \"legal\" is the outcome of a collections review, not of a call")
                     .arg(taskId));
    if (outcome.kind == Kind::Promise && !outcome.until.isValid())
        badInput(QStringLiteral("task %1: a promise to pay needs its date (--until)").arg(taskId));
    if (outcome.kind != Kind::Promise && outcome.until.isValid())
        badInput(QStringLiteral("task %1: only a promise to pay has a date").arg(taskId));
    if ((outcome.kind == Kind::Note || outcome.kind == Kind::Dispute) && outcome.note.trimmed().isEmpty())
        badInput(QStringLiteral("task %1: a %2 needs its text (--note)").arg(taskId).arg(kindName));

    // The invoices concerned, each checked before anything is written, so that a promise or dispute
    // refused for one invoice leaves the others (and the task) as they were.
    InvoiceRepository invoices(m_ledger.database());
    QList<Invoice> concerned;
    const QDate today = m_ledger.clock().today();
    if (outcome.invoices.isEmpty()) {
        if (followup)
            for (const auto& item : followup->items) {
                const auto invoice = invoices.findById(item.due.invoiceId);
                const bool listed = std::any_of(concerned.begin(), concerned.end(),
                                                [&](const Invoice& i) { return i.id == item.due.invoiceId; });
                if (invoice && invoice->status == InvoiceStatus::Open && !listed)
                    concerned << *invoice;
            }
    } else {
        for (const QString& number : outcome.invoices) {
            const auto invoice = invoices.findByNumber(number);
            if (!invoice)
                badInput(QStringLiteral("task %1: there is no invoice %2").arg(taskId).arg(number));
            if (invoice->customerId != before.customerId)
                badInput(QStringLiteral("task %1: invoice %2 belongs to %3, not to %4")
                             .arg(taskId)
                             .arg(number, invoice->customerCode, before.customerCode));
            concerned << *invoice;
        }
    }
    if (outcome.kind == Kind::Promise || outcome.kind == Kind::Dispute) {
        if (concerned.isEmpty())
            badInput(QStringLiteral("task %1: no open invoice to record a %2 on").arg(taskId).arg(kindName));
        for (const auto& invoice : concerned) {
            if (invoice.status != InvoiceStatus::Open)
                badInput(QStringLiteral("task %1: invoice %2 is not open").arg(taskId).arg(invoice.number));
            if (outcome.kind == Kind::Promise && outcome.until < invoice.issueDate)
                badInput(QStringLiteral("task %1: the promise date %2 lies before invoice %3 was issued (%4)")
                             .arg(taskId)
                             .arg(dateText(outcome.until), invoice.number, dateText(invoice.issueDate)));
            if (outcome.kind == Kind::Dispute && invoice.disputedOn.isValid())
                badInput(QStringLiteral("task %1: invoice %2 is already disputed")
                             .arg(taskId)
                             .arg(invoice.number));
        }
    }

    // One write: the invoices' events (which the engine reads as history) and the task's outcome stand
    // or fall together.
    const bool onInvoices = outcome.kind == Kind::Promise || outcome.kind == Kind::Dispute;
    const Ledger::Changes changes = onInvoices ? Ledger::Change::Followups | Ledger::Change::Invoices
                                               : Ledger::Changes(Ledger::Change::Followups);
    m_ledger.write(changes, [&](AuditLog& audit) {
        InvoiceEvents events(m_ledger);
        for (const auto& invoice : concerned) {
            if (outcome.kind == Kind::Promise)
                events.promise(invoice.number, outcome.until);
            else if (outcome.kind == Kind::Dispute)
                events.dispute(invoice.number, outcome.note.trimmed(), today);
        }

        FollowupDeskRepository desk(m_ledger.database());
        const QString actor = AuditLog::osUser();
        desk.closeTask(taskId, before.version, kindName, outcome.note.trimmed(), today, actor);
        ContactNote note;
        note.customerId = before.customerId;
        note.taskId = taskId;
        note.kind = outcome.kind;
        note.text = outcome.note.trimmed();
        note.date = today;
        note.until = outcome.until;
        note.actor = actor;
        note.createdAt = m_ledger.clock().now();
        QStringList numbers;
        if (onInvoices) {
            for (const auto& invoice : concerned) {
                note.invoiceId = invoice.id;
                desk.insertNote(note);
                numbers << invoice.number;
            }
        } else {
            note.invoiceId = concerned.size() == 1 ? concerned.first().id : 0;
            desk.insertNote(note);
            for (const auto& invoice : concerned)
                numbers << invoice.number;
        }
        audit.record(QStringLiteral("followup_task"), QString::number(taskId), QStringLiteral("done"),
                     Json::Object{{QStringLiteral("state"), before.state}},
                     Json::Object{{QStringLiteral("state"), QStringLiteral("done")},
                                  {QStringLiteral("outcome"), kindName},
                                  {QStringLiteral("note"), note.text},
                                  {QStringLiteral("until"), dateText(outcome.until)},
                                  {QStringLiteral("invoices"), numbers.join(QStringLiteral(", "))}});
    });
    return task(taskId);
}

QList<FollowupDesk::HistoryEntry> FollowupDesk::history(const QString& invoiceNumber)
{
    using Kind = HistoryEntry::Kind;
    const auto invoice = InvoiceRepository(m_ledger.database()).findByNumber(invoiceNumber);
    if (!invoice)
        badInput(QStringLiteral("there is no invoice %1").arg(invoiceNumber));
    FollowupRepository followups(m_ledger.database());
    FollowupDeskRepository desk(m_ledger.database());
    OutboxRepository outbox(m_ledger.database(), m_ledger.clock());
    QList<HistoryEntry> entries;
    for (const qint64 id : desk.followupsForInvoice(invoice->id)) {
        const auto record = followups.find(id);
        if (!record)
            continue;
        QString state = FollowupRecord::stateName(record->state);
        if (!record->decidedBy.isEmpty())
            state += QStringLiteral(" by %1").arg(record->decidedBy);
        if (record->snoozedUntil.isValid())
            state += QStringLiteral(", snoozed until %1").arg(dateText(record->snoozedUntil));
        entries << HistoryEntry{Kind::Raised, record->raisedOn,
                                QStringLiteral("%1 raised (%2)").arg(record->stageName, record->channel),
                                state, id};
        for (const auto& message : outbox.forFollowup(id)) {
            QString detail =
                QStringLiteral("%1 to %2").arg(OutboxMessage::stateName(message.state), message.to);
            QDate date = message.createdAt.toUTC().date();
            if (message.state == OutboxMessage::State::Sent) {
                date = message.sentAt.toUTC().date();
                detail += QStringLiteral(" at %1").arg(message.sentAt.toUTC().toString(Qt::ISODate));
                if (!message.serverReply.isEmpty())
                    detail += QStringLiteral(": ") + message.serverReply;
            } else if (!message.lastError.isEmpty()) {
                detail += QStringLiteral(": ") + message.lastError;
            } else if (message.state == OutboxMessage::State::Queued && message.nextAttemptAt.isValid()) {
                detail += QStringLiteral(", not before %1")
                              .arg(message.nextAttemptAt.toUTC().toString(Qt::ISODate));
            }
            entries << HistoryEntry{Kind::Email, date, QStringLiteral("Email: %1").arg(message.subject),
                                    detail, id};
        }
        for (const auto& delivery : record->deliveries)
            if (delivery.kind == FollowupRecord::Delivery::Kind::Letter)
                entries << HistoryEntry{Kind::Letter, record->raisedOn,
                                        QStringLiteral("Letter: %1").arg(delivery.subject), delivery.state,
                                        id};
        for (const auto& t : desk.tasksForFollowup(id)) {
            QString detail = t.state;
            if (!t.outcome.isEmpty())
                detail += QStringLiteral(": %1").arg(t.outcome) +
                          (t.outcomeNote.isEmpty() ? QString() : QStringLiteral(" — ") + t.outcomeNote) +
                          (t.doneBy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.doneBy));
            entries << HistoryEntry{Kind::Task, t.doneOn.isValid() ? t.doneOn : t.dueOn,
                                    QStringLiteral("Task: %1").arg(t.title), detail, id};
        }
    }
    for (const auto& note : desk.notesForInvoice(invoice->id)) {
        QString detail = note.text;
        if (note.until.isValid())
            detail = QStringLiteral("until %1").arg(dateText(note.until)) +
                     (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        entries << HistoryEntry{Kind::Note, note.date,
                                QStringLiteral("Outcome: %1").arg(ContactNote::kindName(note.kind)), detail,
                                0};
    }
    for (const auto& event : InvoiceEvents(m_ledger).forInvoice(invoiceNumber)) {
        QString detail = event.reason;
        if (event.until.isValid())
            detail = dateText(event.until) + (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        entries << HistoryEntry{Kind::Event, event.date,
                                QStringLiteral("Event: %1").arg(InvoiceEvent::kindName(event.kind)), detail,
                                0};
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) { return a.date < b.date; });
    return entries;
}

} // namespace settle
