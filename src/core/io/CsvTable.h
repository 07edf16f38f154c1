#pragma once

#include "errors/InputProblems.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace settle {

// A CSV file as docs/CLI.md defines it: UTF-8 (a BOM is accepted), RFC 4180 quoting, CRLF or LF, a header
// row naming the columns in any order. Every row remembers the line it starts on for error messages.
class CsvTable
{
public:
    struct Row
    {
        int line = 0;
        QStringList cells;
    };

    // Throws SettleError(Runtime) when the file cannot be read, InputProblems when it is not valid CSV.
    static CsvTable read(const QString& path);
    static CsvTable parse(const QByteArray& data, const QString& fileLabel);

    // Problems for required columns that are missing and for columns nobody knows (usually typos).
    QList<InputProblem> checkColumns(const QStringList& required, const QStringList& optional) const;

    const QString& file() const { return m_file; }
    const QStringList& header() const { return m_header; }
    const QList<Row>& rows() const { return m_rows; }

    // The cell of a column in a row, trimmed, with the export's formula guard taken off
    // (CsvWriter::restore); empty when the column is absent.
    QString cell(const Row& row, const QString& column) const;
    bool hasColumn(const QString& column) const { return m_columns.contains(column); }

    InputProblem problem(const Row& row, const QString& column, const QString& message) const;

private:
    QString m_file;
    QStringList m_header;
    QHash<QString, int> m_columns;
    QList<Row> m_rows;
};

} // namespace settle
