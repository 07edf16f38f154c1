#pragma once

#include "bank/BankCsvMapping.h"
#include "domain/BankStatement.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace settle {

// A bank's CSV export read through a BankCsvMapping. Banks write these in their own dialects: ';', ','
// or tab between cells (found from the first lines), UTF-8 or Windows-1252, lines of account details
// before the header (the header is the first of the widest lines at the top), "1.190,00 €".
class BankCsvReader
{
public:
    struct Row
    {
        int line = 0;
        QStringList cells;
    };

    // The file as a table, for the wizard's preview and mapping: the header and the rows below it.
    struct Table
    {
        QStringList header;
        int headerLine = 0;
        QList<Row> rows;
    };

    struct Options
    {
        // The mapping to read with. Without one, `remembered` is asked for the one the ledger keeps for
        // the file's header; without that, the mapping is recognised from the header names, and the
        // file is refused naming the columns it lacks.
        std::optional<BankCsvMapping> mapping;
        std::function<std::optional<BankCsvMapping>(const QStringList& header)> remembered;
        // The currency of rows the file and the mapping give none for (the ledger's).
        QString defaultCurrency;
    };

    static Table table(const QByteArray& data, const QString& fileName);
    static BankStatement read(const QByteArray& data, const QString& fileName, const Options& options);
    // What read() would use for this table (before checking it fits).
    static BankCsvMapping mappingFor(const Table& table, const Options& options);
};

} // namespace settle
