#pragma once

#include <QString>
#include <QStringList>

namespace settle {

// Writes RFC 4180 CSV: quotes only the cells that need it, LF line ends. A text cell a spreadsheet
// would run as a formula is neutralised (see neutralise()).
class CsvWriter
{
public:
    void writeRow(const QStringList& cells);
    const QString& text() const { return m_text; }

    static QString quote(const QString& cell);

    // OWASP's rule against CSV injection: a cell starting with =, +, -, @, tab or CR gets a leading
    // apostrophe, so that a spreadsheet shows it as text instead of running it. A plain number
    // ("-12.50") is left as it is. So that reading back is exact, a cell that already starts with
    // apostrophes before such a character gets one more; CsvTable::cell() takes one away.
    static QString neutralise(const QString& cell);
    // The reverse, for cells read from a file: one leading apostrophe before apostrophes and one of
    // those characters is dropped.
    static QString restore(const QString& cell);

private:
    QString m_text;
};

} // namespace settle
