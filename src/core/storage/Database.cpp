#include "storage/Database.h"

#include "errors/SettleError.h"
#include "errors/StorageError.h"
#include "logging/Logging.h"
#include "storage/DriverErrors.h"
#include "storage/LocalPath.h"
#include "storage/Migrations.h"
#include "storage/PgConnection.h"
#include "storage/SqliteStatement.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

#include <thread>

namespace settle {

namespace {

QAtomicInt connectionCounter;

} // namespace

struct LockWait
{
    QString location;
    int limitMs = 0;
};

namespace {

// How long a writer waits for another one to finish. A big import writes in one transaction for
// a minute or more; failing after a few seconds would make every cron job collide with it.
// SETTLE_LOCK_WAIT (seconds) lets a script that prefers to fail fast say so.
int lockWaitMilliseconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SETTLE_LOCK_WAIT", &ok);
    return ok && seconds >= 0 ? seconds * 1000 : 2 * 60 * 1000;
}


// SQLite's busy handler: sleeps a little longer each time, says once (after a short wait) that it
// is waiting for another program, and gives up at the limit with SQLITE_BUSY.
int waitForLock(void* context, int count)
{
    auto* wait = static_cast<LockWait*>(context);
    static constexpr int steps[] = {1, 2, 5, 10, 15, 20, 25, 25, 50, 50, 100};
    constexpr int stepCount = int(std::size(steps));
    qint64 waited = 0;
    for (int k = 0; k < count; ++k)
        waited += steps[std::min(k, stepCount - 1)];
    if (waited >= wait->limitMs)
        return 0;
    if (count == 20)
        spdlog::warn("another program is writing {}; waiting for it to finish (up to {} s)",
                     wait->location.toStdString(), wait->limitMs / 1000);
    std::this_thread::sleep_for(std::chrono::milliseconds(steps[std::min(count, stepCount - 1)]));
    return 1;
}

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
    // A URI carries the name's own bytes (LocalPath) to SQLite. In a folder nobody may write, SQLite
    // cannot make the files a WAL ledger is read through; nobody can change the ledger there either,
    // so it is read as immutable.
    QString query;
    if (readOnly) {
        query = QStringLiteral("mode=ro");
        if (!LocalPath::isWritable(LocalPath::folderOf(m_location)) && !LocalPath::exists(m_location + QStringLiteral("-shm")))
            query += QStringLiteral("&immutable=1");
    }
    m_db.setDatabaseName(LocalPath::sqliteUri(m_location, query));
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY")
                                    : QStringLiteral("QSQLITE_OPEN_URI"));
    if (!m_db.open()) {
        spdlog::info("cannot open {}: {}", m_location.toStdString(), m_db.lastError().text().toStdString());
        close();
        throw StorageError(StorageError::Cause::CannotOpen,
                           QStringLiteral("%1: %2").arg(m_location, DriverErrors::sentence(StorageError::Cause::CannotOpen)));
    }
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isPostgresUrl(const QString& location)
{
    return location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"));
}

QString Database::displayName(const QString& location)
{
    if (!isPostgresUrl(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

void Database::connectPostgres()
{
    const QUrl url(m_location);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(u'/'))
        refuse(QStringLiteral("%1: not a PostgreSQL address of the form postgresql://USER@HOST[:PORT]/DB")
                   .arg(displayName(m_location)));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        refuse(QStringLiteral("the PostgreSQL driver (QPSQL) is not installed; on Debian: libqt6sql6-psql"));
    m_db.setHostName(url.host());
    m_db.setPort(url.port(5432));
    m_db.setDatabaseName(name);
    m_db.setUserName(url.userName());
    // Without a password in the address, libpq reads PGPASSWORD or ~/.pgpass itself.
    if (!url.password().isEmpty())
        m_db.setPassword(url.password());
    QStringList options{QStringLiteral("connect_timeout=10")};
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems())
        options << key + u'=' + value;
    // A ledger's money and customers cross the network only encrypted and to the server its
    // certificate names (~/.postgresql/root.crt), unless the address or PGSSLMODE says otherwise;
    // loopback never leaves the machine.
    if (!query.hasQueryItem(QStringLiteral("sslmode")) && qEnvironmentVariableIsEmpty("PGSSLMODE") &&
        !PgConnection::isLoopback(url.host()))
        options << QStringLiteral("sslmode=verify-full");
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        // libpq's words go to the log; the user hears which of the usual reasons it is.
        const QString text = m_db.lastError().databaseText().trimmed();
        spdlog::info("cannot connect to {}: {}", displayName(m_location).toStdString(), text.toStdString());
        QString reason;
        if (text.contains(QStringLiteral("password")) || text.contains(QStringLiteral("authentication")))
            reason = QStringLiteral("the server refused the user name or password (PGPASSWORD or ~/.pgpass)");
        else if (text.contains(QStringLiteral("does not exist")))
            reason = QStringLiteral("the server has no such database or user; check the address");
        else if (text.contains(QStringLiteral("certificate")) || text.contains(QStringLiteral("SSL")) ||
                 text.contains(QStringLiteral("root.crt")))
            reason = QStringLiteral("the server's TLS certificate could not be verified (put the certificate of the "
                                    "authority that signed it in ~/.postgresql/root.crt, or add ?sslmode=require to "
                                    "the address to encrypt without verifying)");
        else if (text.contains(QStringLiteral("timeout")) || text.contains(QStringLiteral("refused")) ||
                 text.contains(QStringLiteral("could not translate host")) || text.contains(QStringLiteral("No route")))
            reason = QStringLiteral("no PostgreSQL server answers there; check the host and port and that the server runs");
        else if (text.contains(QStringLiteral("starting up")) || text.contains(QStringLiteral("shutting down")) ||
                 text.contains(QStringLiteral("not yet accepting")) || text.contains(QStringLiteral("recovery mode")))
            reason = QStringLiteral("the server is starting or stopping (a restart or a failover); try again in a "
                                    "moment");
        else
            reason = QStringLiteral("the server did not accept the connection (details in the log %1)").arg(Logging::logFile());
        throw StorageError(StorageError::Cause::ConnectionLost,
                           QStringLiteral("%1: cannot connect: %2").arg(displayName(m_location), reason));
    }
    // Amounts are BIGINT and sums of them NUMERIC: read them exactly, never as doubles.
    m_db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    PgConnection::quietDriverMessages(m_db);
    checkServer();
}

void Database::checkServer()
{
    const int version = PgConnection::serverVersion(m_db);
    if (version > 0 && version < PgConnection::oldestServer) {
        close();
        refuse(QStringLiteral("%1: the server runs PostgreSQL %2, but Settle needs PostgreSQL %3 or newer; "
                              "upgrade the server or use another one")
                   .arg(displayName(m_location), PgConnection::versionText(version),
                        PgConnection::versionText(PgConnection::oldestServer)));
    }
}

QSqlDatabase& Database::connection()
{
    // Also after an attempt that found the server still away: the connection is closed then.
    if (m_openTransactions == 0 && isConnectionLost())
        reconnect();
    return m_db;
}

bool Database::isConnectionLost() const
{
    return m_engine == Engine::PostgreSQL && (!m_db.isOpen() || PgConnection::isBroken(m_db));
}

bool Database::reconnectIfLost()
{
    if (!isConnectionLost())
        return true;
    if (m_openTransactions > 0)
        return false;
    try {
        reconnect();
    } catch (const std::exception& e) {
        spdlog::info("{} still cannot be reached: {}", displayName(m_location).toStdString(), e.what());
        return false;
    }
    return true;
}

bool Database::isReachable()
{
    if (m_engine != Engine::PostgreSQL)
        return true;
    if (!reconnectIfLost())
        return false;
    if (m_openTransactions > 0)
        return true;
    try {
        Statement::run(m_db, QStringLiteral("SELECT 1"));
    } catch (const StorageError& e) {
        // A server that restarted since the last use: the connection can be opened again at once.
        return e.cause() != StorageError::Cause::ConnectionLost || reconnectIfLost();
    }
    return true;
}

void Database::reconnect()
{
    // The same QSqlDatabase (and so the same driver) is opened again: statements prepared on it stay
    // usable, and Statement prepares them anew when it sees the generation has changed.
    m_db.close();
    if (!m_db.open()) {
        spdlog::info("reconnecting to {} failed: {}", displayName(m_location).toStdString(),
                     m_db.lastError().databaseText().trimmed().toStdString());
        throw StorageError(StorageError::Cause::ConnectionLost,
                           QStringLiteral("%1: the ledger's server cannot be reached; check that it is running "
                                          "and try again; nothing was changed")
                               .arg(displayName(m_location)));
    }
    m_db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    PgConnection::quietDriverMessages(m_db);
    m_db.driver()->setProperty(PgConnection::generationProperty, ++m_generation);
    spdlog::info("reconnected to {}", displayName(m_location).toStdString());
}

void Database::inspect(bool& isEmpty)
{
    QStringList tables;
    int version = 0;
    const bool postgres = m_engine == Engine::PostgreSQL;
    try {
        Statement list(m_db, postgres ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                       "WHERE table_schema = current_schema()")
                                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        list.exec();
        while (list.next())
            tables << list.text(0);
        list.finish();
        if (tables.contains(QStringLiteral("settle_meta"))) {
            Statement v(m_db, QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
            v.exec();
            if (v.next())
                version = int(v.integer(0));
        }
    } catch (const StorageError& e) {
        close();
        // Only a file that is no database is "not a ledger"; a full disk or a locked or unreadable
        // file says so, for a valid ledger must never be called something else.
        if (!postgres && (e.cause() == StorageError::Cause::NotADatabase))
            refuse(QStringLiteral("%1: is not a Settle ledger (not an SQLite database); the file was left as it is")
                       .arg(m_location));
        throw StorageError(e.cause(), QStringLiteral("%1: %2").arg(displayName(m_location), e.message()));
    }
    const QString what = postgres ? QStringLiteral("the database") : QStringLiteral("the file");
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("settle_meta"))) {
        close();
        refuse(QStringLiteral("%1: is not a Settle ledger (it holds another program's tables); %2 was left as it is")
                   .arg(displayName(m_location), what));
    }
    if (version > Migrations::latestVersion()) {
        close();
        refuse(QStringLiteral("%1: was written by a newer Settle (schema version %2, this one knows up to %3); "
                              "%4 was left as it is")
                   .arg(displayName(m_location))
                   .arg(version)
                   .arg(Migrations::latestVersion())
                   .arg(what));
    }
    isEmpty = tables.isEmpty();
}

std::unique_ptr<Database> Database::open(const QString& location, OpenMode mode)
{
    if (isPostgresUrl(location)) {
        std::unique_ptr<Database> db(new Database(location, Engine::PostgreSQL));
        db->connectPostgres();
        bool empty = false;
        db->inspect(empty);
        if (empty && mode == OpenMode::MustExist) {
            db->close();
            refuse(QStringLiteral("%1: no ledger here yet; create one with `settle-cli init`").arg(displayName(location)));
        }
        db->migrate();
        return db;
    }

    std::unique_ptr<Database> db(new Database(location, Engine::SQLite));
    if (LocalPath::isDir(location))
        refuse(QStringLiteral("%1: is a folder, not a ledger file").arg(location));
    const QString folder = LocalPath::folderOf(location);
    bool fresh = !LocalPath::exists(location) || LocalPath::size(location) == 0;
    // SQLite writes a ledger's changes through files beside it (-wal, -shm): a ledger in a folder
    // nobody may write to is read-only even when the file itself could be written.
    const bool readOnly = LocalPath::exists(folder) && (!LocalPath::isWritable(folder) ||
                                                        (!fresh && !LocalPath::isWritable(location)));
    if (!fresh) {
        // Look before touching: a read-only connection cannot change someone else's file.
        db->connect(true);
        db->inspect(fresh);
        if (!readOnly)
            db->close();
    }
    if (fresh && mode == OpenMode::MustExist)
        refuse(QStringLiteral("%1: no ledger here yet; create one with `settle-cli init`").arg(location));
    if (readOnly) {
        if (fresh)
            refuse(QStringLiteral("%1: cannot create a ledger here: the folder is read-only").arg(location));
        const int version = db->schemaVersion();
        if (version < Migrations::latestVersion())
            refuse(QStringLiteral("%1: is read-only and was written by an older Settle (schema version %2); open it "
                                  "once where it can be written, so that it is brought up to date")
                       .arg(location)
                       .arg(version));
        db->m_readOnly = true;
        db->installLockWait();
        spdlog::info("{} is read-only: opened for reading only", location.toStdString());
        return db;
    }
    if (fresh && !LocalPath::exists(folder)) {
        if (LocalPath::hasForeignBytes(folder) || !QDir().mkpath(folder))
            refuse(QStringLiteral("%1: cannot create the folder").arg(folder));
    }

    db->connect(false);
    db->applyPragmas();
    db->migrate();
    return db;
}

void Database::installLockWait()
{
    sqlite3* handle = SqliteStatement::handle(m_db);
    if (!handle)
        return;
    if (!m_lockWait)
        m_lockWait = std::make_unique<LockWait>();
    m_lockWait->location = m_location;
    m_lockWait->limitMs = lockWaitMilliseconds();
    // Replaces the busy timeout QtSql set at open.
    sqlite3_busy_handler(handle, waitForLock, m_lockWait.get());
}

void Database::applyPragmas()
{
    // foreign_keys is per connection; WAL lets readers go on while one writes.
    Statement(m_db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    Statement journal(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    journal.exec();
    journal.finish();
    Statement(m_db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
    // 16 MB of page cache instead of SQLite's 2 MB: a large import or payment run otherwise spills
    // the same dirty pages to the WAL again and again (measured in docs/PERFORMANCE.md).
    Statement(m_db, QStringLiteral("PRAGMA cache_size = -16384")).exec();
    installLockWait();
}

int Database::schemaVersion()
{
    Statement tables(m_db, m_engine == Engine::PostgreSQL
                               ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                                "current_schema() AND table_name = 'schema_migrations'")
                               : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"));
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
    Statement(m_db, QStringLiteral("VACUUM INTO ?")).exec({LocalPath::sqliteUri(path)});
}

void Database::migrate()
{
    const int current = schemaVersion();
    if (current >= Migrations::latestVersion())
        return;
    if (m_engine == Engine::SQLite) {
        migrateSteps(current);
        return;
    }
    // One desk migrates a shared ledger; the others wait on this session lock and then find the
    // schema up to date. The key is Settle's own, fixed for every ledger on the server.
    constexpr qint64 migrationLock = 0x5e771e0001;
    Statement tryLock(m_db, QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    tryLock.exec({migrationLock});
    if (!tryLock.next() || !tryLock.value(0).toBool()) {
        tryLock.finish();
        spdlog::warn("another desk is bringing {} up to date; waiting for it to finish",
                     displayName(m_location).toStdString());
        Statement(m_db, QStringLiteral("SELECT pg_advisory_lock(?)")).exec({migrationLock});
    } else {
        tryLock.finish();
    }
    const auto unlock = [this] {
        try {
            Statement(m_db, QStringLiteral("SELECT pg_advisory_unlock(?)")).exec({migrationLock});
        } catch (const std::exception& e) {
            spdlog::info("releasing the migration lock failed: {}", e.what());
        }
    };
    try {
        migrateSteps(schemaVersion());
    } catch (...) {
        unlock();
        throw;
    }
    unlock();
}

void Database::migrateSteps(int current)
{
    const auto migrations = Migrations::all(m_engine == Engine::PostgreSQL);
    if (current >= Migrations::latestVersion())
        return;
    // PostgreSQL migrates inside one transaction per version (its DDL is transactional), so a failed
    // migration leaves the database as it was; a file copy is taken for SQLite.
    if (current > 0 && m_engine == Engine::SQLite) {
        m_lastBackup = QStringLiteral("%1.schema-%2.bak").arg(m_location).arg(current);
        LocalPath::remove(m_lastBackup);
        backupTo(m_lastBackup);
        spdlog::info("backed up {} to {} before migrating", m_location.toStdString(), m_lastBackup.toStdString());
    }
    for (const auto& migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(*this);
        // Schema statements cannot be prepared on PostgreSQL; they carry no parameters anyway.
        for (const QString& sql : migration.statements)
            Statement::run(m_db, sql);
        Statement(m_db, QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"))
            .exec({migration.version, migration.name});
        transaction.commit();
        spdlog::info("migrated {} to schema version {}", displayName(m_location).toStdString(), migration.version);
    }
}

} // namespace settle
