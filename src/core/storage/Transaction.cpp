#include "storage/Transaction.h"

#include "errors/StorageError.h"
#include "storage/Database.h"
#include "storage/DriverErrors.h"
#include "storage/SqliteStatement.h"
#include "storage/Statement.h"

#include <QScopeGuard>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace settle {

Transaction::Transaction(Database& db) : m_db(db)
{
    // Refused here, at the one door every change goes through, before anything is attempted.
    if (db.isReadOnly())
        throw StorageError(StorageError::Cause::ReadOnly,
                           QStringLiteral("%1: the ledger is read-only (the file or its folder cannot be written); "
                                          "it can be read but not changed; nothing was changed")
                               .arg(Database::displayName(db.location())));
    // IMMEDIATE takes SQLite's write lock at once, so two writers wait on the busy handler instead
    // of failing later with a lock upgrade deadlock.
    const QString begin = db.engine() == Database::Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                  : QStringLiteral("BEGIN");
    try {
        Statement::run(db.connection(), begin);
    } catch (const StorageError& e) {
        // A server that restarted while the connection was idle is noticed here, before anything was
        // done: opening the connection again and beginning once more is safe.
        if (e.cause() != StorageError::Cause::ConnectionLost || !db.reconnectIfLost())
            throw;
        Statement::run(db.connection(), begin);
    }
    // From here on a lost connection is not replaced behind the transaction's back: what follows
    // would run outside it. The server rolls back what the lost one did.
    db.enterTransaction();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    const auto leave = qScopeGuard([this] { m_db.leaveTransaction(); });
    // On a full disk or an I/O error SQLite has already rolled the transaction back itself; a
    // ROLLBACK then only fails with "no transaction is active", which is no news to anyone.
    if (sqlite3* handle = SqliteStatement::handle(m_db.connection()); handle && sqlite3_get_autocommit(handle))
        return;
    try {
        Statement::run(m_db.connection(), QStringLiteral("ROLLBACK"));
    } catch (const std::exception& e) {
        // The error that brought us here is what the user hears about; this one is for the log.
        spdlog::info("rollback failed: {}", e.what());
    }
}

void Transaction::commit()
{
    Statement::run(m_db.connection(), QStringLiteral("COMMIT"));
    m_done = true;
    m_db.leaveTransaction();
}

} // namespace settle
