#include "storage/LedgerSnapshot.h"

#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/LedgerCopier.h"
#include "storage/LocalPath.h"
#include "storage/Statement.h"

#include <QFile>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace settle {

namespace {

// A connection of SQLite's own, closed when it goes out of scope.
class Connection
{
public:
    Connection(const QString& path, bool readOnly)
    {
        const int flags = SQLITE_OPEN_URI | (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
        const QByteArray uri = LocalPath::sqliteUri(path, readOnly ? QStringLiteral("mode=ro") : QString()).toUtf8();
        m_ok = sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr) == SQLITE_OK;
        if (m_db)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory"); }

    // The first column of the first row, or an empty optional when the statement fails.
    std::optional<QString> text(const char* sql, const QByteArray& bound = {})
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        if (!bound.isNull())
            sqlite3_bind_text(statement, 1, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
        std::optional<QString> result;
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            result = value ? QString::fromUtf8(value) : QString();
        } else if (rc == SQLITE_DONE) {
            result = QString();
        }
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3* m_db = nullptr;
    bool m_ok = false;
};

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

void LedgerSnapshot::write(Database& source, const QString& path)
{
    if (source.engine() != Database::Engine::SQLite)
        throw SettleError(SettleError::Kind::Runtime, QStringLiteral("only an SQLite ledger can be copied as a file"));
    Statement(source.connection(), QStringLiteral("VACUUM INTO ?")).exec({LocalPath::sqliteUri(path)});
}

void LedgerSnapshot::writeFromPostgres(Database& source, const QString& path)
{
    auto target = Database::open(path, Database::OpenMode::CreateIfMissing);
    Statement::run(source.connection(), QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    try {
        LedgerCopier::copy(source, *target);
    } catch (...) {
        Statement::run(source.connection(), QStringLiteral("ROLLBACK"));
        throw;
    }
    Statement::run(source.connection(), QStringLiteral("COMMIT"));
}

void LedgerSnapshot::copyFile(const QString& source, const QString& target)
{
    Connection db(source, true);
    if (!db.ok())
        throw SettleError(SettleError::Kind::Runtime, QStringLiteral("%1: cannot be read").arg(source));
    if (!db.text("VACUUM INTO ?", LocalPath::sqliteUri(target).toUtf8())) {
        spdlog::info("copying {} to {} failed: {}", source.toStdString(), target.toStdString(), db.error().toStdString());
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("%1: cannot be written (is the disk full or the folder read-only?)").arg(target));
    }
}

LedgerSnapshot::Inspection LedgerSnapshot::inspect(const QString& path)
{
    Inspection result;
    if (!hasSqliteHeader(path))
        return result;
    Connection db(path, true);
    if (!db.ok())
        return result;
    const auto meta = db.text("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                              "('settle_meta', 'schema_migrations')");
    if (!meta)
        return result;
    result.isSqlite = true;
    result.isLedger = meta->toInt() == 2;
    if (!result.isLedger)
        return result;
    result.schemaVersion = db.text("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").value_or(QString()).toInt();
    result.intact = db.text("PRAGMA integrity_check").value_or(QString()) == u"ok";
    return result;
}

bool LedgerSnapshot::makeSingleFile(const QString& path)
{
    Connection db(path, false);
    if (!db.ok())
        return false;
    // Leaving WAL needs the only connection: with another program's open, SQLite refuses.
    const auto mode = db.text("PRAGMA journal_mode = DELETE");
    return mode && mode->compare(QStringLiteral("delete"), Qt::CaseInsensitive) == 0;
}

} // namespace settle
