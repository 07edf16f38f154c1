#include "storage/Migrations.h"

#include "errors/SettleError.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace settle {

QList<Migrations::Migration> Migrations::all(bool postgres)
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/sql"));
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            throw SettleError(SettleError::Kind::Runtime, QStringLiteral("cannot read migration %1").arg(entry));
        QString script = QString::fromUtf8(file.readAll());
        // The one real difference between the engines in the schema: how a row gets its id.
        script.replace(QStringLiteral("{{ID}}"), postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                                          : QStringLiteral("INTEGER PRIMARY KEY"));
        result << Migration{match.captured(1).toInt(), match.captured(2), split(script)};
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return result;
}

int Migrations::latestVersion()
{
    const auto migrations = all(false);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QStringList Migrations::split(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace settle
