#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QAction;
class QLineEdit;
class QSystemTrayIcon;

namespace settle {

class AboutDialog;
class AppSettings;
class BackupActions;
class BankPage;
class CustomersPage;
class DashboardPage;
class FollowupMonitor;
class FollowupsPage;
class ImportWizard;
class InvoiceEditorDialog;
class InvoicesPage;
class LedgerSession;
class OutboxPage;
class PaymentDialog;
class PaymentsPage;
class ReportsPage;
class SearchPopup;
class SettingsPage;
class SmtpTestPanel;
class StatementsPage;
class TemplatesPage;
class WelcomePage;

// The main window: navigation, pages, menus and the toolbar. It only wires things together; each
// page and dialog talks to the ledger through the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page {
        Dashboard,
        Customers,
        Invoices,
        Payments,
        Bank,
        Followups,
        Outbox,
        Templates,
        Statements,
        Reports,
        Settings,
        Count
    };

    MainWindow(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    bool isWelcomeShown() const;

    // Open a ledger and report a failure to the user; true when it is open.
    bool openLedger(const QString& location);
    // A ledger shared on PostgreSQL, by its postgresql://USER@HOST[:PORT]/DB address; false (and the
    // reason said) when the address is not one or the server refuses.
    bool openSharedLedger(const QString& address);
    // File → Share on a Server…: the open ledger file copied onto a PostgreSQL server.
    void shareLedger();

    WelcomePage* welcomePage() const { return m_welcome; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    CustomersPage* customersPage() const { return m_customers; }
    InvoicesPage* invoicesPage() const { return m_invoices; }
    PaymentsPage* paymentsPage() const { return m_payments; }
    BankPage* bankPage() const { return m_bank; }
    FollowupsPage* followupsPage() const { return m_followups; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    ReportsPage* reportsPage() const { return m_reports; }
    OutboxPage* outboxPage() const { return m_outbox; }
    TemplatesPage* templatesPage() const { return m_templates; }
    StatementsPage* statementsPage() const { return m_statements; }
    SmtpTestPanel* smtpTestPanel() const { return m_smtpTest; }
    FollowupMonitor* followupMonitor() const { return m_monitor; }
    BackupActions* backupActions() const { return m_backups; }
    // The last "follow-ups are ready" notification (tray or status bar), for tests.
    QString lastNotification() const { return m_lastNotification; }
    QString navigationText(Page page) const;
    QLineEdit* searchField() const { return m_searchField; }

public Q_SLOTS:
    // The dialogs open window-modal and delete themselves when closed; the pointer is for tests.
    InvoiceEditorDialog* newInvoice(const QString& customerCode = {});
    // Started from an invoice, the dialog offers that invoice first.
    PaymentDialog* recordPayment(const QString& customerCode = {}, const QString& invoiceNumber = {});
    ImportWizard* importCsv();
    // The import wizard on its bank statement CSV step for this file (its columns to match).
    ImportWizard* importBankCsv(const QString& path);
    // A bank statement file dropped on the window or chosen: the Bank page imports it.
    void importBankStatement(const QString& path);
    void newCustomer();
    void openLedgerFile();
    void askForSharedLedger();
    void newLedger();
    void openDemoLedger();
    void showInvoice(const QString& number);
    void showCustomer(const QString& code);
    void showAgingBucket(int bucket);
    void runFollowups();
    // Help → About; window-modal, deletes itself when closed (the pointer is for tests).
    AboutDialog* showAbout();
    // The follow-up timer raised follow-ups: a tray message where there is a tray, else the status bar.
    void notifyFollowups(int count, const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildNavigation();
    void connectActions();
    void updateForLedger();
    void updateRecentMenu();
    void focusSearch();
    void updateFollowupCount(int count);
    void updateBankCount();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    WelcomePage* m_welcome = nullptr;
    DashboardPage* m_dashboard = nullptr;
    CustomersPage* m_customers = nullptr;
    InvoicesPage* m_invoices = nullptr;
    PaymentsPage* m_payments = nullptr;
    BankPage* m_bank = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    FollowupsPage* m_followups = nullptr;
    ReportsPage* m_reports = nullptr;
    OutboxPage* m_outbox = nullptr;
    TemplatesPage* m_templates = nullptr;
    StatementsPage* m_statements = nullptr;
    SmtpTestPanel* m_smtpTest = nullptr;
    FollowupMonitor* m_monitor = nullptr;
    BackupActions* m_backups = nullptr;
    QAction* m_shareAction = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastNotification;
    QList<QWidget*> m_pages; // by Page
    QLineEdit* m_searchField = nullptr;
    SearchPopup* m_search = nullptr;
};

} // namespace settle
