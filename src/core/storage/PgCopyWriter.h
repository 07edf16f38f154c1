#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_conn;

namespace settle {

// Rows into one PostgreSQL table through COPY ... FROM STDIN, the server's bulk protocol: one
// stream instead of a round trip per row. Runs inside whatever transaction is open on the
// connection, so a failure rolls the rows back with everything else. Nothing else may use the
// connection until finish().
class PgCopyWriter
{
public:
    PgCopyWriter(const QSqlDatabase& db, const QString& table, const QStringList& columns);
    ~PgCopyWriter(); // unfinished: the COPY is abandoned and the transaction must roll back
    PgCopyWriter(const PgCopyWriter&) = delete;
    PgCopyWriter& operator=(const PgCopyWriter&) = delete;

    void add(const QVariantList& row);
    // Ends the stream and waits for the server's verdict; returns the rows written.
    qint64 finish();

    // The next `count` values of the id sequence of `table` (its BIGSERIAL), in one round trip.
    static QList<qint64> reserveIds(const QSqlDatabase& db, const QString& table, qint64 count);

private:
    void append(const QVariant& value);
    void flush();
    [[noreturn]] void fail(const char* step);

    pg_conn* m_connection = nullptr;
    QString m_sql;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_open = false;
};

} // namespace settle
