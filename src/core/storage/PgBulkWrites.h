#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace settle {

class Database;

// The rows of one big import on PostgreSQL, held back and written at the end with COPY (PgCopyWriter)
// instead of a round trip each, inside the import's transaction. Ids come from each table's own
// sequence, reserved in blocks, so that they are known before the rows are written. While a Scope is
// open, the repositories that take part (payments, the audit log) queue their rows here.
class PgBulkWrites
{
public:
    explicit PgBulkWrites(Database& db);
    ~PgBulkWrites();
    PgBulkWrites(const PgBulkWrites&) = delete;
    PgBulkWrites& operator=(const PgBulkWrites&) = delete;

    qint64 nextId(const QString& table);
    // The values as Statement::bind takes them: an absent text is an empty cell, an invalid value NULL.
    void queue(const QString& table, const QStringList& columns, QVariantList row);
    // Writes every queued row, table by table in the order they were first queued.
    void flush();

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
};

} // namespace settle
