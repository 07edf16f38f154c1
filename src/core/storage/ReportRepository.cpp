#include "storage/ReportRepository.h"

#include "dates/IsoDate.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

namespace {

// balance(i, d) = total − allocations dated on or before d (DESIGN.md "Balance and aging").
const QString balanceAt = QStringLiteral(
    "i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND a.alloc_date <= ?), 0)");

// Issued on or before d, and neither closed nor voided on or before d: the same set the aging
// report counts, so that DSO's receivables equal the aging total at the same date.
const QString openAt = QStringLiteral(
    "i.status <> 'draft' AND i.issue_date <= ? AND (i.closed_on IS NULL OR i.closed_on > ?) "
    "AND (i.voided_on IS NULL OR i.voided_on > ?)");

} // namespace

QList<PaidInvoice> ReportRepository::paidInvoices(QDate asOf)
{
    // closed_on is the date the balance reached zero; written-off invoices are closed too but
    // were not paid, and void ones never count (issue 8).
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT c.code, i.number, i.currency, i.issue_date, "
                                   "COALESCE(i.extended_due_date, i.due_date), i.closed_on, i.discount_rate, "
                                   "i.discount_days FROM invoices i JOIN customers c ON c.id = i.customer_id "
                                   "WHERE i.status = 'paid' AND i.closed_on <= ? AND EXISTS (SELECT 1 FROM "
                                   "allocations a WHERE a.invoice_id = i.id AND a.kind = 'payment')"));
    query.exec({IsoDate::format(asOf)});
    QList<PaidInvoice> result;
    while (query.next()) {
        PaidInvoice invoice;
        invoice.customer = query.text(0);
        invoice.number = query.text(1);
        invoice.currency = query.text(2);
        invoice.issueDate = query.date(3);
        invoice.effectiveDueDate = query.date(4);
        invoice.paidOn = query.date(5);
        // PaymentTerms::hasDiscount: a rate and a window of zero or more days.
        if (query.integer(6) != 0 && query.integer(7) >= 0)
            invoice.discountUntil = invoice.issueDate.addDays(query.integer(7));
        result << invoice;
    }
    return result;
}

QList<OpenInvoice> ReportRepository::openInvoices(QDate asOf)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT c.code, i.number, i.currency, COALESCE(i.extended_due_date, i.due_date), "
                                   "CASE WHEN i.disputed_on IS NOT NULL AND i.disputed_on <= ? THEN 1 ELSE 0 END, ") +
                        balanceAt + QStringLiteral(" FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE ") +
                        openAt);
    const QString d = IsoDate::format(asOf);
    query.exec({d, d, d, d, d});
    QList<OpenInvoice> result;
    while (query.next()) {
        OpenInvoice invoice;
        invoice.balance = query.integer(5);
        if (invoice.balance <= 0)
            continue;
        invoice.customer = query.text(0);
        invoice.number = query.text(1);
        invoice.currency = query.text(2);
        invoice.effectiveDueDate = query.date(3);
        invoice.disputed = query.integer(4) != 0;
        result << invoice;
    }
    return result;
}

QStringList ReportRepository::customerCodes()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT code FROM customers ORDER BY code"));
    query.exec();
    QStringList codes;
    while (query.next())
        codes << query.text(0);
    return codes;
}

QHash<QString, qint64> ReportRepository::receivablesAt(QDate date)
{
    Statement query(m_db.connection(), QStringLiteral("SELECT i.currency, SUM(") + balanceAt +
                                           QStringLiteral(") FROM invoices i WHERE ") + openAt +
                                           QStringLiteral(" GROUP BY i.currency"));
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
                    QStringLiteral("SELECT i.currency, SUM(i.total) FROM invoices i WHERE i.status <> 'draft' "
                                   "AND i.issue_date >= ? AND i.issue_date <= ? "
                                   "AND (i.voided_on IS NULL OR i.voided_on > ?) GROUP BY i.currency"));
    const QString t = IsoDate::format(to);
    query.exec({IsoDate::format(from), t, t});
    QHash<QString, qint64> result;
    while (query.next())
        result.insert(query.text(0), query.integer(1));
    return result;
}

} // namespace settle
