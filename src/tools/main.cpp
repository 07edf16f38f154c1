#include "ScreenshotTour.h"
#include "StartupProbe.h"

#include "shell/Application.h"
#include "shell/MainWindow.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// settle-tools: the desktop app started exactly as `settle` starts it, with the two developer options
// the shipped program does not carry: --screenshots DIR (scripts/screenshots) and --measure-startup
// (scripts/measure-gui).
int main(int argc, char** argv)
{
    using namespace settle;
    const QCommandLineOption measure(QStringLiteral("measure-startup"),
                                     QStringLiteral("Print the start-up and invoice-table timings, then quit."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Take the README screenshots into DIR on a demo ledger, then quit."),
                                         QStringLiteral("DIR"));
    Application::Extension tools;
    tools.addOptions = [&](QCommandLineParser& parser) {
        parser.setApplicationDescription(
            QStringLiteral("Settle's developer tools: the desktop app with the screenshot tour and the start-up timings"));
        parser.addOptions({measure, screenshots});
    };
    tools.instead = [&](const QCommandLineParser& parser, const Clock& clock) -> std::optional<int> {
        if (!parser.isSet(screenshots))
            return std::nullopt;
        return ScreenshotTour::run(parser.value(screenshots), clock);
    };
    tools.windowCreated = [&](const QCommandLineParser& parser, MainWindow& window, const QElapsedTimer& sinceMain) {
        // Owned by the window, so that it lives as long as the timings it takes.
        if (parser.isSet(measure))
            new StartupProbe(window, sinceMain, &window);
    };
    return Application::run(argc, argv, tools);
}
