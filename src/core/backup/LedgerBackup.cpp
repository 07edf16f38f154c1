#include "backup/LedgerBackup.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"
#include "storage/Database.h"
#include "storage/LedgerSnapshot.h"
#include "storage/LocalPath.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <unistd.h>

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

[[noreturn]] void failed(const QString& message)
{
    throw SettleError(SettleError::Kind::Runtime, message);
}

// A file in the target's folder that no one else will pick, removed again unless kept.
class TempFile
{
public:
    explicit TempFile(const QString& beside)
        : m_path(QStringLiteral("%1.%2.partial").arg(beside, QUuid::createUuid().toString(QUuid::Id128).left(12)))
    {
    }
    ~TempFile()
    {
        if (!m_kept) {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                LocalPath::remove(m_path + QString::fromLatin1(suffix));
        }
    }
    const QString& path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

bool renameOver(const QString& from, const QString& to)
{
    return std::rename(LocalPath::encode(from).constData(), LocalPath::encode(to).constData()) == 0;
}

} // namespace

QString LedgerBackup::folder(const Ledger& ledger, const QString& location)
{
    const QString chosen = ledger.setting(SettingKeys::BackupFolder).trimmed();
    if (!chosen.isEmpty())
        return QDir::cleanPath(QDir::home().absoluteFilePath(chosen.startsWith(QStringLiteral("~/")) ? chosen.mid(2) : chosen));
    const QString beside = Database::isPostgresUrl(location) ? Database::defaultLocation() : location;
    return QDir::cleanPath(QFileInfo(LocalPath::folderOf(beside)).absoluteFilePath() + QStringLiteral("/backups"));
}

QString LedgerBackup::fileName(const QString& location, const QDateTime& at)
{
    QString base;
    if (Database::isPostgresUrl(location)) {
        base = QUrl(location).path().mid(1);
    } else {
        base = QFileInfo(location).completeBaseName();
    }
    if (base.isEmpty())
        base = QStringLiteral("ledger");
    return QStringLiteral("%1-%2.settle").arg(base, at.toString(QStringLiteral("yyyy-MM-ddTHHmmss")));
}

void LedgerBackup::backup(Ledger& ledger, const QString& path)
{
    if (LocalPath::exists(path))
        failed(QStringLiteral("%1: already exists; choose another name").arg(path));
    const QString folder = LocalPath::folderOf(path);
    if (!LocalPath::exists(folder) && (LocalPath::hasForeignBytes(folder) || !QDir().mkpath(folder)))
        failed(QStringLiteral("%1: cannot create the folder").arg(folder));
    // Written under another name and renamed when complete: a crash or a full disk leaves no file
    // that looks like a backup but is not one.
    TempFile temp(path);
    Database& db = ledger.database();
    if (db.engine() == Database::Engine::PostgreSQL)
        LedgerSnapshot::writeFromPostgres(db, temp.path());
    else
        LedgerSnapshot::write(db, temp.path());
    const auto written = LedgerSnapshot::inspect(temp.path());
    if (!written.isLedger || !written.intact)
        failed(QStringLiteral("%1: the backup could not be verified; it was not kept").arg(path));
    if (::link(LocalPath::encode(temp.path()).constData(), LocalPath::encode(path).constData()) != 0)
        failed(QStringLiteral("%1: cannot be written (it exists now, or the folder is read-only)").arg(path));
    spdlog::info("backed up {} to {}", Database::displayName(db.location()).toStdString(), path.toStdString());
}

LedgerBackup::Restored LedgerBackup::restore(const QString& backupFile, const QString& target)
{
    if (Database::isPostgresUrl(target))
        failed(QStringLiteral("%1: a shared PostgreSQL ledger is restored with `settle-cli copy --from BACKUP --to "
                              "DATABASE` into a new database")
                   .arg(Database::displayName(target)));
    if (!LocalPath::exists(backupFile) || LocalPath::isDir(backupFile))
        badInput(QStringLiteral("%1: no such file").arg(backupFile));
    const auto found = LedgerSnapshot::inspect(backupFile);
    if (!found.isSqlite || !found.isLedger)
        badInput(QStringLiteral("%1: is not a Settle ledger; nothing was changed").arg(backupFile));
    if (found.schemaVersion > Migrations::latestVersion())
        badInput(QStringLiteral("%1: was written by a newer Settle (schema version %2, this one knows up to %3); "
                                "nothing was changed")
                     .arg(backupFile)
                     .arg(found.schemaVersion)
                     .arg(Migrations::latestVersion()));
    if (!found.intact)
        badInput(QStringLiteral("%1: is damaged (SQLite's integrity check fails); nothing was changed").arg(backupFile));
    if (LocalPath::isDir(target))
        failed(QStringLiteral("%1: is a folder, not a ledger file").arg(target));

    const QString folder = LocalPath::folderOf(target);
    if (!LocalPath::exists(folder) && (LocalPath::hasForeignBytes(folder) || !QDir().mkpath(folder)))
        failed(QStringLiteral("%1: cannot create the folder").arg(folder));
    TempFile temp(target);
    LedgerSnapshot::copyFile(backupFile, temp.path());
    // Opening brings an older backup up to this build's schema (on the copy, never the backup).
    int version = 0;
    {
        const auto opened = Database::open(temp.path(), Database::OpenMode::MustExist);
        version = opened->schemaVersion();
        // The copy taken before that migration is of the temporary file: the backup itself is one.
        if (!opened->lastBackup().isEmpty())
            LocalPath::remove(opened->lastBackup());
    }
    if (!LedgerSnapshot::makeSingleFile(temp.path()))
        failed(QStringLiteral("%1: the restored copy could not be completed").arg(temp.path()));

    Restored result;
    result.ledger = target;
    result.schemaVersion = version;
    if (LocalPath::exists(target)) {
        if (!LedgerSnapshot::makeSingleFile(target))
            failed(QStringLiteral("%1: another program has the ledger open (Settle or settle-cli); close it and "
                                  "restore again. Nothing was changed")
                       .arg(target));
        result.keptAs = target + QStringLiteral(".before-restore");
        LocalPath::remove(result.keptAs);
        // A second name for the current ledger first, then the restored file renamed over the first
        // name: at every moment the ledger's name holds a whole ledger.
        if (::link(LocalPath::encode(target).constData(), LocalPath::encode(result.keptAs).constData()) != 0)
            failed(QStringLiteral("%1: cannot be written; nothing was changed").arg(result.keptAs));
    }
    if (!renameOver(temp.path(), target))
        failed(QStringLiteral("%1: cannot be replaced; nothing was changed").arg(target));
    temp.keep();
    for (const char* suffix : {"-wal", "-shm"})
        LocalPath::remove(temp.path() + QString::fromLatin1(suffix));
    spdlog::info("restored {} from {}", target.toStdString(), backupFile.toStdString());
    return result;
}

} // namespace settle
