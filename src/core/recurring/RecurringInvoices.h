#pragma once

#include "domain/RecurringIssue.h"
#include "domain/RecurringSchedule.h"

#include <QDate>
#include <QList>
#include <QString>

namespace settle {

class Ledger;

// Repeating invoices (docs/DESIGN.md, "Repeating invoices"): schedules made from an issued invoice, and
// the run that issues every date that has come, each at most once, whoever else runs at the same time.
// Every change goes through Ledger::write with Ledger::Change::Recurring (and Invoices / Outbox for
// what a run issues and queues).
class RecurringInvoices
{
public:
    struct RunResult
    {
        QDate asOf;
        QList<RecurringIssue> issued; // by issue date, then schedule id
    };

    explicit RecurringInvoices(Ledger& ledger);

    // A new schedule copying invoice `fromInvoiceNumber` (an open, paid or written-off one; never a draft
    // or a void one). `start` defaults to the invoice's issue date plus one period; the anchor day is the
    // day of the month of the invoice's issue date then, else of `start`. Returns the schedule's id.
    // Throws SettleError(BadInput) naming what is wrong (unknown or unfit invoice, `until` before the
    // start, `send` for a customer without an email address); nothing is changed then.
    qint64 add(const QString& fromInvoiceNumber, RecurringSchedule::Every every, QDate start = {}, QDate until = {},
               bool send = false);
    // Every schedule (or one customer's), by id, with issuedCount, lastIssued and nextDate filled.
    QList<RecurringSchedule> list(const QString& customerCode = {});
    // One schedule like list() gives it; BadInput when there is none with that id.
    RecurringSchedule schedule(qint64 id);
    // Stops a schedule at the clock's today: it issues nothing more. BadInput for an unknown id or one
    // already stopped.
    void stop(qint64 id);
    // Issues every date of every active schedule that is on or before `asOf` (and on or before its
    // `until`) and not yet issued, oldest first; each invoice in its own write, with the schedule's date
    // as its issue date, the due date from the copied terms and the next number of the sequence, queued
    // for email when the schedule sends (an email that cannot be composed leaves the invoice issued and
    // says why in its mailProblem). A date another process issued meanwhile is skipped silently.
    RunResult run(QDate asOf);
    // What schedule `id` has issued, oldest first.
    QList<RecurringIssue> issuedBy(qint64 id);

private:
    Ledger& m_ledger;
};

} // namespace settle
