#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <spdlog/spdlog.h>

namespace settle {

Transaction::Transaction(Database& db) : m_db(db)
{
    // IMMEDIATE takes SQLite's write lock at once, so two writers wait on the busy timeout instead
    // of failing later with a lock upgrade deadlock.
    Statement::run(db.connection(), db.engine() == Database::Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                            : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        Statement::run(m_db.connection(), QStringLiteral("ROLLBACK"));
    } catch (const std::exception& e) {
        spdlog::error("rollback failed: {}", e.what());
    }
}

void Transaction::commit()
{
    Statement::run(m_db.connection(), QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace settle
