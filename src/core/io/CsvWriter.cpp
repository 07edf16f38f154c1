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

void CsvWriter::writeRow(const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += u',';
        m_text += quote(cells[i]);
    }
    m_text += u'\n';
}

} // namespace settle
