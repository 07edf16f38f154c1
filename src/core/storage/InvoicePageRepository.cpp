#include "storage/InvoicePageRepository.h"

#include "dates/IsoDate.h"
#include "domain/AgingBucket.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace settle {

namespace {

// Every query binds the same parameters in the same places, so that the SQL text varies only by
// clauses chosen from enums (never by user text):
//   1 balance date | 2,3 customer code | 4..7 search text | 8..10 due-date range
const QString fromAndWhere = QStringLiteral(
    " FROM invoices i JOIN customers c ON c.id = i.customer_id "
    "WHERE (? = '' OR c.code = ?) "
    "AND (? = '' OR LOWER(i.number) LIKE ? ESCAPE '\\' OR LOWER(c.code) LIKE ? ESCAPE '\\' "
    "OR LOWER(c.name) LIKE ? ESCAPE '\\') "
    "AND (? = 0 OR (i.status = 'open' AND COALESCE(i.extended_due_date, i.due_date) BETWEEN ? AND ?)) ");

// balance(i, d) = total − allocations dated on or before d.
const QString balanceAt = QStringLiteral(
    "i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND a.alloc_date <= ?), 0)");

QString stateClause(InvoicePageRepository::State state)
{
    using State = InvoicePageRepository::State;
    switch (state) {
    case State::Any: return {};
    case State::Draft: return QStringLiteral("AND i.status = 'draft' ");
    case State::Open: return QStringLiteral("AND i.status = 'open' ");
    case State::Overdue: return QStringLiteral("AND i.status = 'open' "); // and the date range below
    case State::Disputed: return QStringLiteral("AND i.status = 'open' AND i.disputed_on IS NOT NULL ");
    case State::Paid: return QStringLiteral("AND i.status = 'paid' ");
    case State::Void: return QStringLiteral("AND i.status = 'void' ");
    case State::WrittenOff: return QStringLiteral("AND i.status = 'written_off' ");
    }
    return {};
}

QString orderBy(const InvoicePageRepository::Query& query)
{
    using Key = InvoicePageRepository::SortKey;
    QString column;
    switch (query.sort) {
    case Key::Number: column = QStringLiteral("i.number"); break;
    case Key::Customer: column = QStringLiteral("c.name"); break;
    case Key::IssueDate: column = QStringLiteral("i.issue_date"); break;
    case Key::DueDate: column = QStringLiteral("COALESCE(i.extended_due_date, i.due_date)"); break;
    case Key::Status: column = QStringLiteral("i.status"); break;
    case Key::Total: column = QStringLiteral("i.total"); break;
    case Key::Balance: column = QStringLiteral("balance"); break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The id breaks ties so that pages never overlap or skip a row.
    return QStringLiteral("ORDER BY ") + column + direction + QStringLiteral(", i.id") + direction;
}

struct DueRange
{
    bool active = false;
    QDate from;
    QDate to;
};

// The filter's overdue state and aging bucket as a range of effective due dates.
DueRange dueRange(const InvoicePageRepository::Query& query, QDate asOf)
{
    DueRange range{false, QDate(1, 1, 1), QDate(9999, 12, 31)};
    auto narrow = [&](QDate from, QDate to) {
        range.active = true;
        range.from = std::max(range.from, from);
        range.to = std::min(range.to, to);
    };
    if (query.state == InvoicePageRepository::State::Overdue)
        narrow(QDate(1, 1, 1), asOf.addDays(-1));
    if (query.agingBucket) {
        const auto [first, last] = AgingBucket::dueDates(AgingBucket::Bucket(*query.agingBucket), asOf);
        narrow(first, last);
    }
    return range;
}

QString likePattern(const QString& text)
{
    // Case-insensitive on both engines: the column is lowered in SQL, the pattern here.
    QString escaped = text.trimmed().toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// Binds the filter's parameters; a page query adds its balance date in front and LIMIT, OFFSET behind.
void bindFilter(Statement& statement, const InvoicePageRepository::Query& query, QDate asOf,
                std::optional<std::pair<qint64, qint64>> page = std::nullopt)
{
    const DueRange range = dueRange(query, asOf);
    const QString text = query.text.trimmed();
    const QString like = likePattern(text);
    // An ISO date never needs a four-digit year with leading zeros to compare as text.
    const QString from = range.from.toString(QStringLiteral("yyyy-MM-dd"));
    const QString to = range.to.toString(QStringLiteral("yyyy-MM-dd"));
    if (page)
        statement.bind({IsoDate::format(asOf), query.customerCode, query.customerCode, text, like, like, like,
                        range.active ? 1 : 0, from, to, page->first, page->second});
    else
        statement.bind({query.customerCode, query.customerCode, text, like, like, like, range.active ? 1 : 0, from, to});
}

} // namespace

qint64 InvoicePageRepository::count(const Query& query, QDate asOf)
{
    Statement statement(m_db.connection(), QStringLiteral("SELECT COUNT(*)") + fromAndWhere + stateClause(query.state));
    bindFilter(statement, query, asOf);
    statement.exec();
    return statement.next() ? statement.integer(0) : 0;
}

QList<InvoicePageRepository::Row> InvoicePageRepository::page(const Query& query, QDate asOf, qint64 offset, int limit)
{
    const QString sql = QStringLiteral("SELECT i.id, i.number, c.code, c.name, i.status, i.issue_date, i.due_date, "
                                       "i.extended_due_date, i.currency, i.total, ") +
                        balanceAt +
                        QStringLiteral(" AS balance, i.disputed_on, i.promise_until") + fromAndWhere +
                        stateClause(query.state) + orderBy(query) +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    Statement statement(m_db.connection(), sql);
    bindFilter(statement, query, asOf, std::pair{qint64(qMax(limit, 0)), qMax<qint64>(offset, 0)});
    statement.exec();
    QList<Row> rows;
    while (statement.next()) {
        Row row;
        row.id = statement.integer(0);
        row.number = statement.text(1);
        row.customerCode = statement.text(2);
        row.customerName = statement.text(3);
        row.status = invoiceStatusFromString(statement.text(4)).value_or(InvoiceStatus::Open);
        row.issueDate = statement.date(5);
        row.dueDate = statement.date(6);
        const QDate extended = statement.date(7);
        row.effectiveDueDate = extended.isValid() ? extended : row.dueDate;
        row.currency = statement.text(8);
        row.total = statement.integer(9);
        row.balance = statement.integer(10);
        row.disputedOn = statement.date(11);
        row.promiseUntil = statement.date(12);
        rows << row;
    }
    return rows;
}

} // namespace settle
