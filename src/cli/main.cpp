#include "Cli.h"
#include "StatementCommands.h"
#include "dates/SystemClock.h"
#include "logging/Logging.h"
#include "storage/LocalPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // Documents need fonts, and fonts a QGuiApplication; headless by default (no display on a server).
    // Arguments keep the bytes of names that are not UTF-8 (LocalPath), which Qt's own list loses.
    const auto argumentsOf = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list << settle::LocalPath::decode(QByteArray(argv[i]));
        return list;
    };
    const QStringList arguments = argumentsOf();
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
    // Qt has taken its own options (-platform ...) out of argc/argv by now.
    return cli.run(argumentsOf());
}
