#pragma once

#include <QSqlDatabase>

namespace settle {

class Database;

// A write transaction that rolls back unless committed, so an exception anywhere leaves the
// ledger as it was (an import is one transaction; bad input changes nothing).
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace settle
