#pragma once

#include "domain/Customer.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace settle {

class Database;
class Statement;

class CustomerRepository
{
public:
    explicit CustomerRepository(Database& db);
    ~CustomerRepository();

    // Returns the new id. The names of terms and policy are resolved by the caller.
    qint64 insert(const Customer& customer, qint64 termsId, qint64 policyId);
    // Refuses (SettleError Conflict) when the stored version is no longer customer.version.
    void update(const Customer& customer, qint64 termsId, qint64 policyId);
    std::optional<Customer> findByCode(const QString& code);
    QList<Customer> all();
    QHash<QString, qint64> idsByCode();
    // Serialises changes to one customer's money (payments, allocations) between processes. SQLite's
    // BEGIN IMMEDIATE already serialises every writer; PostgreSQL takes the row lock.
    void lockForUpdate(qint64 id);

private:
    Database& m_db;
    std::unique_ptr<Statement> m_insert;
};

} // namespace settle
