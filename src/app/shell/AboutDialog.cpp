#include "shell/AboutDialog.h"
#include "ui_AboutDialog.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"

#include "backup/LedgerBackup.h"
#include "logging/Logging.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QPushButton>

namespace settle {

AboutDialog::AboutDialog(const LedgerSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/icons/settle.png")).pixmap(64, 64));
    m_ui->title->setText(tr("<b>Settle</b><br>Accounts receivable for small businesses"));
    m_ui->version->setText(QCoreApplication::applicationVersion());
    m_ui->license->setText(
        tr("Apache License 2.0 (<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">the license's text</a>)"));
    if (session.isOpen()) {
        const QString location = session.location();
        m_ui->ledger->setText(Database::isPostgresUrl(location) ? Database::displayName(location)
                                                                : QDir::toNativeSeparators(location));
        QString folder;
        Guarded::run([&] { folder = LedgerBackup::folder(session.ledger(), location); }, [](const QString&) {});
        m_ui->backups->setText(QDir::toNativeSeparators(folder));
    } else {
        m_ui->ledger->setText(tr("No ledger is open (the default one is %1)")
                                  .arg(QDir::toNativeSeparators(Database::defaultLocation())));
        m_ui->backups->setText(tr("In backups/ beside the ledger"));
    }
    m_ui->log->setText(QDir::toNativeSeparators(Logging::logFile()));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const
{
    return m_ui->version->text();
}

QString AboutDialog::licenseText() const
{
    return m_ui->license->text();
}

QString AboutDialog::ledgerText() const
{
    return m_ui->ledger->text();
}

QString AboutDialog::backupsText() const
{
    return m_ui->backups->text();
}

QString AboutDialog::logText() const
{
    return m_ui->log->text();
}

} // namespace settle
