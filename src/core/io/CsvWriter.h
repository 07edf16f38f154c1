#pragma once

#include <QString>
#include <QStringList>

namespace settle {

// Writes RFC 4180 CSV: quotes only the cells that need it, LF line ends.
class CsvWriter
{
public:
    void writeRow(const QStringList& cells);
    const QString& text() const { return m_text; }

    static QString quote(const QString& cell);

private:
    QString m_text;
};

} // namespace settle
