#include "storage/PaymentRepository.h"

#include "dates/IsoDate.h"
#include "storage/Database.h"
#include "storage/PgBulkWrites.h"
#include "storage/Statement.h"

namespace settle {

PaymentRepository::PaymentRepository(Database& db) : m_db(db) {}

PaymentRepository::~PaymentRepository() = default;

qint64 PaymentRepository::insert(const Payment& p, qint64 invoiceId)
{
    // Every payment of an import passes here: on SQLite the id comes from the connection rather than
    // from RETURNING, which costs SQLite a temporary table per row.
    const bool sqlite = m_db.engine() == Database::Engine::SQLite;
    if (PgBulkWrites* bulk = m_db.bulkWrites()) {
        static const QStringList columns{QStringLiteral("id"),       QStringLiteral("customer_id"),
                                         QStringLiteral("payment_date"), QStringLiteral("amount"),
                                         QStringLiteral("currency"), QStringLiteral("method"),
                                         QStringLiteral("reference"), QStringLiteral("invoice_id")};
        const qint64 id = bulk->nextId(QStringLiteral("payments"));
        bulk->queue(QStringLiteral("payments"), columns,
                    {id, p.customerId, IsoDate::format(p.date), p.amount, p.currency, toString(p.method), p.reference,
                     invoiceId ? QVariant(invoiceId) : QVariant()});
        return id;
    }
    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db.connection(), QStringLiteral("INSERT INTO payments (customer_id, payment_date, amount, currency, "
                                              "method, reference, invoice_id) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                                   (sqlite ? QString() : QStringLiteral(" RETURNING id")));
    m_insert->exec({p.customerId, IsoDate::format(p.date), p.amount, p.currency, toString(p.method), p.reference,
                    invoiceId ? QVariant(invoiceId) : QVariant()});
    return sqlite ? m_insert->lastInsertId() : m_insert->returnedId();
}

QList<Payment> PaymentRepository::all(const QString& customerCode)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT p.id, p.customer_id, c.code, p.payment_date, p.amount, p.currency, p.method, "
                                   "p.reference, COALESCE(i.number, ''), p.amount - COALESCE((SELECT SUM(a.amount) "
                                   "FROM allocations a WHERE a.payment_id = p.id AND a.kind = 'payment'), 0) "
                                   "FROM payments p JOIN customers c ON c.id = p.customer_id "
                                   "LEFT JOIN invoices i ON i.id = p.invoice_id "
                                   "WHERE (? = '' OR c.code = ?) ORDER BY p.payment_date, p.id"));
    query.exec({customerCode, customerCode});
    QList<Payment> result;
    while (query.next()) {
        Payment p;
        p.id = query.integer(0);
        p.customerId = query.integer(1);
        p.customerCode = query.text(2);
        p.date = query.date(3);
        p.amount = query.integer(4);
        p.currency = query.text(5);
        p.method = paymentMethodFromString(query.text(6)).value_or(PaymentMethod::Other);
        p.reference = query.text(7);
        p.invoiceNumber = query.text(8);
        p.unallocated = query.integer(9);
        result << p;
    }
    return result;
}

QHash<qint64, QHash<QString, qint64>> PaymentRepository::creditByCustomer()
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT p.customer_id, p.currency, SUM(p.amount - COALESCE((SELECT SUM(a.amount) "
                                   "FROM allocations a WHERE a.payment_id = p.id AND a.kind = 'payment'), 0)) "
                                   "FROM payments p GROUP BY p.customer_id, p.currency"));
    query.exec();
    QHash<qint64, QHash<QString, qint64>> result;
    while (query.next())
        if (query.integer(2) != 0)
            result[query.integer(0)][query.text(1)] = query.integer(2);
    return result;
}

QHash<qint64, QStringList> PaymentRepository::paidInvoices(const QString& customerCode)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT a.payment_id, i.number FROM allocations a "
                                   "JOIN invoices i ON i.id = a.invoice_id "
                                   "JOIN payments p ON p.id = a.payment_id "
                                   "JOIN customers c ON c.id = p.customer_id "
                                   "WHERE a.kind = 'payment' AND (? = '' OR c.code = ?) ORDER BY a.payment_id, a.id"));
    query.exec({customerCode, customerCode});
    QHash<qint64, QStringList> result;
    while (query.next()) {
        QStringList& numbers = result[query.integer(0)];
        if (!numbers.contains(query.text(1)))
            numbers << query.text(1);
    }
    return result;
}

} // namespace settle
