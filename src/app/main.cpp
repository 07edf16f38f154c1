#include "shell/Application.h"

#include <QByteArray>
#include <QGuiApplication>

namespace {

// Options that only print and exit: they must work where there is no display (a server, a
// package's install test, man-page checks), so the window system is not asked for one.
bool onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") // what follows is not an option
            return false;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version" || argument == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The desktop entry's name (packaging/): a Wayland desktop shows the window with its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.settleapp.Settle"));
    return settle::Application::run(argc, argv);
}
