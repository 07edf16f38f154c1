#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace settle {

// A prepared statement run through SQLite's own interface, on the connection QtSql opened.
// QtSql spends about 2,000 instructions on every bound value (it formats a placeholder name for
// each), which made binding the largest single cost of a bulk import; SQLite's interface binds in a
// few dozen. Values go in and come out as QtSql's QSQLITE would give them, so Statement can use
// either without its callers noticing.
class SqliteStatement
{
public:
    // The SQLite connection behind a QtSql connection, or nullptr when it is another engine.
    static sqlite3* handle(const QSqlDatabase& db);

    SqliteStatement(sqlite3* db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Positions count from 0, as with QSqlQuery. A null QVariant (or a null QString) binds NULL.
    void bindValue(int position, const QVariant& value);
    // Runs the statement up to its first row; throws SettleError naming the statement on failure.
    void exec();
    bool next();
    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    int rowsAffected() const { return m_changes; }
    qint64 lastInsertId() const;
    void finish();

private:
    void step();
    void rewind();
    [[noreturn]] void fail(const QString& what) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
    bool m_stepped = false;    // stepped since the last reset: must be reset before binding
    bool m_rowPending = false; // exec() read a row that next() has not handed out yet
    bool m_onRow = false;      // the statement stands on a row
    int m_changes = 0;
};

} // namespace settle
