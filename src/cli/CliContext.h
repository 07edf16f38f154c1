#pragma once

#include "dates/Clock.h"
#include "ledger/Ledger.h"

#include <QTextStream>

#include <memory>

namespace settle {

// What every command shares: where the ledger is, the clock, and standard output.
class CliContext
{
public:
    CliContext(QString location, const Clock& clock);
    ~CliContext();

    const QString& location() const { return m_location; }
    const Clock& clock() const { return m_clock; }
    QTextStream& out() { return m_out; }

    // Opens the ledger on first use; refuses a missing one (use `init`).
    Ledger& ledger();
    Ledger& ledger(Database::OpenMode mode);

    // Writes text to a file atomically, or to stdout for "-".
    void writeFile(const QString& path, const QString& text);

private:
    QString m_location;
    const Clock& m_clock;
    QTextStream m_out;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace settle
