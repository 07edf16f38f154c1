#include "shell/BackupActions.h"

#include "shell/LedgerSession.h"
#include "shell/LedgerWorker.h"
#include "widgets/Guarded.h"
#include "widgets/MessageBox.h"

#include "backup/BackupRotation.h"
#include "backup/LedgerBackup.h"
#include "ledger/Ledger.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

namespace settle {

BackupActions::BackupActions(LedgerSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window), m_backUpNow(new QAction(tr("Back &Up Now"), this)),
      m_restore(new QAction(tr("Res&tore from a Backup…"), this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BackupActions::startAutomatic);
    connect(m_backUpNow, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseAndRestore);
    connect(&m_session, &LedgerSession::opened, this, [this] {
        updateActions();
        m_timer->start(m_delay);
    });
    connect(&m_session, &LedgerSession::closed, this, [this] {
        m_timer->stop();
        updateActions();
    });
    updateActions();
}

void BackupActions::updateActions()
{
    m_backUpNow->setEnabled(m_session.isOpen());
    // A shared ledger is restored into a new database with settle-cli copy, not over the one in use.
    m_restore->setEnabled(m_session.isOpen() && !Database::isPostgresUrl(m_session.location()));
}

void BackupActions::startAutomatic()
{
    if (!m_session.isOpen())
        return;
    const QString location = m_session.location();
    auto* watcher = new QFutureWatcher<LedgerWorker::Outcome<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto outcome = watcher->result();
        watcher->deleteLater();
        const QString path = outcome.value.value_or(QString());
        if (!path.isEmpty())
            Q_EMIT message(tr("Today's automatic backup: %1").arg(QDir::toNativeSeparators(path)));
        else if (!outcome.error.isEmpty())
            Q_EMIT message(tr("The automatic backup failed: %1").arg(outcome.error));
        Q_EMIT automaticBackupDone(path, outcome.error);
    });
    watcher->setFuture(LedgerWorker::run<QString>(
        m_session, [location](Ledger& ledger) { return BackupRotation::runDaily(ledger, location); }));
}

QString BackupActions::backUpNow()
{
    if (!m_session.isOpen())
        return {};
    QString path;
    const bool done = Guarded::orSay(m_window, tr("Cannot back up the ledger"), [&] {
        Ledger& ledger = m_session.ledger();
        const QString location = m_session.location();
        path = QDir(LedgerBackup::folder(ledger, location))
                   .filePath(LedgerBackup::fileName(location, m_session.clock().now().toLocalTime()));
        LedgerBackup::backup(ledger, path);
    });
    if (!done)
        return {};
    Q_EMIT message(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

void BackupActions::chooseAndRestore()
{
    if (!m_session.isOpen())
        return;
    QString folder;
    Guarded::run([&] { folder = LedgerBackup::folder(m_session.ledger(), m_session.location()); }, [](const QString&) {});
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Restore from a Backup"), folder,
                                                      tr("Settle backups (*.settle *.db);;All files (*)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

bool BackupActions::restoreFrom(const QString& file)
{
    if (!m_session.isOpen())
        return false;
    const QString location = m_session.location();
    if (!MessageBox::question(m_window, tr("Restore from a Backup"),
                              tr("Replace the ledger %1 with the backup %2?\n\nThe ledger as it is now is kept as %3.")
                                  .arg(QDir::toNativeSeparators(location), QDir::toNativeSeparators(file),
                                       QDir::toNativeSeparators(location + QStringLiteral(".before-restore")))))
        return false;
    // The window lets go of the ledger first: a file in use cannot be replaced.
    m_session.close();
    const bool restored = Guarded::orSay(m_window, tr("Cannot restore the backup"),
                                         [&] { LedgerBackup::restore(file, location); });
    // Either way the ledger opens again: the restored one, or the one left as it was.
    Guarded::orSay(m_window, tr("Cannot open the ledger"), [&] { m_session.open(location); });
    if (restored)
        Q_EMIT message(tr("Restored %1 from %2").arg(QDir::toNativeSeparators(location), QDir::toNativeSeparators(file)));
    return restored;
}

} // namespace settle
