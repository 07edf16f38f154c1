#include "storage/FollowupDeskRepository.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

void FollowupDeskRepository::setSnooze(qint64 followupId, int version, QDate until)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE followups SET snoozed_until = ?, version = version + 1 "
                                    "WHERE id = ? AND version = ?"));
    update.exec({Statement::dateOrNull(until), followupId, version});
    if (update.rowsAffected() != 1)
        throw SettleError(
            SettleError::Kind::Conflict,
            QStringLiteral("follow-up %1 was changed by someone else; look again").arg(followupId));
}

QList<FollowupTask> FollowupDeskRepository::selectTasks(const QString& where,
                                                        std::initializer_list<QVariant> values)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT t.id, COALESCE(t.followup_id, 0), t.customer_id, c.code, c.name, "
                                   "COALESCE(f.stage_name, ''), t.due_on, t.title, t.notes, t.state, "
                                   "COALESCE(t.outcome, ''), t.outcome_note, t.done_on, t.done_by, t.version "
                                   "FROM followup_tasks t JOIN customers c ON c.id = t.customer_id "
                                   "LEFT JOIN followups f ON f.id = t.followup_id ") +
                        where + QStringLiteral(" ORDER BY t.due_on, t.id"));
    query.exec(values);
    QList<FollowupTask> tasks;
    while (query.next()) {
        FollowupTask t;
        t.id = query.integer(0);
        t.followupId = query.integer(1);
        t.customerId = query.integer(2);
        t.customerCode = query.text(3);
        t.customerName = query.text(4);
        t.stageName = query.text(5);
        t.dueOn = query.date(6);
        t.title = query.text(7);
        t.notes = query.text(8);
        t.state = query.text(9);
        t.outcome = query.text(10);
        t.outcomeNote = query.text(11);
        t.doneOn = query.date(12);
        t.doneBy = query.text(13);
        t.version = int(query.integer(14));
        tasks << t;
    }
    return tasks;
}

std::optional<FollowupTask> FollowupDeskRepository::task(qint64 id)
{
    const auto found = selectTasks(QStringLiteral("WHERE t.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<FollowupTask> FollowupDeskRepository::tasksForFollowup(qint64 followupId)
{
    return selectTasks(QStringLiteral("WHERE t.followup_id = ?"), {followupId});
}

QList<FollowupTask> FollowupDeskRepository::openTasks()
{
    return selectTasks(QStringLiteral("WHERE t.state = 'open'"), {});
}

void FollowupDeskRepository::closeTask(qint64 id, int version, const QString& outcome, const QString& note,
                                       QDate doneOn, const QString& doneBy)
{
    Statement update(
        m_db.connection(),
        QStringLiteral("UPDATE followup_tasks SET state = 'done', outcome = ?, outcome_note = ?, "
                       "done_on = ?, done_by = ?, version = version + 1 "
                       "WHERE id = ? AND state = 'open' AND version = ?"));
    update.exec(
        {outcome, note.isNull() ? QStringLiteral("") : note, IsoDate::format(doneOn), doneBy, id, version});
    if (update.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("task %1 was changed by someone else; look again").arg(id));
}

qint64 FollowupDeskRepository::insertNote(const ContactNote& note)
{
    Statement insert(
        m_db.connection(),
        QStringLiteral("INSERT INTO contact_notes (customer_id, invoice_id, task_id, kind, note_text, "
                       "note_date, until_date, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    insert.exec({note.customerId, note.invoiceId > 0 ? QVariant(note.invoiceId) : QVariant(),
                 note.taskId > 0 ? QVariant(note.taskId) : QVariant(), ContactNote::kindName(note.kind),
                 note.text.isNull() ? QStringLiteral("") : note.text, IsoDate::format(note.date),
                 Statement::dateOrNull(note.until), note.actor.isNull() ? QStringLiteral("") : note.actor,
                 note.createdAt.toUTC().toString(Qt::ISODateWithMs)});
    return insert.returnedId();
}

QList<ContactNote> FollowupDeskRepository::selectNotes(const QString& where,
                                                       std::initializer_list<QVariant> values)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT n.id, n.customer_id, c.code, COALESCE(n.invoice_id, 0), "
                                   "COALESCE(i.number, ''), COALESCE(n.task_id, 0), n.kind, n.note_text, "
                                   "n.note_date, n.until_date, n.actor, n.created_at FROM contact_notes n "
                                   "JOIN customers c ON c.id = n.customer_id "
                                   "LEFT JOIN invoices i ON i.id = n.invoice_id ") +
                        where + QStringLiteral(" ORDER BY n.note_date, n.id"));
    query.exec(values);
    QList<ContactNote> notes;
    while (query.next()) {
        ContactNote n;
        n.id = query.integer(0);
        n.customerId = query.integer(1);
        n.customerCode = query.text(2);
        n.invoiceId = query.integer(3);
        n.invoiceNumber = query.text(4);
        n.taskId = query.integer(5);
        n.kind = ContactNote::kindFromName(query.text(6)).value_or(ContactNote::Kind::Note);
        n.text = query.text(7);
        n.date = query.date(8);
        n.until = query.date(9);
        n.actor = query.text(10);
        n.createdAt = QDateTime::fromString(query.text(11), Qt::ISODateWithMs);
        notes << n;
    }
    return notes;
}

QList<ContactNote> FollowupDeskRepository::notesForCustomer(qint64 customerId)
{
    return selectNotes(QStringLiteral("WHERE n.customer_id = ?"), {customerId});
}

QList<ContactNote> FollowupDeskRepository::notesForInvoice(qint64 invoiceId)
{
    return selectNotes(QStringLiteral("WHERE n.invoice_id = ? OR (n.invoice_id IS NULL AND n.task_id IN "
                                      "(SELECT t.id FROM followup_tasks t JOIN followup_items x "
                                      "ON x.followup_id = t.followup_id WHERE x.invoice_id = ?))"),
                       {invoiceId, invoiceId});
}

QList<qint64> FollowupDeskRepository::followupsForInvoice(qint64 invoiceId)
{
    Statement query(m_db.connection(), QStringLiteral("SELECT DISTINCT followup_id FROM followup_items "
                                                      "WHERE invoice_id = ? ORDER BY followup_id"));
    query.exec({invoiceId});
    QList<qint64> ids;
    while (query.next())
        ids << query.integer(0);
    return ids;
}

} // namespace settle
