#include "Cli.h"
#include "dates/SystemClock.h"
#include "logging/Logging.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("settle-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SETTLE_VERSION));
    settle::Logging::start(QStringLiteral("settle-cli"), true);
    settle::SystemClock clock;
    settle::Cli cli(clock);
    return cli.run(app.arguments().mid(1));
}
