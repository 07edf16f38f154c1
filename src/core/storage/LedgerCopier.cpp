#include "storage/LedgerCopier.h"

#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/PgCopyWriter.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlRecord>

namespace settle {

namespace {

// Created and filled by the migrations themselves: the target keeps its own.
const QSet<QString> schemaTables{QStringLiteral("schema_migrations"), QStringLiteral("settle_meta")};

constexpr qint64 progressEvery = 5000;

} // namespace

qint64 LedgerCopier::scalar(Database& db, const QString& sql)
{
    Statement query(db.connection(), sql);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

QStringList LedgerCopier::columns(Database& db, const QString& table)
{
    QStringList result;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        result << record.fieldName(i);
    return result;
}

QStringList LedgerCopier::tablesInOrder(Database& db)
{
    const bool postgres = db.engine() == Database::Engine::PostgreSQL;
    QStringList tables;
    {
        Statement list(db.connection(), postgres ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                                  "WHERE table_schema = current_schema() ORDER BY 1")
                                                 : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                                  "AND name NOT LIKE 'sqlite_%' ORDER BY 1"));
        list.exec();
        while (list.next())
            tables << list.text(0);
    }
    QHash<QString, QSet<QString>> dependsOn;
    {
        Statement keys(db.connection(),
                       postgres ? QStringLiteral("SELECT tc.table_name, ccu.table_name FROM "
                                                 "information_schema.table_constraints tc JOIN "
                                                 "information_schema.constraint_column_usage ccu ON "
                                                 "ccu.constraint_name = tc.constraint_name AND "
                                                 "ccu.table_schema = tc.table_schema WHERE tc.constraint_type = "
                                                 "'FOREIGN KEY' AND tc.table_schema = current_schema()")
                                : QStringLiteral("SELECT m.name, p.\"table\" FROM sqlite_master m "
                                                 "JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table'"));
        keys.exec();
        while (keys.next())
            if (keys.text(0) != keys.text(1))
                dependsOn[keys.text(0)].insert(keys.text(1));
    }
    // Parents before children, so that every foreign key finds its row.
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString& table : tables) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const QString& parent : dependsOn.value(table))
                ready = ready && (placed.contains(parent) || !tables.contains(parent));
            if (ready) {
                ordered << table;
                placed.insert(table);
                progress = true;
            }
        }
        if (!progress)
            throw SettleError(SettleError::Kind::Runtime, QStringLiteral("the ledger's tables refer to each other in a cycle"));
    }
    return ordered;
}

LedgerCopier::Result LedgerCopier::copy(Database& source, Database& target, const Progress& progress)
{
    for (const char* table : {"customers", "invoices", "payments"})
        if (scalar(target, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))) > 0)
            throw SettleError(SettleError::Kind::Runtime,
                              QStringLiteral("%1: already holds a ledger with data; copy only into a new one")
                                  .arg(Database::displayName(target.location())));
    if (source.schemaVersion() != target.schemaVersion())
        throw SettleError(SettleError::Kind::Runtime, QStringLiteral("the two ledgers have different schema versions"));

    const QStringList order = tablesInOrder(target);
    Result result;
    Transaction transaction(target);
    // Defaults written by `init` on the target (terms, policy, settings) give way to the source's.
    for (auto it = order.crbegin(); it != order.crend(); ++it)
        if (!schemaTables.contains(*it))
            Statement::run(target.connection(), QStringLiteral("DELETE FROM %1").arg(*it));
    for (const QString& table : order) {
        if (schemaTables.contains(table))
            continue;
        const QStringList names = columns(target, table);
        const bool hasId = names.contains(QStringLiteral("id"));
        Statement read(source.connection(), QStringLiteral("SELECT %1 FROM %2%3")
                                                .arg(names.join(QStringLiteral(", ")), table,
                                                     hasId ? QStringLiteral(" ORDER BY id") : QString()));
        const qint64 expected = scalar(source, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        read.exec();
        qint64 rows = 0;
        const auto report = [&] {
            if (progress)
                progress(table, rows, expected);
        };
        if (expected > 0)
            report();
        if (target.engine() == Database::Engine::PostgreSQL) {
            // PostgreSQL's bulk protocol: a round trip per row made a 100k-invoice copy take minutes.
            PgCopyWriter write(target.connection(), table, names);
            QVariantList row;
            row.resize(names.size());
            while (read.next()) {
                for (int i = 0; i < names.size(); ++i)
                    row[i] = read.value(i);
                write.add(row);
                if (++rows % progressEvery == 0 && rows < expected)
                    report();
            }
            write.finish();
        } else {
            QStringList marks;
            for (qsizetype i = 0; i < names.size(); ++i)
                marks << QStringLiteral("?");
            Statement write(target.connection(),
                            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
            while (read.next()) {
                for (int i = 0; i < names.size(); ++i)
                    write.bindValue(i, read.value(i));
                write.exec();
                if (++rows % progressEvery == 0 && rows < expected)
                    report();
            }
        }
        read.finish();
        report();
        if (hasId && target.engine() == Database::Engine::PostgreSQL)
            // Ids were copied as they were: move the serial past them so that new rows do not collide.
            Statement::run(target.connection(),
                           QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 1), "
                                          "MAX(id) IS NOT NULL) FROM %1")
                               .arg(table));
        const qint64 copied = scalar(target, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (copied != rows || rows != expected)
            throw SettleError(SettleError::Kind::Runtime,
                              QStringLiteral("copy of %1 does not match: %2 rows read, %3 written").arg(table).arg(rows).arg(copied));
        result.tables << TableCount{table, rows};
    }
    // Balances follow from totals and allocations: equal sums on both sides mean equal balances.
    const QString totals = QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM invoices");
    const QString allocated = QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM allocations");
    result.invoiceTotal = scalar(target, totals);
    result.allocatedTotal = scalar(target, allocated);
    if (result.invoiceTotal != scalar(source, totals) || result.allocatedTotal != scalar(source, allocated))
        throw SettleError(SettleError::Kind::Runtime, QStringLiteral("the copied balances do not match the source's"));
    transaction.commit();
    return result;
}

} // namespace settle
