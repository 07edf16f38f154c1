#pragma once

#include <QDateTime>
#include <QString>

namespace settle {

class Ledger;

// Backups of a ledger and putting one back (`settle-cli backup`/`restore`, File → Back Up Now and
// Restore…, the daily automatic backup). A backup is always an SQLite ledger file, whatever engine
// the ledger is on, so it can be opened, copied and restored like any other.
class LedgerBackup
{
public:
    struct Restored
    {
        QString ledger;     // the ledger file now holding the backup
        QString keptAs;     // where the ledger that was there before is kept ("" when there was none)
        int schemaVersion = 0;
    };

    // Where backups of this ledger go: backup.folder when set, else backups/ beside the ledger file
    // (for a shared PostgreSQL ledger: beside the default ledger).
    static QString folder(const Ledger& ledger, const QString& location);
    // A backup's file name: the ledger's name and the moment, e.g. settle-2026-12-02T153012.settle.
    static QString fileName(const QString& location, const QDateTime& at);

    // Writes a consistent copy of the open ledger to `path` (a new file; its folder is created),
    // even while other programs write to the ledger. Never leaves a half-written file at `path`.
    static void backup(Ledger& ledger, const QString& path);

    // Puts the backup at `backupFile` in place of the ledger file `target`. Refuses (BadInput, nothing
    // changed) a file that is not a Settle ledger, a damaged one, or one of a newer schema than this
    // build knows, and (Runtime) a target another program has open. The ledger that was at `target`
    // is kept as TARGET.before-restore; the restored file is written beside it and renamed into place,
    // so `target` is always either the old ledger or the whole restored one.
    static Restored restore(const QString& backupFile, const QString& target);
};

} // namespace settle
