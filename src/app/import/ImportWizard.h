#pragma once

#include "import/BankCsvPresenter.h"
#include "import/ImportPresenter.h"

#include <QFutureWatcher>
#include <QWizard>

#include <memory>

namespace Ui {
class ImportWizard;
}

namespace settle {

class AppSettings;
class BankImportJob;
class LedgerSession;

// The CSV import in four steps: choose the file, match its columns (remembered), check every row
// with its problem beside it, and import all or nothing on a worker thread with a progress bar.
// Customers, invoices and payments go through ImportPresenter; a bank's statement CSV through
// BankCsvPresenter, its mapping remembered in the ledger for that bank's columns, and into the bank
// entries (BankImportJob), where the bookings are matched to invoices.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChoosePage, MapPage, CheckPage, ImportPage };

    // The outcome of the worker: how many records went in, or why none did.
    struct Outcome
    {
        int imported = 0;
        QString error;
    };

    ImportWizard(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setKind(Ledger::ImportKind kind);
    // A bank statement CSV (its columns: booking date, amount, payer, IBAN, text ...).
    void setBankStatementCsv();
    bool isBankStatementCsv() const;
    void setFile(const QString& path);
    const ImportPresenter& presenter() const { return m_presenter; }
    const BankCsvPresenter& bankPresenter() const { return m_bank; }
    // The rows of the check page: the user's line number and the problems on it (empty when fine).
    QList<std::pair<int, QString>> previewRows() const;
    QString checkSummary() const;
    QString importMessage() const;
    bool isImporting() const { return m_watcher.isRunning(); }
    // Sets one mapping on the mapping page, as the user would with its combo box.
    void mapColumn(const QString& fileColumn, const QString& target);

    bool validateCurrentPage() override;
    // The import is one transaction that cannot be stopped halfway: the window waits for it.
    void reject() override;

Q_SIGNALS:
    void importFinished(int imported, const QString& error);


private:
    void pageShown(int id);
    bool loadFile();
    void fillMapping();
    void runCheck();
    void startImport();
    void importDone();
    void fillBankMapping();
    void runBankCheck();
    void startBankImport();
    void bankImportDone();

    std::unique_ptr<Ui::ImportWizard> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    ImportPresenter m_presenter;
    BankCsvPresenter m_bank;
    BankImportJob* m_bankJob = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    bool m_imported = false;
    bool m_bankChecked = false;
};

} // namespace settle
