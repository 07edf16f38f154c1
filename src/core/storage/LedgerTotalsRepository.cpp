#include "storage/LedgerTotalsRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

QHash<LedgerTotalsRepository::CustomerCurrency, qint64> LedgerTotalsRepository::sums(const QString& sql)
{
    Statement query(m_db.connection(), sql);
    query.exec();
    QHash<CustomerCurrency, qint64> result;
    while (query.next())
        result.insert({query.integer(0), query.text(1)}, query.integer(2));
    return result;
}

QHash<LedgerTotalsRepository::CustomerCurrency, qint64> LedgerTotalsRepository::invoicedByCustomer()
{
    return sums(QStringLiteral("SELECT customer_id, currency, SUM(total) FROM invoices WHERE status <> 'void' "
                               "GROUP BY customer_id, currency"));
}

QHash<LedgerTotalsRepository::CustomerCurrency, qint64> LedgerTotalsRepository::paidByCustomer()
{
    return sums(QStringLiteral("SELECT customer_id, currency, SUM(amount) FROM payments GROUP BY customer_id, currency"));
}

QList<LedgerTotalsRepository::PaymentKey> LedgerTotalsRepository::paymentKeys()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT id, customer_id, payment_date, amount, currency, reference, "
                                                      "COALESCE(invoice_id, 0) FROM payments ORDER BY id"));
    query.exec();
    QList<PaymentKey> result;
    while (query.next())
        result << PaymentKey{query.integer(0), query.integer(1), query.date(2), query.integer(3),
                             query.text(4),    query.text(5),    query.integer(6)};
    return result;
}

bool LedgerTotalsRepository::hasInvoices()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT 1 FROM invoices LIMIT 1"));
    query.exec();
    return query.next();
}

} // namespace settle
