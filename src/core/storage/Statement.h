#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

namespace settle {

class SqliteStatement;

// A prepared SQL statement with positional (?) parameters that throws SettleError on failure,
// naming the statement. Prepare once and run many times for bulk work. On SQLite it runs through
// SQLite's own interface (SqliteStatement), elsewhere through QSqlQuery.
class Statement
{
public:
    Statement(const QSqlDatabase& db, const QString& sql);
    ~Statement();
    Statement(Statement&&) noexcept;

    Statement& bind(std::initializer_list<QVariant> values);
    Statement& bind(const QVariantList& values);
    void bindValue(int position, const QVariant& value);
    Statement& exec();
    Statement& exec(std::initializer_list<QVariant> values) { return bind(values).exec(); }

    bool next();
    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    QDate date(int column) const; // invalid for NULL
    // For INSERT ... RETURNING id.
    qint64 returnedId();
    // On SQLite, the id the last INSERT on this connection gave its row: a hot insert can leave out
    // RETURNING, for which SQLite fills a temporary table on every run. Throws on other engines.
    qint64 lastInsertId() const;
    int rowsAffected() const;
    void finish();

    // Runs SQL that takes no parameters and cannot be prepared on every engine (BEGIN, COMMIT, PRAGMA).
    static void run(const QSqlDatabase& db, const QString& sql);

    // Binding helpers that turn "absent" into SQL NULL.
    static QVariant dateOrNull(const QDate& date);
    static QVariant textOrNull(const QString& text);

private:
    bool isStale() const;
    void abandonQuery();

    QString m_sql;
    std::unique_ptr<SqliteStatement> m_sqlite;
    std::optional<QSqlQuery> m_query; // other engines
    QString m_connectionName;         // other engines: to prepare again on a reopened connection
    int m_generation = 0;             // PgConnection::generation() when prepared
};

} // namespace settle
