#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace settle {

class Database;

// Moves a whole ledger between databases of either engine (`settle-cli copy`): every table, with its
// ids, in foreign-key order, in one transaction on the target, verified before it commits.
class LedgerCopier
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    struct Result
    {
        QList<TableCount> tables;
        qint64 invoiceTotal = 0;    // sum over all invoices, minor units regardless of currency
        qint64 allocatedTotal = 0;  // sum over all allocations
    };

    // Told while a table is copied (every few thousand rows and at its end): its rows so far and in all.
    using Progress = std::function<void(const QString& table, qint64 rows, qint64 total)>;

    // The target must hold no customers, invoices or payments yet (a new or just-initialised ledger).
    static Result copy(Database& source, Database& target, const Progress& progress = {});

private:
    static QStringList tablesInOrder(Database& db);
    static QStringList columns(Database& db, const QString& table);
    static qint64 scalar(Database& db, const QString& sql);
};

} // namespace settle
