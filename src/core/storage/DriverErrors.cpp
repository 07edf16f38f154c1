#include "storage/DriverErrors.h"

#include "logging/Logging.h"
#include "storage/PgConnection.h"
#include "storage/SqliteStatement.h"

#include <sqlite3.h>

#include <spdlog/spdlog.h>

namespace settle {

using Cause = StorageError::Cause;

Cause DriverErrors::sqliteCause(int extendedCode)
{
    // The extended codes first: SHMSIZE is the shared-memory file that could not grow on a full disk.
    switch (extendedCode) {
    case SQLITE_IOERR_SHMSIZE: return Cause::DiskFull;
    case SQLITE_READONLY_DIRECTORY:
    case SQLITE_READONLY_CANTINIT:
    case SQLITE_IOERR_SHMOPEN: return Cause::CannotOpen;
    default: break;
    }
    switch (extendedCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Cause::Busy;
    case SQLITE_FULL: return Cause::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM: return Cause::ReadOnly;
    case SQLITE_CANTOPEN: return Cause::CannotOpen;
    case SQLITE_NOTADB: return Cause::NotADatabase;
    case SQLITE_CORRUPT: return Cause::Damaged;
    case SQLITE_IOERR: return Cause::Io;
    case SQLITE_CONSTRAINT: return Cause::Conflict;
    default: return Cause::Other;
    }
}

Cause DriverErrors::postgresCause(const QString& sqlState)
{
    if (sqlState == u"53100")
        return Cause::DiskFull;
    if (sqlState == u"25006" || sqlState == u"42501")
        return Cause::ReadOnly;
    if (sqlState == u"55P03" || sqlState == u"57014")
        return Cause::Busy;
    // Integrity violations (23...), serialization failures and deadlocks: someone else got there first.
    if (sqlState.startsWith(u"23") || sqlState == u"40001" || sqlState == u"40P01")
        return Cause::Conflict;
    if (sqlState.startsWith(u"08") || sqlState == u"57P01" || sqlState == u"57P02" || sqlState == u"57P03")
        return Cause::ConnectionLost;
    if (sqlState == u"58030")
        return Cause::Io;
    return Cause::Other;
}

QString DriverErrors::sentence(Cause cause)
{
    switch (cause) {
    case Cause::Busy:
        return QStringLiteral("another program is writing this ledger (it is locked); wait until it has finished "
                              "and try again; nothing was changed");
    case Cause::DiskFull:
        return QStringLiteral("the disk is full, so the ledger cannot be written; free some space and try again; "
                              "nothing was changed");
    case Cause::ReadOnly:
        return QStringLiteral("the ledger is read-only (the file, its folder or the server allows no changes); "
                              "it can be read but not changed; nothing was changed");
    case Cause::CannotOpen:
        return QStringLiteral("the ledger file cannot be opened; check that it and its folder exist and that you "
                              "may read and write them");
    case Cause::NotADatabase: return QStringLiteral("is not a Settle ledger (not an SQLite database)");
    case Cause::Damaged:
        return QStringLiteral("the ledger file is damaged; restore it from a backup (settle-cli copy can rescue what "
                              "is still readable)");
    case Cause::Io:
        return QStringLiteral("the disk reported an error while reading or writing the ledger; check the disk and "
                              "try again; nothing was changed");
    case Cause::Conflict:
        return QStringLiteral("the ledger was changed by someone else at the same moment; look again and retry; "
                              "nothing was changed");
    case Cause::ConnectionLost:
        return QStringLiteral("the connection to the ledger's server was lost; check that the server is running "
                              "and try again; nothing was changed");
    case Cause::Other: break;
    }
    return QStringLiteral("the ledger could not carry this out (an unexpected database error, written to the log "
                          "%1); nothing was changed")
        .arg(Logging::logFile());
}

void DriverErrors::raise(Cause cause, const QString& driverText, const QString& sql)
{
    // Only the log keeps the driver's words and the statement: they help whoever debugs, not the user.
    spdlog::info("database error: {} [{}]", driverText.toStdString(), sql.simplified().left(200).toStdString());
    throw StorageError(cause, sentence(cause));
}

void DriverErrors::raisePostgres(const QString& sqlState, const QString& driverText, const QString& sql,
                                 bool connectionBroken)
{
    Cause cause = postgresCause(sqlState);
    if (cause == Cause::Other && (connectionBroken || (sqlState.isEmpty() && PgConnection::soundsDisconnected(driverText))))
        cause = Cause::ConnectionLost;
    raise(cause, QStringLiteral("%1 (%2)").arg(driverText.trimmed(), sqlState), sql);
}

void DriverErrors::raiseSqlite(sqlite3* db, const QString& sql)
{
    raiseSqlite(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), sql);
}

void DriverErrors::raiseSqlite(int extendedCode, const QString& driverText, const QString& sql)
{
    raise(sqliteCause(extendedCode), QStringLiteral("%1 (%2)").arg(driverText).arg(extendedCode), sql);
}

void DriverErrors::raise(const QSqlDatabase& db, const QSqlError& error, const QString& sql)
{
    const QString text = error.text().trimmed();
    if (sqlite3* handle = SqliteStatement::handle(db)) {
        const int code = sqlite3_extended_errcode(handle);
        raise(sqliteCause(code), QStringLiteral("%1 (%2)").arg(text).arg(code), sql);
    }
    // A connection that broke carries no SQLSTATE (libpq made the error up itself), only its words.
    Cause cause = postgresCause(error.nativeErrorCode());
    if (cause == Cause::Other && error.nativeErrorCode().isEmpty() &&
        (error.type() == QSqlError::ConnectionError || PgConnection::soundsDisconnected(text) ||
         // Qt's driver closes itself once the connection broke and then fails every statement wordlessly.
         text.isEmpty()))
        cause = Cause::ConnectionLost;
    raise(cause, QStringLiteral("%1 (%2)").arg(text, error.nativeErrorCode()), sql);
}

} // namespace settle
