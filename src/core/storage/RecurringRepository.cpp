#include "storage/RecurringRepository.h"

#include "dates/IsoDate.h"
#include "money/Currency.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

namespace {

const QString scheduleColumns = QStringLiteral(
    "SELECT s.id, s.template_invoice_id, i.number, s.customer_id, c.code, s.rhythm, s.start_date, s.anchor_day, "
    "s.until_date, s.send, s.stopped_on, "
    "(SELECT COUNT(*) FROM recurring_issues r WHERE r.schedule_id = s.id), "
    "(SELECT MAX(r.issue_date) FROM recurring_issues r WHERE r.schedule_id = s.id) "
    "FROM recurring_schedules s JOIN invoices i ON i.id = s.template_invoice_id "
    "JOIN customers c ON c.id = s.customer_id ");

RecurringSchedule readSchedule(const Statement& q)
{
    RecurringSchedule s;
    s.id = q.integer(0);
    s.templateInvoiceId = q.integer(1);
    s.templateNumber = q.text(2);
    s.customerId = q.integer(3);
    s.customerCode = q.text(4);
    s.every = RecurringSchedule::everyFromName(q.text(5)).value_or(RecurringSchedule::Every::Month);
    s.start = q.date(6);
    s.anchorDay = int(q.integer(7));
    s.until = q.date(8);
    s.send = q.integer(9) != 0;
    s.stoppedOn = q.date(10);
    s.issuedCount = int(q.integer(11));
    s.lastIssued = q.date(12);
    return s;
}

} // namespace

RecurringRepository::RecurringRepository(Database& db) : m_db(db) {}

qint64 RecurringRepository::insertSchedule(const RecurringSchedule& s, const QDateTime& createdAt)
{
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO recurring_schedules (template_invoice_id, customer_id, rhythm, "
                                    "start_date, anchor_day, until_date, send, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                                    "?, ?) RETURNING id"));
    insert.exec({s.templateInvoiceId, s.customerId, RecurringSchedule::everyName(s.every), IsoDate::format(s.start),
                 s.anchorDay, Statement::dateOrNull(s.until), s.send ? 1 : 0,
                 createdAt.toUTC().toString(Qt::ISODateWithMs)});
    return insert.returnedId();
}

QList<RecurringSchedule> RecurringRepository::select(const QString& where, std::initializer_list<QVariant> values)
{
    Statement query(m_db.connection(), scheduleColumns + where + QStringLiteral(" ORDER BY s.id"));
    query.exec(values);
    QList<RecurringSchedule> result;
    while (query.next())
        result << readSchedule(query);
    return result;
}

QList<RecurringSchedule> RecurringRepository::schedules(qint64 customerId)
{
    return customerId > 0 ? select(QStringLiteral("WHERE s.customer_id = ?"), {customerId}) : select({}, {});
}

std::optional<RecurringSchedule> RecurringRepository::schedule(qint64 id)
{
    const auto found = select(QStringLiteral("WHERE s.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool RecurringRepository::markStopped(qint64 id, QDate on)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE recurring_schedules SET stopped_on = ? "
                                                       "WHERE id = ? AND stopped_on IS NULL"));
    update.exec({IsoDate::format(on), id});
    return update.rowsAffected() == 1;
}

QHash<qint64, QSet<QDate>> RecurringRepository::issuedDates()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT schedule_id, issue_date FROM recurring_issues"));
    query.exec();
    QHash<qint64, QSet<QDate>> result;
    while (query.next())
        result[query.integer(0)].insert(query.date(1));
    return result;
}

bool RecurringRepository::isIssued(qint64 scheduleId, QDate date)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT 1 FROM recurring_issues WHERE schedule_id = ? AND issue_date = ?"));
    query.exec({scheduleId, IsoDate::format(date)});
    return query.next();
}

bool RecurringRepository::insertIssue(qint64 scheduleId, QDate date, qint64 invoiceId)
{
    // ON CONFLICT DO NOTHING rather than a failed insert: on PostgreSQL a failed statement spoils the
    // transaction, and the driver then complains on stderr as it frees its statements. The insert still
    // waits for another transaction holding the same key and sees its row once that commits.
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO recurring_issues (schedule_id, issue_date, invoice_id) VALUES (?, ?, ?) "
                                    "ON CONFLICT (schedule_id, issue_date) DO NOTHING"));
    insert.exec({scheduleId, IsoDate::format(date), invoiceId});
    return insert.rowsAffected() == 1;
}

QList<RecurringIssue> RecurringRepository::issues(qint64 scheduleId)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT r.schedule_id, r.invoice_id, i.number, c.code, r.issue_date, i.total, "
                                   "i.currency FROM recurring_issues r JOIN invoices i ON i.id = r.invoice_id "
                                   "JOIN customers c ON c.id = i.customer_id WHERE r.schedule_id = ? "
                                   "ORDER BY r.issue_date"));
    query.exec({scheduleId});
    QList<RecurringIssue> result;
    while (query.next()) {
        RecurringIssue issue;
        issue.scheduleId = query.integer(0);
        issue.invoiceId = query.integer(1);
        issue.number = query.text(2);
        issue.customerCode = query.text(3);
        issue.issueDate = query.date(4);
        issue.total = Money(query.integer(5), Currency::require(query.text(6)));
        result << issue;
    }
    return result;
}

} // namespace settle
