#include "BackupCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "backup/LedgerBackup.h"
#include "errors/SettleError.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace settle {

int BackupCommands::backup(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("backup"), QStringLiteral("backup [--to FILE]"), args);
    cmd.parse({QStringLiteral("to")}, {}, 0, 0);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Writes a consistent copy of the ledger, even while Settle or another settle-cli writes to\n"
                         "it. Without --to it goes into the backup folder (the setting backup.folder; by default\n"
                         "backups/ beside the ledger) as NAME-YYYY-MM-DDTHHMMSS.settle. A backup is an SQLite\n"
                         "ledger file, also for a PostgreSQL ledger; `settle-cli restore` puts it back.\n";
        return 0;
    }
    Ledger& ledger = context.ledger();
    QString path = cmd.value(QStringLiteral("to"));
    if (cmd.has(QStringLiteral("to")) && path.trimmed().isEmpty())
        cmd.usageError(QStringLiteral("--to needs a file name"));
    if (path.isEmpty())
        path = QDir(LedgerBackup::folder(ledger, context.location()))
                   .filePath(LedgerBackup::fileName(context.location(), context.clock().now().toLocalTime()));
    path = QFileInfo(path).absoluteFilePath();
    LedgerBackup::backup(ledger, path);
    context.out() << "Backed up " << Database::displayName(context.location()) << " to " << path << "\n";
    return 0;
}

int BackupCommands::restore(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("restore"), QStringLiteral("restore FILE [--to DB]"), args);
    cmd.parse({QStringLiteral("to")}, {}, 0, 1);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Puts the backup FILE in place of the ledger (--to, else --db or SETTLE_DB or the default\n"
                         "ledger). The ledger that was there is kept as NAME.before-restore. Refused, with nothing\n"
                         "changed (exit status 3): a file that is not a Settle ledger, a damaged one, or one written\n"
                         "by a newer Settle. Close Settle on that ledger first. An older backup is brought up to\n"
                         "this version's schema.\n";
        return 0;
    }
    if (cmd.positionals().isEmpty())
        cmd.usageError(QStringLiteral("name the backup file to restore"));
    const QString target = cmd.value(QStringLiteral("to"), context.location());
    const auto restored = LedgerBackup::restore(QFileInfo(cmd.positional(0)).absoluteFilePath(),
                                                Database::isPostgresUrl(target) ? target : QFileInfo(target).absoluteFilePath());
    context.out() << "Restored " << restored.ledger << " from " << cmd.positional(0) << "\n";
    if (!restored.keptAs.isEmpty())
        context.out() << "The ledger that was there is kept as " << restored.keptAs << "\n";
    return 0;
}

} // namespace settle
