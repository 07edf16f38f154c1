#include "io/CsvTable.h"

#include "io/CsvWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace settle {

CsvTable CsvTable::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

CsvTable CsvTable::parse(const QByteArray& data, const QString& fileLabel)
{
    CsvTable table;
    table.m_file = fileLabel;

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError())
        throw InputProblems({{fileLabel, 0, {}, QStringLiteral("is not UTF-8 text")}});
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<Row> records;
    records.reserve(text.count(u'\n') + 1);
    Row current;
    QString field;
    int line = 1;
    current.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteStartLine = 0;
    // Equal cells share one text instead of each holding a copy, so that a big file takes far less
    // memory: a cell equal to the one above it (an invoice's number on each of its lines), or to an
    // earlier one of its column while that column has few distinct values (codes, dates, rates).
    constexpr qsizetype distinctPerColumn = 4096;
    QList<QSet<QString>> distinct;
    auto endField = [&] {
        const qsizetype column = current.cells.size();
        const QStringList* above = records.isEmpty() ? nullptr : &records.constLast().cells;
        if (above && column < above->size() && above->at(column) == field) {
            current.cells << above->at(column);
        } else {
            if (distinct.size() <= column)
                distinct.resize(column + 1);
            QSet<QString>& seen = distinct[column];
            const auto found = seen.constFind(field);
            if (found != seen.constEnd()) {
                current.cells << *found;
            } else {
                current.cells << QString(field.constData(), field.size()); // exactly as long as needed
                if (seen.size() < distinctPerColumn)
                    seen.insert(current.cells.constLast());
            }
        }
        field.resize(0);
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing on it is not a record.
        if (!(current.cells.size() == 1 && current.cells.first().isEmpty()))
            records << current;
        const qsizetype width = current.cells.size();
        current = Row();
        current.cells.reserve(width);
        current.line = line;
    };
    const QChar* chars = text.constData();
    const qsizetype n = text.size();
    // The characters that end a run of plain text, inside and outside quotes.
    auto plainRunEnd = [&](qsizetype from, bool quoted) {
        qsizetype end = from;
        while (end < n) {
            const char16_t c = chars[end].unicode();
            if (c == u'"' || c == u'\n' || c == u'\r' || (!quoted && c == u','))
                break;
            ++end;
        }
        return end;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = chars[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && chars[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\n' || c == u'\r') {
                // A quoted line break, written LF, CRLF or CR, is kept as a plain newline: a cell
                // holding CR LF would otherwise read back as LF after CsvWriter wrote it.
                if (c == u'\r' && i + 1 < n && chars[i + 1] == u'\n')
                    continue;
                ++line;
                field += u'\n';
            } else {
                const qsizetype end = plainRunEnd(i, true);
                field.append(chars + i, end - i);
                i = end - 1;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < n && chars[i + 1] == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            ++line;
            endRecord();
        } else if (c == u'"') {
            field += c; // a quote inside an unquoted cell is an ordinary character
        } else {
            const qsizetype end = plainRunEnd(i, false);
            field.append(chars + i, end - i);
            i = end - 1;
        }
    }
    if (inQuotes)
        throw InputProblems(
            {{fileLabel, quoteStartLine, {}, QStringLiteral("a quoted field is never closed")}});
    if (!field.isEmpty() || !current.cells.isEmpty())
        endRecord();
    text.clear(); // before the checks below: a big file's text is not needed any more

    if (records.isEmpty())
        throw InputProblems({{fileLabel, 1, {}, QStringLiteral("is empty: a header row is needed")}});

    const Row header = records.takeFirst();
    QList<InputProblem> problems;
    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        // A byte order mark only counts at the very start of a file; one left after blank lines
        // (files joined together, tools that write an empty first line) is no part of a name.
        QString name = header.cells[i];
        name.remove(QChar(0xFEFF));
        name = name.trimmed();
        if (name.isEmpty()) {
            problems << InputProblem{
                fileLabel, header.line, {}, QStringLiteral("column %1 has no name").arg(i + 1)};
            continue;
        }
        if (table.m_columns.contains(name))
            problems << InputProblem{fileLabel, header.line, name, QStringLiteral("column appears twice")};
        table.m_columns.insert(name, int(i));
        table.m_header << name;
    }
    for (const Row& row : std::as_const(records)) {
        if (row.cells.size() != header.cells.size())
            problems << InputProblem{fileLabel,
                                     row.line,
                                     {},
                                     QStringLiteral("has %1 cells, the header has %2")
                                         .arg(row.cells.size())
                                         .arg(header.cells.size())};
    }
    if (!problems.isEmpty())
        throw InputProblems(problems);
    table.m_rows = std::move(records);
    return table;
}

QList<InputProblem> CsvTable::checkColumns(const QStringList& required, const QStringList& optional) const
{
    QList<InputProblem> problems;
    for (const QString& column : required)
        if (!m_columns.contains(column))
            problems << InputProblem{m_file, 1, column, QStringLiteral("required column is missing")};
    for (const QString& column : m_header)
        if (!required.contains(column) && !optional.contains(column))
            problems << InputProblem{m_file, 1, column,
                                     QStringLiteral("unknown column (known: %1)")
                                         .arg((required + optional).join(QStringLiteral(", ")))};
    return problems;
}

QString CsvTable::cell(const Row& row, const QString& column) const
{
    const auto it = m_columns.constFind(column);
    if (it == m_columns.constEnd() || it.value() >= row.cells.size())
        return {};
    // A cell our export neutralised ("'=SUM(A1)") reads back as it was written in the ledger.
    return CsvWriter::restore(row.cells[it.value()].trimmed());
}

InputProblem CsvTable::problem(const Row& row, const QString& column, const QString& message) const
{
    return InputProblem{m_file, row.line, column, message};
}

} // namespace settle
