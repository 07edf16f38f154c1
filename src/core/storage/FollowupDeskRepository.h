#pragma once

#include "domain/ContactNote.h"
#include "domain/FollowupTask.h"

#include <QList>

#include <optional>

namespace settle {

class Database;

// The follow-up desk's tables: snoozes on followups, the tasks and their outcomes (followup_tasks),
// and the notes a person keeps about a customer (contact_notes, resources/sql/0006_followup_desk.sql).
// Writes run in the caller's transaction; the caller writes the audit row.
class FollowupDeskRepository
{
public:
    explicit FollowupDeskRepository(Database& db) : m_db(db) {}

    // Refuses (Conflict) when the stored version is not `version`. An invalid `until` clears it.
    void setSnooze(qint64 followupId, int version, QDate until);

    std::optional<FollowupTask> task(qint64 id);
    QList<FollowupTask> tasksForFollowup(qint64 followupId);
    QList<FollowupTask> openTasks();
    // 'open' -> 'done' with the outcome; refuses (Conflict) unless still open at `version`.
    void closeTask(qint64 id, int version, const QString& outcome, const QString& note, QDate doneOn,
                   const QString& doneBy);

    qint64 insertNote(const ContactNote& note);
    QList<ContactNote> notesForCustomer(qint64 customerId);
    // Notes on the invoice itself, and those closing a task of a follow-up that named it.
    QList<ContactNote> notesForInvoice(qint64 invoiceId);
    // The follow-ups that named the invoice, oldest first.
    QList<qint64> followupsForInvoice(qint64 invoiceId);

private:
    QList<FollowupTask> selectTasks(const QString& where, std::initializer_list<QVariant> values);
    QList<ContactNote> selectNotes(const QString& where, std::initializer_list<QVariant> values);

    Database& m_db;
};

} // namespace settle
