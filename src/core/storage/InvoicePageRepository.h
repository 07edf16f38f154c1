#pragma once

#include "domain/InvoiceStatus.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

class Database;

// The invoice list a page at a time, for tables that must stay fast at 100,000 rows:
// a count for the scroll bar and LIMIT/OFFSET pages in a stable order, so that a view fetches only
// the rows it shows.
class InvoicePageRepository
{
public:
    enum class State { Any, Draft, Open, Overdue, Disputed, Paid, Void, WrittenOff };
    enum class SortKey { Number, Customer, IssueDate, DueDate, Status, Total, Balance };

    struct Query
    {
        State state = State::Any;
        QString customerCode; // empty: every customer
        QString text;         // part of the number, customer code or customer name; empty: all
        // Open invoices whose effective due date puts them in this aging bucket at the as-of date
        // (AgingBucket::Bucket: 0 current, 1 1-30, 2 31-60, 3 61-90, 4 91+).
        std::optional<int> agingBucket;
        SortKey sort = SortKey::Number;
        bool descending = true;
    };

    struct Row
    {
        qint64 id = 0;
        QString number; // empty for a draft
        QString customerCode;
        QString customerName;
        InvoiceStatus status = InvoiceStatus::Open;
        QDate issueDate;
        QDate dueDate;
        QDate effectiveDueDate;
        QString currency;
        qint64 total = 0;
        qint64 balance = 0; // at the as-of date
        QDate disputedOn;
        QDate promiseUntil;
    };

    explicit InvoicePageRepository(Database& db) : m_db(db) {}

    qint64 count(const Query& query, QDate asOf);
    // Rows [offset, offset + limit) of the query in its order (ties broken by id).
    QList<Row> page(const Query& query, QDate asOf, qint64 offset, int limit);

private:
    Database& m_db;
};

} // namespace settle
