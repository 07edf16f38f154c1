#include "Cli.h"
#include "StatementCommands.h"
#include "dates/SystemClock.h"
#include "logging/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // Documents need fonts, and fonts a QGuiApplication; headless by default (no display on a server).
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (settle::StatementCommands::rendersDocuments(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt wants a private runtime folder and warns on stderr when none is set: give it one quietly.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/settle-runtime-") + qEnvironmentVariable("USER");
            if (QDir().mkpath(runtime) && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("settle-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SETTLE_VERSION));
    settle::Logging::start(QStringLiteral("settle-cli"), true);
    settle::SystemClock clock;
    settle::Cli cli(clock);
    return cli.run(app.arguments().mid(1));
}
