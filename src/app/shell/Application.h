#pragma once

#include <QList>
#include <QLocale>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;
class QCoreApplication;
class QElapsedTimer;
class QTranslator;

namespace settle {

class Clock;
class MainWindow;

// Starts the desktop app: command line (--db PATH or SETTLE_DB, --as-of, --settings), language,
// logging, the main window and the first ledger. main() is only a call to run().
class Application
{
public:
    // What a program built on the app's start adds to it: the developer tools in src/tools (the
    // screenshot tour, the start-up timings) start exactly as `settle` does, and `settle` itself
    // carries none of them.
    struct Extension
    {
        // Adds the program's own description, options and arguments.
        std::function<void(QCommandLineParser&)> addOptions;
        // Runs once the clock and the language are set, before any window opens: a value is the exit
        // status of a program that does its work instead of showing the window.
        std::function<std::optional<int>(const QCommandLineParser&, const Clock&)> instead;
        // Sees the main window before it shows and opens the ledger. sinceMain started with run().
        std::function<void(const QCommandLineParser&, MainWindow&, const QElapsedTimer& sinceMain)> windowCreated;
    };

    static int run(int argc, char** argv, const Extension& extension = {});

    // The app's own texts and Qt's (the "Cancel" of a dialog's buttons, from Debian's
    // qt6-translations-l10n) in the language of locale, which becomes the default locale. Returns the
    // translators installed, so that a test can take them out again.
    static QList<QTranslator*> installTranslators(QCoreApplication& app, const QLocale& locale);
};

} // namespace settle
