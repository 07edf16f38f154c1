#pragma once

#include <QList>
#include <QLocale>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace settle {

// Starts the desktop app: command line (--db PATH and SETTLE_DB as CLI.md says), language,
// logging, the main window and the first ledger. main() is only a call to run().
class Application
{
public:
    static int run(int argc, char** argv);

    // The app's own texts and Qt's (the "Cancel" of a dialog's buttons, from Debian's
    // qt6-translations-l10n) in the language of locale, which becomes the default locale. Returns the
    // translators installed, so that a test can take them out again.
    static QList<QTranslator*> installTranslators(QCoreApplication& app, const QLocale& locale);
};

} // namespace settle
