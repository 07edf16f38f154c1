#pragma once

#include <QString>
#include <QStringList>

namespace settle::test {

// Runs the real settle-cli binary against a ledger file, as a user's script would.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    explicit CliRunner(QString ledgerPath) : m_ledgerPath(std::move(ledgerPath)) {}

    CliResult run(const QStringList& arguments) const;
    static QString binary();

private:
    QString m_ledgerPath;
};

} // namespace settle::test
