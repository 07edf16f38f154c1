#include "storage/ReportRepository.h"

#include "dates/IsoDate.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace settle {

namespace {

// balance(i, d) = total − allocations dated on or before d (DESIGN.md "Balance and aging").
const QString balanceAt = QStringLiteral(
    "i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND a.alloc_date <= ?), 0)");

// Neither closed nor voided on or before d; with issue_date <= d and not a draft, the same set the
// aging report counts, so that DSO's receivables equal the aging total at the same date.
const QString notClosedAt = QStringLiteral("(i.closed_on IS NULL OR i.closed_on > ?) "
                                           "AND (i.voided_on IS NULL OR i.voided_on > ?)");

// Reads a stored 'YYYY-MM-DD' without going through QDate::fromString, which dominated the
// report's time on 100k rows; anything else takes the strict path.
QDate isoDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return IsoDate::parse(text).value_or(QDate());
    auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = text[i].unicode() - u'0';
            if (d < 0 || d > 9)
                return -1;
            n = n * 10 + d;
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2)); // invalid for a bad digit
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

ReportRepository::InvoicesAsOf ReportRepository::invoicesAsOf(QDate asOf)
{
    const auto codes = customerCodesById();
    const auto creditOnly = settledWithoutPayment();
    // One scan: closed invoices come back without a balance (the CASE skips the subquery), open
    // ones with their balance at the date.
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT i.id, i.customer_id, i.number, i.currency, i.status, i.issue_date, "
                                   "COALESCE(i.extended_due_date, i.due_date), i.closed_on, i.total, i.discount_rate, "
                                   "i.discount_days, CASE WHEN i.disputed_on IS NOT NULL AND i.disputed_on <= ? "
                                   "THEN 1 ELSE 0 END, CAST(CASE WHEN ") +
                        notClosedAt + QStringLiteral(" THEN ") + balanceAt +
                        QStringLiteral(" ELSE 0 END AS BIGINT) FROM invoices i WHERE i.status <> 'draft' AND i.issue_date <= ?"));
    const QString d = IsoDate::format(asOf);
    query.exec({d, d, d, d, d});
    InvoicesAsOf result;
    while (query.next()) {
        const qint64 balance = query.integer(12);
        if (balance > 0) {
            OpenInvoice open;
            open.customer = codes.value(query.integer(1));
            open.number = query.text(2);
            open.currency = query.text(3);
            open.effectiveDueDate = isoDate(query.value(6));
            open.balance = balance;
            open.disputed = query.integer(11) != 0;
            result.open << open;
            continue;
        }
        // closed_on is the date the balance reached zero; written-off invoices are closed too but
        // were not paid, and void ones never count (issue 8).
        if (query.text(4) != u"paid" || query.integer(8) <= 0 || creditOnly.contains(query.integer(0)))
            continue;
        const QDate closedOn = isoDate(query.value(7));
        if (!closedOn.isValid() || closedOn > asOf)
            continue;
        PaidInvoice paid;
        paid.customer = codes.value(query.integer(1));
        paid.number = query.text(2);
        paid.currency = query.text(3);
        paid.issueDate = isoDate(query.value(5));
        paid.effectiveDueDate = isoDate(query.value(6));
        paid.paidOn = closedOn;
        // PaymentTerms::hasDiscount: a rate and a window of zero or more days.
        if (query.integer(9) != 0 && query.integer(10) >= 0)
            paid.discountUntil = paid.issueDate.addDays(query.integer(10));
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
