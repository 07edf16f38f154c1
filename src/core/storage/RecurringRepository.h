#pragma once

#include "domain/RecurringIssue.h"
#include "domain/RecurringSchedule.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace settle {

class Database;

// Repeating invoices' schedules and the invoices they issued (tables recurring_schedules,
// recurring_issues). Schedules are read with their template's number, their customer's code, and how
// many invoices they issued and the latest one's date; nextDate is left to the caller's rule.
class RecurringRepository
{
public:
    explicit RecurringRepository(Database& db);

    qint64 insertSchedule(const RecurringSchedule& schedule, const QDateTime& createdAt);
    // Every schedule, or one customer's (customerId > 0), by id.
    QList<RecurringSchedule> schedules(qint64 customerId = 0);
    std::optional<RecurringSchedule> schedule(qint64 id);
    // Sets stopped_on on a schedule still active; false when there is none such.
    bool markStopped(qint64 id, QDate on);

    // The dates each schedule has issued.
    QHash<qint64, QSet<QDate>> issuedDates();
    bool isIssued(qint64 scheduleId, QDate date);
    // False, and nothing written, when the schedule's date is already issued (by a transaction that
    // committed meanwhile: the insert waits for one that holds the same key).
    bool insertIssue(qint64 scheduleId, QDate date, qint64 invoiceId);
    // What a schedule issued, oldest first, with each invoice's number, customer and total.
    QList<RecurringIssue> issues(qint64 scheduleId);

private:
    QList<RecurringSchedule> select(const QString& where, std::initializer_list<QVariant> values);

    Database& m_db;
};

} // namespace settle
