#pragma once

#include "domain/ContactNote.h"
#include "domain/FollowupRecord.h"
#include "domain/FollowupTask.h"
#include "domain/OutboxMessage.h"

#include <QList>
#include <QStringList>

namespace settle {

class Ledger;

// The bookkeeper's follow-up desk: today's queue, a snooze until a date, one queued email
// edited before it goes, the outcome of a call or a collections review (a note, a promise to pay, a
// dispute, escalation to legal), and the history of one invoice's follow-ups. Every change is
// audited; bad input is refused with a message naming the follow-up, task or invoice, and changes
// nothing.
class FollowupDesk
{
public:
    struct Outcome
    {
        ContactNote::Kind kind = ContactNote::Kind::Note;
        QString note;
        QDate until; // promise: paid by (required)
        // The invoices concerned; empty: the follow-up's invoices that are still open.
        QStringList invoices;
    };

    // One line of an invoice's history, oldest first.
    struct HistoryEntry
    {
        enum class Kind { Raised, Email, Letter, Task, Note, Event };
        Kind kind = Kind::Raised;
        QDate date;
        QString title;  // "Reminder raised (email)", "Email: Reminder: invoice INV-1"
        QString detail; // the state now, the server's answer, a task's outcome, a note's text
        qint64 followupId = 0;
    };

    explicit FollowupDesk(Ledger& ledger) : m_ledger(ledger) {}

    // What waits for a person today, newest first: approvals, emails not sent yet (or failed, or of
    // unknown delivery: the person decides), letters to print, open tasks — without the follow-ups
    // snoozed past today.
    QList<FollowupRecord> queue();
    static bool isWaiting(const FollowupRecord& record, QDate today);
    // Bank entries a person still has to look at (suggested or unmatched): the desk says "N bank
    // entries are not matched yet" before anything is sent, since one of them may pay what is queued.
    qint64 bankEntriesNotMatched();

    // Puts a follow-up aside until `until` (after today): off the queue, its queued emails not sent
    // before that day. An invalid `until` wakes it now.
    FollowupRecord snooze(qint64 followupId, QDate until);

    // The queued email of a follow-up, changed for this one message: only while 'queued', and only on
    // the version the person looked at (Conflict otherwise). Without an `html` of its own, the HTML part
    // follows the text, because it is what most mail programs show: an edited text becomes the HTML
    // part too (TemplateEngine::htmlFromText), an unchanged text keeps the template's HTML, and a
    // message without an HTML part stays without one.
    OutboxMessage editEmail(qint64 outboxId, int version, const QString& subject, const QString& text,
                            const QString& html = {});

    // The emails a follow-up put into the outbox, oldest first, with their delivery state.
    QList<OutboxMessage> emailsOf(qint64 followupId);

    QList<FollowupTask> openTasks();
    QList<FollowupTask> tasksOf(qint64 followupId);
    FollowupTask task(qint64 taskId);
    // Closes an open task with its outcome; a promise and a dispute are recorded on the invoices as
    // InvoiceEvents (so the engine pauses and the next stage moves past the promise), and the outcome
    // is kept as a contact note for the communication log. "legal" is for a collections review.
    FollowupTask closeTask(qint64 taskId, const Outcome& outcome);

    // What was raised and sent for one invoice, with the outcomes and the invoice's events.
    QList<HistoryEntry> history(const QString& invoiceNumber);

private:
    Ledger& m_ledger;
};

} // namespace settle
