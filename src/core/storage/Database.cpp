#include "storage/Database.h"

#include "errors/SettleError.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace settle {

namespace {

QAtomicInt connectionCounter;

[[noreturn]] void refuse(const QString& message)
{
    throw SettleError(SettleError::Kind::Runtime, message);
}

} // namespace

Database::Database(QString location, Engine engine)
    : m_location(std::move(location)), m_engine(engine),
      m_connectionName(QStringLiteral("settle-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    // Shared by the GUI and the CLI whatever their application names: ~/.local/share/settle/settle.db
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/settle/settle.db");
}

void Database::connect(bool readOnly)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_location);
    if (readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        refuse(QStringLiteral("%1: cannot open: %2").arg(m_location, m_db.lastError().text()));
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString& location, OpenMode mode)
{
    std::unique_ptr<Database> db(new Database(location, Engine::SQLite));
    const QFileInfo info(location);
    bool fresh = !info.exists() || info.size() == 0;
    if (info.exists() && info.isDir())
        refuse(QStringLiteral("%1: is a folder, not a ledger file").arg(location));

    if (!fresh) {
        // Look before touching: a read-only connection cannot change someone else's file.
        db->connect(true);
        QStringList tables;
        bool isSettle = false;
        int version = 0;
        try {
            Statement list(db->m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            list.exec();
            while (list.next())
                tables << list.text(0);
            list.finish();
            isSettle = tables.contains(QStringLiteral("settle_meta"));
            if (isSettle) {
                Statement v(db->m_db, QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
                v.exec();
                if (v.next())
                    version = int(v.integer(0));
            }
        } catch (const SettleError&) {
            db->close();
            refuse(QStringLiteral("%1: is not a Settle ledger (not an SQLite database); the file was left as it is")
                       .arg(location));
        }
        db->close();
        if (!tables.isEmpty() && !isSettle)
            refuse(QStringLiteral("%1: is not a Settle ledger (it holds another program's tables); the file was "
                                  "left as it is")
                       .arg(location));
        if (version > Migrations::latestVersion())
            refuse(QStringLiteral("%1: was written by a newer Settle (schema version %2, this one knows up to %3); "
                                  "the file was left as it is")
                       .arg(location)
                       .arg(version)
                       .arg(Migrations::latestVersion()));
        fresh = tables.isEmpty();
    }
    if (fresh && mode == OpenMode::MustExist)
        refuse(QStringLiteral("%1: no ledger here yet; create one with `settle-cli init`").arg(location));
    if (fresh) {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder))
            refuse(QStringLiteral("%1: cannot create the folder").arg(folder));
    }

    db->connect(false);
    db->applyPragmas();
    db->migrate();
    return db;
}

void Database::applyPragmas()
{
    // foreign_keys is per connection (PLATFORM-NOTES.md); WAL lets readers go on while one writes.
    Statement(m_db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    Statement(m_db, QStringLiteral("PRAGMA busy_timeout = 10000")).exec();
    Statement journal(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    journal.exec();
    journal.finish();
    Statement(m_db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
}

int Database::schemaVersion()
{
    Statement tables(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"));
    tables.exec();
    if (!tables.next() || tables.integer(0) == 0)
        return 0;
    tables.finish();
    Statement v(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    v.exec();
    return v.next() ? int(v.integer(0)) : 0;
}

void Database::backupTo(const QString& path)
{
    // VACUUM INTO writes a consistent copy even with a WAL file beside the database.
    Statement(m_db, QStringLiteral("VACUUM INTO ?")).exec({path});
}

void Database::migrate()
{
    const int current = schemaVersion();
    const auto migrations = Migrations::all(m_engine == Engine::PostgreSQL);
    if (current >= Migrations::latestVersion())
        return;
    if (current > 0) {
        m_lastBackup = QStringLiteral("%1.schema-%2.bak").arg(m_location).arg(current);
        QFile::remove(m_lastBackup);
        backupTo(m_lastBackup);
        spdlog::info("backed up {} to {} before migrating", m_location.toStdString(), m_lastBackup.toStdString());
    }
    for (const auto& migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(*this);
        for (const QString& sql : migration.statements)
            Statement(m_db, sql).exec();
        Statement(m_db, QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"))
            .exec({migration.version, migration.name});
        transaction.commit();
        spdlog::info("migrated {} to schema version {}", m_location.toStdString(), migration.version);
    }
}

} // namespace settle
