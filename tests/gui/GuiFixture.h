#pragma once

#include "TempLedger.h"
#include "shell/AppSettings.h"
#include "shell/LedgerSession.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBox.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QAbstractItemView;

namespace settle::test {

// A main window on a real temporary ledger with its own settings file; every message box the app
// raises is recorded and answered "yes" instead of blocking the test.
class GuiFixture : public ::testing::Test
{
protected:
    struct Message
    {
        MessageBox::Kind kind;
        QString title;
        QString text;
    };

    void SetUp() override;
    void TearDown() override;

    // Opens the TempLedger in the window (a second connection to the same file).
    void openLedger();
    // A fresh main window on the same session and settings, as after a restart.
    void recreateWindow();

    // Types `text` into a table cell through its editor, as a user would, and commits it with Enter.
    static void typeIntoCell(QAbstractItemView* view, int row, int column, const QString& text);
    // Lets queued events (timers of 0 ms, deferred deletes) run.
    static void settle(int milliseconds = 20);

    TempLedger m_ledger;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QList<Message> m_messages;
    bool m_answer = true;
};

} // namespace settle::test
