#include "storage/ReportRepository.h"

#include "dates/IsoDate.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace settle {

namespace {

// balance(i, d) = total − allocations dated on or before d.
const QString balanceAt = QStringLiteral(
    "i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND a.alloc_date <= ?), 0)");

// Neither closed nor voided on or before d; with issue_date <= d and not a draft, the same set the
// aging report counts, so that DSO's receivables equal the aging total at the same date.
const QString notClosedAt = QStringLiteral("(i.closed_on IS NULL OR i.closed_on > ?) "
                                           "AND (i.voided_on IS NULL OR i.voided_on > ?)");

// 'YYYY-MM-DD' as the number YYYYMMDD (NULL stays NULL), the same on SQLite and PostgreSQL.
QString ymd(const QString& column)
{
    return QStringLiteral("CAST(REPLACE(%1, '-', '') AS BIGINT)").arg(column);
}

QDate dateFromYmd(qint64 ymd)
{
    return ymd > 0 ? QDate(int(ymd / 10000), int(ymd / 100 % 100), int(ymd % 100)) : QDate();
}

} // namespace

QHash<qint64, QString> ReportRepository::customerCodesById()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT id, code FROM customers"));
    query.exec();
    QHash<qint64, QString> codes;
    while (query.next())
        codes.insert(query.integer(0), query.text(1));
    return codes;
}

QSet<qint64> ReportRepository::settledWithoutPayment()
{
    // Only invoices with a credit note can be settled without a payment, and they are few.
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT a.invoice_id, MAX(CASE WHEN a.kind = 'payment' THEN 1 ELSE 0 END) "
                                   "FROM allocations a WHERE a.invoice_id IN (SELECT c.invoice_id FROM allocations c "
                                   "WHERE c.kind = 'credit_note') GROUP BY a.invoice_id"));
    query.exec();
    QSet<qint64> ids;
    while (query.next())
        if (query.integer(1) == 0)
            ids.insert(query.integer(0));
    return ids;
}

QSet<qint64> ReportRepository::disputedAt(QDate asOf)
{
    // A dispute and its resolution may share a day: the one recorded later wins.
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT e.invoice_id FROM invoice_events e WHERE e.kind = 'dispute' "
                                   "AND e.event_date <= ? AND NOT EXISTS (SELECT 1 FROM invoice_events r "
                                   "WHERE r.invoice_id = e.invoice_id AND r.kind IN ('dispute', 'resolve') "
                                   "AND r.event_date <= ? AND (r.event_date > e.event_date "
                                   "OR (r.event_date = e.event_date AND r.id > e.id)))"));
    const QString d = IsoDate::format(asOf);
    query.exec({d, d});
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.integer(0));
    return ids;
}

ReportRepository::Extensions ReportRepository::extensions()
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT e.invoice_id, i.due_date, e.event_date, e.until_date FROM invoice_events e "
                                   "JOIN invoices i ON i.id = e.invoice_id WHERE e.kind = 'extend' "
                                   "ORDER BY e.invoice_id, e.event_date, e.id"));
    query.exec();
    Extensions result;
    while (query.next()) {
        Extensions::mapped_type& history = result[query.integer(0)];
        history.originalDue = query.date(1);
        history.recorded << std::pair{query.date(2), query.date(3)};
    }
    return result;
}

QHash<QString, int> ReportRepository::brokenPromises(QDate asOf)
{
    const auto codes = customerCodesById();
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT e.customer_id, COUNT(*) FROM invoice_events e "
                                   "WHERE e.kind = 'promise_broken' AND e.event_date <= ? GROUP BY e.customer_id"));
    query.exec({IsoDate::format(asOf)});
    QHash<QString, int> result;
    while (query.next())
        result.insert(codes.value(query.integer(0)), int(query.integer(1)));
    return result;
}

ReportRepository::InvoicesAsOf ReportRepository::invoicesAsOf(QDate asOf)
{
    const auto codes = customerCodesById();
    const auto creditOnly = settledWithoutPayment();
    const auto disputed = disputedAt(asOf);
    const auto extended = extensions();
    // One scan: closed invoices come back without a balance (the CASE skips the subquery), open
    // ones with their balance at the date.
    // Dates come as YYYYMMDD numbers and flags as numbers, and only the columns needed: the
    // driver converts every column of every row, and on 100k rows text columns were most of the
    // report's time.
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT i.id, i.customer_id, i.number, i.currency, "
                                   "CASE WHEN i.status = 'paid' AND i.total > 0 THEN 1 ELSE 0 END, ") +
                        ymd(QStringLiteral("i.issue_date")) + QStringLiteral(", ") +
                        ymd(QStringLiteral("COALESCE(i.extended_due_date, i.due_date)")) + QStringLiteral(", ") +
                        ymd(QStringLiteral("i.closed_on")) +
                        // PaymentTerms::hasDiscount: a rate and a window of zero or more days; -1 for none.
                        QStringLiteral(", CASE WHEN i.discount_rate <> 0 AND i.discount_days >= 0 THEN i.discount_days "
                                       "ELSE -1 END, CAST(CASE WHEN ") +
                        notClosedAt + QStringLiteral(" THEN ") + balanceAt +
                        QStringLiteral(" ELSE 0 END AS BIGINT) FROM invoices i WHERE i.status <> 'draft' AND i.issue_date <= ?"));
    const QString d = IsoDate::format(asOf);
    query.exec({d, d, d, d});
    InvoicesAsOf result;
    auto date = [&](int column) { return dateFromYmd(query.integer(column)); };
    while (query.next()) {
        const qint64 id = query.integer(0);
        const qint64 balance = query.integer(9);
        if (balance > 0) {
            OpenInvoice open;
            open.customer = codes.value(query.integer(1));
            open.number = query.text(2);
            open.currency = query.text(3);
            open.effectiveDueDate = date(6);
            if (const auto history = extended.constFind(id); history != extended.cend()) {
                // The due date in force at the report date: an extension recorded later does not
                // count yet. (Extensions from before the event history have no events and keep the
                // column's value.)
                open.effectiveDueDate = history->originalDue;
                for (const auto& [recorded, due] : history->recorded)
                    if (recorded <= asOf)
                        open.effectiveDueDate = due;
            }
            open.balance = balance;
            open.disputed = disputed.contains(id);
            result.open << open;
            continue;
        }
        // closed_on is the date the balance reached zero; written-off invoices are closed too but
        // were not paid, void ones never count, and zero totals owed nothing.
        if (query.integer(4) == 0 || creditOnly.contains(id))
            continue;
        const QDate closedOn = date(7);
        if (!closedOn.isValid() || closedOn > asOf)
            continue;
        PaidInvoice paid;
        paid.customer = codes.value(query.integer(1));
        paid.number = query.text(2);
        paid.currency = query.text(3);
        paid.issueDate = date(5);
        // Only an open invoice can be extended, so every extension of a paid one came before it
        // was paid: the final due date is the one it was paid against.
        paid.effectiveDueDate = date(6);
        paid.paidOn = closedOn;
        if (const qint64 discountDays = query.integer(8); discountDays >= 0)
            paid.discountUntil = paid.issueDate.addDays(discountDays);
        result.paid << paid;
    }
    return result;
}

QStringList ReportRepository::customerCodes()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT code FROM customers"));
    query.exec();
    QStringList codes;
    while (query.next())
        codes << query.text(0);
    std::sort(codes.begin(), codes.end()); // the same order on every engine, whatever its collation
    return codes;
}

QHash<QString, qint64> ReportRepository::receivablesAt(QDate date)
{
    // CAST: PostgreSQL's SUM of BIGINT is NUMERIC, which the driver would hand over as a double.
    Statement query(m_db.connection(), QStringLiteral("SELECT i.currency, CAST(SUM(") + balanceAt +
                                           QStringLiteral(") AS BIGINT) FROM invoices i WHERE i.status <> 'draft' "
                                                          "AND i.issue_date <= ? AND ") +
                                           notClosedAt + QStringLiteral(" GROUP BY i.currency"));
    const QString d = IsoDate::format(date);
    query.exec({d, d, d, d});
    QHash<QString, qint64> result;
    while (query.next())
        result.insert(query.text(0), query.integer(1));
    return result;
}

QHash<QString, qint64> ReportRepository::creditSales(QDate from, QDate to)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT i.currency, CAST(SUM(i.total) AS BIGINT) FROM invoices i "
                                   "WHERE i.status <> 'draft' AND i.issue_date >= ? AND i.issue_date <= ? "
                                   "AND (i.voided_on IS NULL OR i.voided_on > ?) GROUP BY i.currency"));
    const QString t = IsoDate::format(to);
    query.exec({IsoDate::format(from), t, t});
    QHash<QString, qint64> result;
    while (query.next())
        result.insert(query.text(0), query.integer(1));
    return result;
}

} // namespace settle
