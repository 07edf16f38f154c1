#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace settle {

// A prepared SQL statement with positional (?) parameters that throws SettleError on failure,
// naming the statement. Prepare once and run many times for bulk work.
class Statement
{
public:
    Statement(const QSqlDatabase& db, const QString& sql);

    Statement& bind(std::initializer_list<QVariant> values);
    void bindValue(int position, const QVariant& value) { m_query.bindValue(position, value); }
    Statement& exec();
    Statement& exec(std::initializer_list<QVariant> values) { return bind(values).exec(); }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDate date(int column) const; // invalid for NULL
    // For INSERT ... RETURNING id.
    qint64 returnedId();
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

    // Runs SQL that takes no parameters and cannot be prepared on every engine (BEGIN, COMMIT, PRAGMA).
    static void run(const QSqlDatabase& db, const QString& sql);

    // Binding helpers that turn "absent" into SQL NULL.
    static QVariant dateOrNull(const QDate& date);
    static QVariant textOrNull(const QString& text);

private:
    QString m_sql;
    QSqlQuery m_query;
};

} // namespace settle
