#pragma once

#include "domain/BankEntryRecord.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class BankPage;
}

class QSortFilterProxyModel;
class QTableView;

namespace settle {

class AppSettings;
class BankAssignDialog;
class BankEntryModel;
class BankImportJob;
class LedgerSession;

// The bank statements: import a file (the button, or a file dropped on the window), with progress
// and Cancel while a big one goes in on a worker thread; the entries by status (to look at —
// suggested and not matched —, matched, ignored, outgoing, all) with the suggestion beside each;
// Accept (Enter), Assign, Ignore and Undo on the current one.
class BankPage : public QWidget
{
    Q_OBJECT

public:
    // The status tabs, in their order.
    enum Tab { SuggestedTab, UnmatchedTab, MatchedTab, IgnoredTab, OutgoingTab, AllTab, TabCount };

    BankPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~BankPage() override;

    BankEntryModel* model() const { return m_model; }
    QTableView* table() const;
    BankImportJob* importJob() const { return m_job; }
    void showTab(Tab tab);
    Tab currentTab() const;
    QString tabText(Tab tab) const;
    // Makes the entry current (switching to the tab that shows it); false when the ledger has none.
    bool selectEntry(qint64 id);
    std::optional<qint64> currentId() const;
    QString statusText() const;
    QString detailText() const;
    bool isImporting() const;
    void saveLayout();
    // The Assign dialog last opened (window-modal; it deletes itself when closed), for tests.
    BankAssignDialog* assignDialog() const { return m_assign; }

public Q_SLOTS:
    // Imports a statement file on a worker thread; false when one is already going in.
    bool importFile(const QString& path);
    // Asks for a file and imports it.
    void chooseFile();
    void cancelImport();
    bool acceptCurrent();
    BankAssignDialog* assignCurrent();
    bool ignoreCurrent();
    bool undoCurrent();

Q_SIGNALS:
    // A bank CSV the reader cannot map on its own: the import wizard matches its columns.
    void csvMappingRequested(const QString& path);
    // An import ended (the counts are in statusText()); empty `error` when it went in.
    void importFinished(const QString& error);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const BankEntryRecord* current() const;
    void updateTabs();
    void updateDetail();
    void say(const QString& text, bool problem);
    void importProgressed(int done, int total);
    void importDone();
    // Runs one action on the current entry and keeps the cursor near where it was.
    bool act(const QString& failureTitle, const std::function<void(qint64 id)>& action);

    std::unique_ptr<Ui::BankPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    BankEntryModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    BankImportJob* m_job = nullptr;
    BankAssignDialog* m_assign = nullptr;
    bool m_statusIsProblem = false;
    bool m_tabChosen = false; // the user picked a tab: an import no longer moves them to another
};

} // namespace settle
