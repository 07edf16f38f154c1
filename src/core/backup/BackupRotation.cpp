#include "backup/BackupRotation.h"

#include "backup/LedgerBackup.h"
#include "dates/Clock.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"
#include "storage/Database.h"
#include "storage/LocalPath.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace settle {

namespace {

const QString dailyTag = QStringLiteral("-daily-");

// The ledger's part of a backup name: "settle" for settle.db.
QString stem(const QString& location)
{
    const QString name = LedgerBackup::fileName(location, QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    return name.left(name.size() - QStringLiteral("-2000-01-01T000000.settle").size());
}

} // namespace

QString BackupRotation::dailyFileName(const QString& location, const QDateTime& at)
{
    return stem(location) + dailyTag + at.toString(QStringLiteral("yyyy-MM-ddTHHmm")) + QStringLiteral(".settle");
}

QStringList BackupRotation::dailyBackups(const QString& folder, const QString& location)
{
    const QRegularExpression pattern(QStringLiteral("^%1%2\\d{4}-\\d\\d-\\d\\dT\\d{4}\\.settle$")
                                         .arg(QRegularExpression::escape(stem(location)), dailyTag));
    QStringList found;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.settle")}, QDir::Files);
    for (const QString& name : names)
        if (pattern.match(name).hasMatch())
            found << QDir(folder).filePath(name);
    // The date and time in the name sort as text.
    std::sort(found.begin(), found.end(), std::greater<>());
    return found;
}

bool BackupRotation::isDue(const QString& folder, const QString& location, QDate today)
{
    const QString prefix = stem(location) + dailyTag + today.toString(Qt::ISODate);
    const QStringList existing = dailyBackups(folder, location);
    return std::none_of(existing.begin(), existing.end(),
                        [&](const QString& path) { return QFileInfo(path).fileName().startsWith(prefix); });
}

QStringList BackupRotation::prune(const QString& folder, const QString& location, int keep)
{
    const QStringList existing = dailyBackups(folder, location);
    QStringList removed;
    for (qsizetype i = std::max(0, keep); i < existing.size(); ++i)
        if (QFile::remove(existing[i]))
            removed << existing[i];
    return removed;
}

int BackupRotation::keep(const Ledger& ledger)
{
    bool ok = false;
    const int value = ledger.setting(SettingKeys::BackupKeep, SettingKeys::BackupKeep.defaultValue()).toInt(&ok);
    return ok ? std::max(0, value) : SettingKeys::BackupKeep.defaultValue().toInt();
}

QString BackupRotation::runDaily(Ledger& ledger, const QString& location)
{
    const int kept = keep(ledger);
    if (kept == 0)
        return {};
    const QString folder = LedgerBackup::folder(ledger, location);
    // Named in the user's time, like the files they see beside it.
    const QDateTime now(ledger.clock().today(), ledger.clock().now().toLocalTime().time());
    if (!isDue(folder, location, now.date()))
        return {};
    const QString path = QDir(folder).filePath(dailyFileName(location, now));
    LedgerBackup::backup(ledger, path);
    const QStringList removed = prune(folder, location, kept);
    spdlog::info("daily backup {}; {} older ones removed", path.toStdString(), removed.size());
    return path;
}

} // namespace settle
