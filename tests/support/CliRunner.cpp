#include "CliRunner.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace settle::test {

QString CliRunner::binary()
{
    return QStringLiteral(SETTLE_CLI_PATH);
}

CliResult CliRunner::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SETTLE_DB"));
    // Keep the CLI's rotating log out of the user's home during tests.
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/settle-test-xdg"));
    env.insert(QStringLiteral("SETTLE_LOG"), QStringLiteral("off"));
    process.setProcessEnvironment(env);
    process.start(binary(), QStringList{QStringLiteral("--db"), m_ledgerPath} + arguments);
    process.waitForFinished(120000);
    return CliResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                     QString::fromUtf8(process.readAllStandardOutput()),
                     QString::fromUtf8(process.readAllStandardError())};
}

} // namespace settle::test
