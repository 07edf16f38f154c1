#pragma once

#include "errors/StorageError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace settle {

// The one place where what SQLite or PostgreSQL said becomes a sentence for a user. The driver's
// own words and the statement go to the log only: a user is told what happened and what to do.
class DriverErrors
{
public:
    // After a failed call on an SQLite connection: reads its extended result code.
    [[noreturn]] static void raiseSqlite(sqlite3* db, const QString& sql);
    [[noreturn]] static void raiseSqlite(int extendedCode, const QString& driverText, const QString& sql);
    // After a failed QSqlQuery or connection: on SQLite the connection's code, elsewhere the SQLSTATE.
    [[noreturn]] static void raise(const QSqlDatabase& db, const QSqlError& error, const QString& sql);

    // After a failed libpq call made directly (PgCopyWriter): the SQLSTATE if the server sent one,
    // and whether the connection itself broke.
    [[noreturn]] static void raisePostgres(const QString& sqlState, const QString& driverText, const QString& sql,
                                           bool connectionBroken);

    static StorageError::Cause sqliteCause(int extendedCode);
    static StorageError::Cause postgresCause(const QString& sqlState);
    static QString sentence(StorageError::Cause cause);

private:
    [[noreturn]] static void raise(StorageError::Cause cause, const QString& driverText, const QString& sql);
};

} // namespace settle
