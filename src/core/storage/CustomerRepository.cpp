#include "storage/CustomerRepository.h"

#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/PgBulkWrites.h"
#include "storage/Statement.h"

namespace settle {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT c.id, c.code, c.name, c.email, c.cc, c.phone, c.address, c.currency, t.name, p.name, c.language, "
    "c.on_hold, c.notes, c.version, c.vat_id, c.buyer_reference, c.einvoice FROM customers c JOIN payment_terms t ON t.id = c.terms_id "
    "JOIN reminder_policies p ON p.id = c.policy_id ");

Customer readCustomer(const Statement& q)
{
    Customer c;
    c.id = q.integer(0);
    c.code = q.text(1);
    c.name = q.text(2);
    c.email = q.text(3);
    c.cc = q.text(4);
    c.phone = q.text(5);
    c.address = q.text(6);
    c.currency = q.text(7);
    c.terms = q.text(8);
    c.policy = q.text(9);
    c.language = q.text(10);
    c.onHold = q.integer(11) != 0;
    c.notes = q.text(12);
    c.version = int(q.integer(13));
    c.vatId = q.text(14);
    c.buyerReference = q.text(15);
    c.einvoice = q.text(16);
    return c;
}

} // namespace

CustomerRepository::CustomerRepository(Database& db) : m_db(db) {}

CustomerRepository::~CustomerRepository() = default;

qint64 CustomerRepository::insert(const Customer& c, qint64 termsId, qint64 policyId)
{
    const QVariantList values{c.code,     c.name,  c.email,       c.cc,         c.phone,
                              c.address,  c.currency, termsId,   policyId,     c.language,
                              c.onHold ? 1 : 0, c.notes, c.vatId, c.buyerReference, c.einvoice};
    // The columns of `values`, in order: one list for the INSERT and for COPY.
    static const QStringList columns{
        QStringLiteral("code"),     QStringLiteral("name"),      QStringLiteral("email"),
        QStringLiteral("cc"),       QStringLiteral("phone"),     QStringLiteral("address"),
        QStringLiteral("currency"), QStringLiteral("terms_id"),  QStringLiteral("policy_id"),
        QStringLiteral("language"), QStringLiteral("on_hold"),   QStringLiteral("notes"),
        QStringLiteral("vat_id"),   QStringLiteral("buyer_reference"), QStringLiteral("einvoice")};
    if (PgBulkWrites* bulk = m_db.bulkWrites()) {
        const qint64 id = bulk->nextId(QStringLiteral("customers"));
        bulk->queue(QStringLiteral("customers"), QStringList{QStringLiteral("id")} + columns, QVariantList{id} + values);
        return id;
    }
    if (!m_insert) {
        const QString placeholders = QStringLiteral("?, ").repeated(columns.size() - 1) + u'?';
        m_insert = std::make_unique<Statement>(m_db.connection(),
                                               QStringLiteral("INSERT INTO customers (%1) VALUES (%2) RETURNING id")
                                                   .arg(columns.join(QStringLiteral(", ")), placeholders));
    }
    m_insert->bind(values).exec();
    return m_insert->returnedId();
}

void CustomerRepository::update(const Customer& c, qint64 termsId, qint64 policyId)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE customers SET name = ?, email = ?, cc = ?, phone = ?, address = ?, "
                                    "currency = ?, terms_id = ?, policy_id = ?, language = ?, on_hold = ?, notes = ?, "
                                    "vat_id = ?, buyer_reference = ?, einvoice = ?, version = version + 1 WHERE id = ? AND version = ?"));
    update.exec({c.name, c.email, c.cc, c.phone, c.address, c.currency, termsId, policyId, c.language,
                 c.onHold ? 1 : 0, c.notes, c.vatId, c.buyerReference, c.einvoice, c.id, c.version});
    if (update.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("customer %1 was changed by someone else; reload and try again").arg(c.code));
}

std::optional<Customer> CustomerRepository::findByCode(const QString& code)
{
    Statement query(m_db.connection(), selectColumns + QStringLiteral("WHERE c.code = ?"));
    query.exec({code});
    if (!query.next())
        return std::nullopt;
    return readCustomer(query);
}

QList<Customer> CustomerRepository::all()
{
    Statement query(m_db.connection(), selectColumns + QStringLiteral("ORDER BY c.code"));
    query.exec();
    QList<Customer> result;
    while (query.next())
        result << readCustomer(query);
    return result;
}

QHash<QString, qint64> CustomerRepository::idsByCode()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT id, code FROM customers"));
    query.exec();
    QHash<QString, qint64> result;
    while (query.next())
        result.insert(query.text(1), query.integer(0));
    return result;
}

} // namespace settle

namespace settle {

void CustomerRepository::lockForUpdate(qint64 id)
{
    if (m_db.engine() != Database::Engine::PostgreSQL)
        return;
    Statement lock(m_db.connection(), QStringLiteral("SELECT id FROM customers WHERE id = ? FOR UPDATE"));
    lock.exec({id});
}

} // namespace settle
