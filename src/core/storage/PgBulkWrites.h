#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace settle {

class Database;
class PgCopyWriter;

// The rows of one big import on PostgreSQL, written with COPY (PgCopyWriter) instead of a round trip
// each, inside the import's transaction. Ids come from each table's own sequence, reserved in blocks
// (or all at once when the import says how many it needs), so that they are known before the rows
// are written. While a Scope is open, the repositories that take part (customers, invoices and their
// lines, payments and allocations, the audit log) queue their rows here.
//
// The first table queued is streamed: its rows go to the server as they come, so that the server
// stores them while the import works out the rest, and the other tables follow at the end in the order
// they were first queued (a table before those that refer to it). While the stream is open nothing
// else may use the connection; a block of ids that must be fetched ends it first.
class PgBulkWrites
{
public:
    explicit PgBulkWrites(Database& db);
    ~PgBulkWrites();
    PgBulkWrites(const PgBulkWrites&) = delete;
    PgBulkWrites& operator=(const PgBulkWrites&) = delete;

    // How many ids of `table` the import will take: they are then reserved in one round trip.
    void expect(const QString& table, qint64 rows);
    qint64 nextId(const QString& table);
    // The values as Statement::bind takes them: an absent text is an empty cell, an invalid value NULL.
    void queue(const QString& table, const QStringList& columns, QVariantList row);
    // Writes every queued row, table by table in the order they were first queued.
    void flush();
    // Ends the stream of the first table (its later rows wait for flush()), so that a statement of
    // another kind can run on the connection.
    void endStream();

    // Makes the database's repositories queue into a PgBulkWrites while it lives, on PostgreSQL only;
    // finish() writes the rows and ends the queueing. Left without finish() (an error), the rows are
    // dropped with the transaction they belonged to.
    class Scope
    {
    public:
        explicit Scope(Database& db);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
        void finish();
        void expect(const QString& table, qint64 rows);

    private:
        Database& m_db;
        std::unique_ptr<PgBulkWrites> m_writes;
    };

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };

    Database& m_db;
    QList<Table> m_tables;
    QHash<QString, QList<qint64>> m_freeIds;
    QHash<QString, qint64> m_expected;
    // The first table's rows while they are streamed; its Table entry (first in m_tables) takes the
    // rows that come after the stream ended.
    std::unique_ptr<PgCopyWriter> m_stream;
    bool m_streamed = false;
};

} // namespace settle
