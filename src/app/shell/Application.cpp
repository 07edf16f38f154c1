#include "shell/Application.h"

#include "shell/AppSettings.h"
#include "shell/LedgerSession.h"
#include "shell/MainWindow.h"
#include "shell/Resources.h"
#include "widgets/LocaleDates.h"
#include "widgets/MessageBox.h"

#include "dates/FixedClock.h"
#include "dates/IsoDate.h"
#include "dates/SystemClock.h"
#include "logging/Logging.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace settle {

QList<QTranslator*> Application::installTranslators(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
    QList<QTranslator*> installed;
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("settle"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(own);
        installed.append(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        installed.append(qt);
    }
    return installed;
}

int Application::run(int argc, char** argv, const Extension& extension)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("settle"));
    QApplication::setOrganizationName(QStringLiteral("Settle"));
    QApplication::setApplicationDisplayName(QStringLiteral("Settle"));
    QApplication::setApplicationVersion(QStringLiteral(SETTLE_VERSION));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/settle.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Settle — accounts receivable for small businesses"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open the ledger at PATH (or set SETTLE_DB)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("Work as if today were DATE (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
                                          QStringLiteral("Keep window and table preferences in FILE (an INI file)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({db, asOf, settingsFile});
    if (extension.addOptions)
        extension.addOptions(parser);
    parser.process(app);

    std::unique_ptr<Clock> clock;
    if (parser.isSet(asOf)) {
        const auto date = IsoDate::parse(parser.value(asOf));
        if (!date) {
            std::fprintf(stderr, "settle: --as-of: \"%s\" is not a date (YYYY-MM-DD)\n", qPrintable(parser.value(asOf)));
            return 2;
        }
        clock = std::make_unique<FixedClock>(*date);
    } else {
        clock = std::make_unique<SystemClock>();
    }
    Logging::start(QStringLiteral("settle"), false);

    AppSettings settings(parser.value(settingsFile));
    // English and German (Qt Linguist): the user's choice in the settings, else the system language.
    installTranslators(app, settings.language().isEmpty() ? QLocale::system() : QLocale(settings.language()));
    LocaleDates::installDateEditFormat(app);
    if (extension.instead)
        if (const auto status = extension.instead(parser, *clock))
            return *status;
    LedgerSession session(*clock);
    MainWindow window(session, settings);
    if (extension.windowCreated)
        extension.windowCreated(parser, window, sinceMain);

    // docs/CLI.md: --db PATH, else SETTLE_DB; without either, the ledger used last (a first start shows
    // the welcome page).
    QString location = parser.value(db);
    if (location.isEmpty())
        location = qEnvironmentVariable("SETTLE_DB");
    const bool explicitLedger = !location.isEmpty();
    if (!explicitLedger && !settings.recentLedgers().isEmpty() && QFileInfo::exists(settings.recentLedgers().first()))
        location = settings.recentLedgers().first();
    window.show();
    if (!location.isEmpty()) {
        // A shared ledger (postgresql://…) is not a file: the server says whether it is there.
        if (explicitLedger && !Database::isPostgresUrl(location) && !QFileInfo::exists(location)) {
            // Reported after the window is up, so that the message has a parent and the welcome page shows.
            QTimer::singleShot(0, &window, [&window, location] {
                MessageBox::error(&window, MainWindow::tr("Cannot open the ledger"),
                                  MainWindow::tr("%1 does not exist. Create a ledger there from the welcome page, or "
                                                 "open another one.")
                                      .arg(location));
            });
        } else {
            window.openLedger(location);
        }
    }
    return app.exec();
}

} // namespace settle
