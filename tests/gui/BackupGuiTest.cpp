#include "GuiFixture.h"

#include "shell/AboutDialog.h"
#include "shell/BackupActions.h"
#include "shell/WelcomePage.h"

#include "backup/BackupRotation.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"
#include "logging/Logging.h"
#include "storage/LedgerSnapshot.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace settle::test {

namespace {

// A File menu entry as the user sees it (without the & of its shortcut).
QAction* fileMenuAction(MainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (!menu->menu() || menu->text().remove(u'&') != QStringLiteral("File"))
            continue;
        for (QAction* action : menu->menu()->actions())
            if (action->text().remove(u'&') == text)
                return action;
    }
    return nullptr;
}

} // namespace

using BackupGui = GuiFixture;

TEST_F(BackupGui, BackUpNowInTheFileMenuWritesABackupBesideTheLedger)
{
    openLedger();
    QAction* action = fileMenuAction(*m_window, QStringLiteral("Back Up Now"));
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    const QDir folder(QFileInfo(m_ledger.path()).absolutePath() + QStringLiteral("/backups"));
    const QStringList files = folder.entryList({QStringLiteral("*.settle")}, QDir::Files);
    ASSERT_EQ(files.size(), 1) << m_messages.value(0).text.toStdString();
    EXPECT_TRUE(m_messages.isEmpty());
    EXPECT_TRUE(LedgerSnapshot::inspect(folder.filePath(files[0])).intact);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(files[0]))
        << m_window->statusBar()->currentMessage().toStdString();
}

TEST_F(BackupGui, BackupActionsNeedAnOpenLedger)
{
    EXPECT_FALSE(fileMenuAction(*m_window, QStringLiteral("Back Up Now"))->isEnabled());
    EXPECT_FALSE(fileMenuAction(*m_window, QStringLiteral("Restore from a Backup…"))->isEnabled());
}

TEST_F(BackupGui, OpeningALedgerMakesTheDailyBackupInTheBackground)
{
    m_window->backupActions()->setAutomaticDelay(0);
    QSignalSpy done(m_window->backupActions(), &BackupActions::automaticBackupDone);
    openLedger();
    ASSERT_TRUE(done.wait(30000) || done.size() == 1);
    const QString path = done.at(0).at(0).toString();
    EXPECT_EQ(done.at(0).at(1).toString(), QString());
    ASSERT_FALSE(path.isEmpty());
    EXPECT_TRUE(QFileInfo(path).fileName().contains(QStringLiteral("-daily-2026-03-31T"))) << path.toStdString();
    EXPECT_EQ(BackupRotation::dailyBackups(QFileInfo(path).absolutePath(), m_ledger.path()), QStringList{path});

    // Opened again the same day: none more.
    m_session->close();
    openLedger();
    ASSERT_TRUE(done.wait(30000) || done.size() == 2);
    EXPECT_EQ(done.at(1).at(0).toString(), QString());
    EXPECT_EQ(BackupRotation::dailyBackups(QFileInfo(path).absolutePath(), m_ledger.path()).size(), 1);
}

TEST_F(BackupGui, NoDailyBackupWhenBackupKeepIsZero)
{
    m_ledger->setSetting(SettingKeys::BackupKeep, QStringLiteral("0"));
    m_window->backupActions()->setAutomaticDelay(0);
    QSignalSpy done(m_window->backupActions(), &BackupActions::automaticBackupDone);
    openLedger();
    ASSERT_TRUE(done.wait(30000) || done.size() == 1);
    EXPECT_EQ(done.at(0).at(0).toString(), QString());
    EXPECT_FALSE(QFileInfo::exists(QFileInfo(m_ledger.path()).absolutePath() + QStringLiteral("/backups")));
}

TEST_F(BackupGui, RestoreReopensTheLedgerAsTheBackupHadIt)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.close(); // the window is then the only program on the ledger
    openLedger();
    const QString backup = m_window->backupActions()->backUpNow();
    ASSERT_FALSE(backup.isEmpty());
    m_session->ledger().setSetting(SettingKeys::CompanyName, QStringLiteral("Renamed After The Backup"));

    ASSERT_TRUE(m_window->backupActions()->restoreFrom(backup)) << m_messages.value(0).text.toStdString();
    ASSERT_TRUE(m_session->isOpen());
    EXPECT_EQ(m_session->location(), m_ledger.path());
    EXPECT_NE(m_session->ledger().setting(SettingKeys::CompanyName), QStringLiteral("Renamed After The Backup"));
    ASSERT_EQ(m_messages.size(), 1); // the question, answered yes
    EXPECT_EQ(m_messages[0].kind, MessageBox::Kind::Question);
    EXPECT_TRUE(QFileInfo::exists(m_ledger.path() + QStringLiteral(".before-restore")));
}

TEST_F(BackupGui, RestoreOfAForeignFileSaysWhyAndKeepsTheLedgerOpen)
{
    m_ledger.close();
    openLedger();
    const QString notes = m_ledger.writeFile(QStringLiteral("notes.settle"), "not a ledger");
    EXPECT_FALSE(m_window->backupActions()->restoreFrom(notes));
    ASSERT_EQ(m_messages.size(), 2);
    EXPECT_EQ(m_messages[1].kind, MessageBox::Kind::Error);
    EXPECT_TRUE(m_messages[1].text.contains(QStringLiteral("is not a Settle ledger"))) << m_messages[1].text.toStdString();
    EXPECT_TRUE(m_session->isOpen());
    EXPECT_FALSE(QFileInfo::exists(m_ledger.path() + QStringLiteral(".before-restore")));
}

TEST_F(BackupGui, AboutShowsVersionLicenseAndWhereTheFilesAre)
{
    openLedger();
    AboutDialog* about = m_window->showAbout();
    ASSERT_NE(about, nullptr);
    EXPECT_EQ(about->versionText(), QCoreApplication::applicationVersion());
    EXPECT_TRUE(about->licenseText().contains(QStringLiteral("Apache License 2.0")));
    EXPECT_EQ(about->ledgerText(), QDir::toNativeSeparators(m_ledger.path()));
    EXPECT_TRUE(about->backupsText().endsWith(QStringLiteral("backups"))) << about->backupsText().toStdString();
    EXPECT_EQ(about->logText(), QDir::toNativeSeparators(Logging::logFile()));
    about->close();
}

// The first minute: no settings, no ledger; the welcome page shows, and its demo button opens the
// demo business.
TEST_F(BackupGui, FirstStartOpensTheDemoLedgerFromTheWelcomePage)
{
    const QByteArray home = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    ASSERT_TRUE(m_window->isWelcomeShown());
    auto* demo = m_window->welcomePage()->findChild<QPushButton*>(QStringLiteral("openDemo"));
    ASSERT_NE(demo, nullptr);
    ASSERT_TRUE(demo->isVisible());
    QTest::mouseClick(demo, Qt::LeftButton);
    settle();
    EXPECT_TRUE(m_session->isOpen()) << m_messages.value(0).text.toStdString();
    EXPECT_FALSE(m_window->isWelcomeShown());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("Northwind Design Studio")))
        << m_window->windowTitle().toStdString();
    EXPECT_TRUE(m_session->location().startsWith(m_dir.filePath(QStringLiteral("data"))));
    m_session->close();
    if (home.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", home);
}

} // namespace settle::test
