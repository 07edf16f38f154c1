#include "storage/CreditRepository.h"

#include "dates/IsoDate.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

QHash<qint64, QHash<QString, qint64>> CreditRepository::creditAt(QDate on, qint64 customerId)
{
    // A discount allocation carries its payment's id but is not money from it: only 'payment' counts.
    // One customer's payments through their index: a condition "(? = 0 OR customer_id = ?)" would
    // scan every payment of the ledger for each message a follow-up run writes.
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT p.customer_id, p.currency, SUM(p.amount - COALESCE((SELECT SUM(a.amount) "
                                   "FROM allocations a WHERE a.payment_id = p.id AND a.kind = 'payment' "
                                   "AND a.alloc_date <= ?), 0)) "
                                   "FROM payments p WHERE p.payment_date <= ?") +
                        (customerId > 0 ? QStringLiteral(" AND p.customer_id = ?") : QString()) +
                        QStringLiteral(" GROUP BY p.customer_id, p.currency"));
    const QString d = IsoDate::format(on);
    if (customerId > 0)
        query.exec({d, d, customerId});
    else
        query.exec({d, d});
    QHash<qint64, QHash<QString, qint64>> result;
    while (query.next())
        if (query.integer(2) > 0)
            result[query.integer(0)][query.text(1)] = query.integer(2);
    return result;
}

QList<CreditRepository::Unapplied> CreditRepository::unapplied(qint64 customerId, QDate on)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT p.id, p.payment_date, p.currency, p.amount - COALESCE((SELECT SUM(a.amount) "
                                   "FROM allocations a WHERE a.payment_id = p.id AND a.kind = 'payment'), 0) "
                                   "FROM payments p WHERE p.customer_id = ? AND p.payment_date <= ? "
                                   "ORDER BY p.payment_date, p.id"));
    query.exec({customerId, IsoDate::format(on)});
    QList<Unapplied> result;
    while (query.next())
        if (query.integer(3) > 0)
            result << Unapplied{query.integer(0), query.date(1), query.text(2), query.integer(3)};
    return result;
}

} // namespace settle
