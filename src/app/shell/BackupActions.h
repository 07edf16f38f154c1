#pragma once

#include <QObject>
#include <QString>

class QAction;
class QTimer;
class QWidget;

namespace settle {

class LedgerSession;

// The window's side of backups: the automatic daily backup, taken on a worker thread a moment after
// a ledger opens so that the window never waits for it; File → Back Up Now; File → Restore….
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(LedgerSession& session, QWidget* window);

    QAction* backUpNowAction() const { return m_backUpNow; }
    QAction* restoreAction() const { return m_restore; }

    // How long after a ledger opens the daily backup starts (the first screens load first).
    void setAutomaticDelay(int milliseconds) { m_delay = milliseconds; }

public Q_SLOTS:
    // A backup of the open ledger into its backup folder now; its path, or "" when it failed (said).
    QString backUpNow();
    // Asks for a backup file and puts it in place of the open ledger.
    void chooseAndRestore();
    // Puts the backup at `file` in place of the open ledger file and reopens it; true when done.
    bool restoreFrom(const QString& file);

Q_SIGNALS:
    // A sentence for the status bar.
    void message(const QString& text);
    // The daily backup finished: its path, or "" when none was due or it failed (error says why).
    void automaticBackupDone(const QString& path, const QString& error);

private:
    void startAutomatic();
    void updateActions();

    LedgerSession& m_session;
    QWidget* m_window;
    QAction* m_backUpNow;
    QAction* m_restore;
    QTimer* m_timer;
    int m_delay = 3000;
};

} // namespace settle
