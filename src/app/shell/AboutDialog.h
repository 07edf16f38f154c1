#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace settle {

class LedgerSession;

// Help → About: the version, the license, and where the ledger, its backups and the log are, so
// that a user (or whoever helps them) finds the files without knowing the defaults.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const LedgerSession& session, QWidget* parent = nullptr);
    ~AboutDialog() override;

    QString versionText() const;
    QString licenseText() const;
    QString ledgerText() const;
    QString backupsText() const;
    QString logText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace settle
