#include "CliContext.h"

#include "errors/FileError.h"
#include "errors/SettleError.h"

#include <QSaveFile>

#include <cstdio>

namespace settle {

CliContext::CliContext(QString location, const Clock& clock)
    : m_location(std::move(location)), m_clock(clock), m_out(stdout)
{
}

CliContext::~CliContext()
{
    m_out.flush();
}

Ledger& CliContext::ledger()
{
    return ledger(Database::OpenMode::MustExist);
}

Ledger& CliContext::ledger(Database::OpenMode mode)
{
    if (!m_ledger)
        m_ledger = Ledger::open(m_location, mode, m_clock);
    return *m_ledger;
}

void CliContext::writeFile(const QString& path, const QString& text)
{
    if (path == u"-") {
        m_out << text;
        return;
    }
    // QSaveFile writes beside the target and renames at the end: a full disk leaves the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        throw SettleError(SettleError::Kind::Runtime, FileError::cannotWrite(path, file));
}

} // namespace settle
