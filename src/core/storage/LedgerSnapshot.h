#pragma once

#include <QString>

namespace settle {

class Database;

// A ledger as one file, for backups and restores: a consistent copy of an open SQLite ledger, a
// look at a file without changing it, and a ledger made a single file before it is moved.
class LedgerSnapshot
{
public:
    // What a file is, read without writing to it.
    struct Inspection
    {
        bool isSqlite = false;  // an SQLite database file
        bool isLedger = false;  // holds Settle's tables
        int schemaVersion = 0;  // its highest migration
        bool intact = false;    // PRAGMA integrity_check said ok
    };

    // Copies an open SQLite ledger into a new file at `path` (VACUUM INTO): one read transaction,
    // so the copy is the ledger as it was at one moment even while other programs write to it.
    static void write(Database& source, const QString& path);
    // Copies a PostgreSQL ledger into a new SQLite file at `path` through LedgerCopier, reading in one
    // repeatable-read transaction so that the copy, too, is the ledger at one moment.
    static void writeFromPostgres(Database& source, const QString& path);
    static Inspection inspect(const QString& path);
    // Copies a ledger file (read-only) into a new file at `target`, consistent as write() is.
    static void copyFile(const QString& source, const QString& target);
    // Ends write-ahead logging on a ledger file so that all of it is in the one file, which can then
    // be renamed. False when another program has it open (it must be closed first).
    static bool makeSingleFile(const QString& path);
};

} // namespace settle
