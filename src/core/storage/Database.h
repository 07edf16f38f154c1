#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace settle {

struct LockWait;
class PgBulkWrites;

// One open ledger database. Opening checks that the file is a Settle ledger of a schema this
// build understands before touching it, and migrates older ones after taking a backup copy.
class Database
{
public:
    enum class Engine { SQLite, PostgreSQL };
    enum class OpenMode {
        MustExist,       // refuse a missing or empty database
        CreateIfMissing, // `init`: create the file and the schema
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `location` is a file path or postgresql://USER@HOST[:PORT]/DB. Throws SettleError with a
    // message a user can act on.
    static std::unique_ptr<Database> open(const QString& location, OpenMode mode);
    static bool isPostgresUrl(const QString& location);
    // The location without any password, for messages and window titles.
    static QString displayName(const QString& location);

    // The connection, opened again first when a PostgreSQL server went away since the last use and
    // no transaction is open (one broken in the middle stays broken until it has rolled back).
    QSqlDatabase& connection();
    // For a window that waits for its server: true when the connection works or could be opened again
    // now. Never throws.
    bool reconnectIfLost();
    bool isConnectionLost() const;
    // A round trip to a PostgreSQL server (opening the connection again if it was lost): whether it
    // answers now. Always true for SQLite. Never throws.
    bool isReachable();
    Engine engine() const { return m_engine; }
    const QString& location() const { return m_location; }
    int schemaVersion();
    // A ledger SQLite can read but not write (a read-only file, or a file in a read-only folder):
    // opened for reading only; every change is refused with a sentence saying so.
    bool isReadOnly() const { return m_readOnly; }
    // The backup taken before the last migration, if one was needed.
    const QString& lastBackup() const { return m_lastBackup; }

    static QString defaultLocation();

    // While a big import runs on PostgreSQL, where repositories queue rows for COPY (PgBulkWrites::Scope).
    PgBulkWrites* bulkWrites() const { return m_bulkWrites; }
    void setBulkWrites(PgBulkWrites* writes) { m_bulkWrites = writes; }

    // Kept by Transaction: while one is open the connection is never silently replaced.
    void enterTransaction() { ++m_openTransactions; }
    void leaveTransaction() { --m_openTransactions; }

private:
    Database(QString location, Engine engine);
    void connect(bool readOnly);
    void connectPostgres();
    // Looks at what is there without changing it: the tables, and the schema version if Settle's.
    void inspect(bool& isEmpty);
    void close();
    void applyPragmas();
    void installLockWait();
    void migrate();
    void migrateSteps(int current);
    void reconnect();
    void checkServer();
    void backupTo(const QString& path);

    QString m_location;
    Engine m_engine;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastBackup;
    bool m_readOnly = false;
    int m_openTransactions = 0;
    PgBulkWrites* m_bulkWrites = nullptr;
    int m_generation = 0; // times the PostgreSQL connection was opened again
    std::unique_ptr<LockWait> m_lockWait; // the busy handler's state
};

} // namespace settle
