#include "widgets/LocaleDates.h"

#include <QApplication>
#include <QLocale>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

// Widget tests need a QApplication, not the QGuiApplication of the shared TestMain; the rest of
// settle_test_support (TempLedger) is shared. Offscreen unless told otherwise.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    spdlog::set_level(spdlog::level::warn);
    // Amounts and dates are typed the way an English (US) user types them, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("settle-gui-tests"));
    // As Application::run does: every date edit shows and takes four-digit years.
    settle::LocaleDates::installDateEditFormat(app);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
