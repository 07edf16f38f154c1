#include "io/CsvWriter.h"

namespace settle {

QString CsvWriter::quote(const QString& cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r') &&
        cell.trimmed() == cell)
        return cell;
    QString escaped = cell;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// The apostrophes before the first other character, and whether that one starts a formula.
bool apostrophesThenFormula(const QString& cell, qsizetype& apostrophes)
{
    apostrophes = 0;
    while (apostrophes < cell.size() && cell[apostrophes] == u'\'')
        ++apostrophes;
    return apostrophes < cell.size() && startsFormula(cell[apostrophes]);
}

bool plainNumber(const QString& cell)
{
    // "-12.50", "-3": what the exports write for amounts; a spreadsheet reads them as numbers.
    qsizetype i = cell.startsWith(u'-') ? 1 : 0;
    bool digits = false;
    bool dot = false;
    for (; i < cell.size(); ++i) {
        if (cell[i] >= u'0' && cell[i] <= u'9')
            digits = true;
        else if (cell[i] == u'.' && !dot && digits)
            dot = true;
        else
            return false;
    }
    return digits && !cell.endsWith(u'.');
}

} // namespace

QString CsvWriter::neutralise(const QString& cell)
{
    qsizetype apostrophes = 0;
    if (!apostrophesThenFormula(cell, apostrophes) || (apostrophes == 0 && plainNumber(cell)))
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::restore(const QString& cell)
{
    qsizetype apostrophes = 0;
    if (apostrophesThenFormula(cell, apostrophes) && apostrophes > 0)
        return cell.mid(1);
    return cell;
}

void CsvWriter::writeRow(const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += u',';
        m_text += quote(neutralise(cells[i]));
    }
    m_text += u'\n';
}

} // namespace settle
