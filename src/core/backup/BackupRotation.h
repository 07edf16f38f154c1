#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace settle {

class Ledger;

// The automatic daily backup: one a day when a ledger is opened, the newest backup.keep of them
// kept, none made when backup.keep is 0. Only the automatic ones (NAME-daily-DATE TIME.settle) are
// counted and removed; a backup taken by hand is never removed.
class BackupRotation
{
public:
    static QString dailyFileName(const QString& location, const QDateTime& at);
    // This ledger's automatic backups in `folder`, newest first.
    static QStringList dailyBackups(const QString& folder, const QString& location);
    // Whether `folder` holds no automatic backup of this ledger from `today` yet.
    static bool isDue(const QString& folder, const QString& location, QDate today);
    // Removes all but the newest `keep` automatic backups; returns the removed ones.
    static QStringList prune(const QString& folder, const QString& location, int keep);
    // Takes today's automatic backup of the open ledger when one is due and backup.keep is not 0,
    // then prunes. Returns the new backup's path, or "" when none was due.
    static QString runDaily(Ledger& ledger, const QString& location);
    // The backup.keep setting as a number (14 when unset).
    static int keep(const Ledger& ledger);
};

} // namespace settle
