#pragma once

#include "errors/InputProblems.h"
#include "io/CsvTable.h"
#include "ledger/Ledger.h"

#include <QHash>
#include <QMap>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace settle {

// The import wizard's work without its widgets: reads the user's file, maps its columns onto
// Settle's (docs/CLI.md's column names), writes the mapped copy the core imports, and turns the core's
// problems back into the user's file name and line numbers.
class ImportPresenter
{
public:
    using Kind = Ledger::ImportKind;

    ImportPresenter();
    ~ImportPresenter();

    static QString kindKey(Kind kind); // "customers", "invoices", "payments"
    static QStringList requiredColumns(Kind kind);
    static QStringList optionalColumns(Kind kind);

    // Reads the file; a file that is not CSV throws InputProblems / SettleError.
    void load(Kind kind, const QString& path);
    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    const CsvTable& table() const { return *m_table; }

    // file column -> Settle column; an empty target drops the column.
    const QHash<QString, QString>& mapping() const { return m_mapping; }
    // Same names first, then what the user chose last time for this kind of file.
    void proposeMapping(const QHash<QString, QString>& remembered);
    void setMapping(const QString& fileColumn, const QString& target);
    QString mappingProblem() const; // a required column nobody maps, or one mapped twice

    // Writes the mapped copy and asks the ledger what an import would meet, without importing.
    QList<InputProblem> check(Ledger& ledger);
    // Problems by the line of the user's file they are on (0: the file as a whole / its header).
    const QMap<int, QStringList>& problemsByLine() const { return m_problemsByLine; }
    int problemCount() const { return m_problemCount; }
    QString mappedPath() const { return m_mappedPath; }

private:
    void writeMapped();

    Kind m_kind = Kind::Customers;
    QString m_path;
    std::optional<CsvTable> m_table;
    QHash<QString, QString> m_mapping;
    QTemporaryDir m_dir;
    QString m_mappedPath;
    QHash<int, int> m_lineOfMappedLine; // line in the mapped copy -> line in the user's file
    QMap<int, QStringList> m_problemsByLine;
    int m_problemCount = 0;
};

} // namespace settle
