#include "shell/MainWindow.h"
#include "ui_MainWindow.h"

#include "bank/BankPage.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "followups/BankWaitingNotice.h"
#include "followups/FollowupMonitor.h"
#include "followups/FollowupsPage.h"
#include "import/ImportWizard.h"
#include "invoices/InvoiceEditorDialog.h"
#include "invoices/InvoicesPage.h"
#include "outbox/OutboxPage.h"
#include "payments/PaymentDialog.h"
#include "payments/PaymentsPage.h"
#include "reports/ReportsPage.h"
#include "settings/SettingsPage.h"
#include "settings/SmtpTestPanel.h"
#include "shell/AboutDialog.h"
#include "shell/AppSettings.h"
#include "shell/BackupActions.h"
#include "shell/LedgerSession.h"
#include "shell/Resources.h"
#include "shell/SearchPopup.h"
#include "shell/ServerBanner.h"
#include "sharing/ShareLedgerDialog.h"
#include "shell/WelcomePage.h"
#include "statements/StatementsPage.h"
#include "templates/TemplatesPage.h"
#include "widgets/Guarded.h"
#include "widgets/MessageBox.h"

#include "bank/BankBook.h"
#include "errors/SettleError.h"
#include "followup/FollowupRunner.h"
#include "ledger/Ledger.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace settle {

MainWindow::MainWindow(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session), m_settings(settings)
{
    initResources();
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 1);

    m_welcome = new WelcomePage(settings, this);
    m_dashboard = new DashboardPage(session, this);
    m_customers = new CustomersPage(session, settings, this);
    m_invoices = new InvoicesPage(session, settings, this);
    m_payments = new PaymentsPage(session, settings, this);
    m_settingsPage = new SettingsPage(session, settings, this);
    m_followups = new FollowupsPage(session, settings, this);
    m_pages = {m_dashboard,
               m_customers,
               m_invoices,
               m_payments,
               m_bank = new BankPage(session, settings, this),
               m_followups,
               m_outbox = new OutboxPage(session, this),
               m_templates = new TemplatesPage(session, this),
               m_statements = new StatementsPage(session, this),
               m_reports = new ReportsPage(session, this),
               m_settingsPage};
    m_ui->pages->addWidget(m_welcome);
    for (QWidget* page : m_pages)
        m_ui->pages->addWidget(page);

    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Find customers and invoices (Ctrl+K)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(360);
    m_searchField->setAccessibleName(tr("Search"));
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->toolBar->addWidget(spacer);
    m_ui->toolBar->addWidget(m_searchField);
    m_search = new SearchPopup(session, m_searchField, this);
    connect(m_search, &SearchPopup::customerChosen, this, &MainWindow::showCustomer);
    connect(m_search, &SearchPopup::invoiceChosen, this, &MainWindow::showInvoice);

    // A shared ledger's server that stops answering: the band says so above the pages, and nothing can
    // be changed until it is back; open dialogs keep what was typed in them.
    auto* column = new QWidget(this);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(new ServerBanner(session, column));
    columnLayout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(column);
    const auto allowChanges = [this](bool allowed) {
        for (QWidget* part : std::initializer_list<QWidget*>{m_ui->centralWidget, m_ui->toolBar, m_ui->menuEdit,
                                                             m_ui->menuReceivables})
            part->setEnabled(allowed);
    };
    connect(&session, &LedgerSession::serverLost, this, [allowChanges] { allowChanges(false); });
    connect(&session, &LedgerSession::serverBack, this, [allowChanges] { allowChanges(true); });

    buildNavigation();
    connectActions();
    // The follow-up engine's timer while a ledger is open.
    m_monitor = new FollowupMonitor(session, settings, this);
    connect(m_monitor, &FollowupMonitor::waitingCountChanged, this, &MainWindow::updateFollowupCount);
    connect(m_monitor, &FollowupMonitor::followupsRaised, this, &MainWindow::notifyFollowups);
    // Why follow-ups stopped, in the user's words, where a person looks (with the way to the setting
    // that mends it), and gone with the ledger it was about.
    connect(m_monitor, &FollowupMonitor::noticeChanged, this, [this, said = QString()]() mutable {
        const QString text = m_monitor->notice().text;
        if (!text.isEmpty())
            statusBar()->showMessage(text);
        else if (!said.isEmpty() && statusBar()->currentMessage() == said)
            statusBar()->clearMessage();
        said = text;
    });
    m_followups->setMonitor(m_monitor);
    m_dashboard->setMonitor(m_monitor);
    const auto openSetting = [this](const QString& tab, const QString& field) {
        showPage(Page::Settings);
        if (currentPage() != Page::Settings)
            return;
        m_settingsPage->showTab(tab);
        if (auto* widget = m_settingsPage->findChild<QWidget*>(field))
            widget->setFocus(Qt::OtherFocusReason);
    };
    connect(m_followups, &FollowupsPage::settingRequested, this, openSetting);
    connect(m_dashboard, &DashboardPage::settingRequested, this, openSetting);
    connect(m_dashboard, &DashboardPage::newCustomerRequested, this, &MainWindow::newCustomer);
    connect(m_dashboard, &DashboardPage::newInvoiceRequested, this, [this] { newInvoice(); });
    connect(m_settingsPage, &SettingsPage::settingsSaved, m_monitor, &FollowupMonitor::reloadInterval);
    connect(m_followups, &FollowupsPage::queueChanged, m_monitor, &FollowupMonitor::refreshCount);
    // Fully automatic sending (followups.auto_send, off by default): the monitor names the follow-ups
    // that need no approval; the outbox sends their messages on a worker thread.
    connect(m_monitor, &FollowupMonitor::autoSendRequested, m_outbox, [this](const QList<qint64>& ids) {
        if (m_monitor->autoSendEnabled())
            m_outbox->sendFollowups(ids);
    });
    connect(m_statements, &StatementsPage::emailQueued, m_outbox, &OutboxPage::refresh);
    // Bank statements: a file dropped anywhere on the window goes to the Bank page; a bank CSV whose
    // columns Settle cannot tell goes on to the import wizard; the desk's band leads to the page.
    setAcceptDrops(true);
    connect(m_bank, &BankPage::csvMappingRequested, this, &MainWindow::importBankCsv);
    connect(m_followups->bankNotice(), &BankWaitingNotice::bankRequested, this, [this] { showPage(Page::Bank); });
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testFlag(Ledger::Change::Bank))
                updateBankCount();
        });
    });
    m_smtpTest = new SmtpTestPanel(*m_settingsPage, session, m_settingsPage);
    // Backups: File → Back Up Now and Restore…, and the daily automatic one when a ledger opens.
    m_backups = new BackupActions(session, this);
    m_ui->menuFile->insertActions(m_ui->actionCloseLedger, {m_backups->backUpNowAction(), m_backups->restoreAction()});
    // A file ledger moved onto a PostgreSQL server when a second bookkeeper joins.
    m_shareAction = new QAction(tr("Share on a Ser&ver…"), this);
    m_shareAction->setObjectName(QStringLiteral("actionShareLedger"));
    connect(m_shareAction, &QAction::triggered, this, &MainWindow::shareLedger);
    m_ui->menuFile->insertAction(m_ui->actionCloseLedger, m_shareAction);
    m_ui->menuFile->insertSeparator(m_ui->actionCloseLedger);
    connect(m_backups, &BackupActions::message, this, [this](const QString& text) { statusBar()->showMessage(text); });
    connect(&m_session, &LedgerSession::opened, this, &MainWindow::updateForLedger);
    connect(&m_session, &LedgerSession::closed, this, &MainWindow::updateForLedger);
    connect(&m_settings, &AppSettings::recentLedgersChanged, this, &MainWindow::updateRecentMenu);

    if (!restoreGeometry(m_settings.windowGeometry())) {
        // The first window fits the screen it opens on, title bar and taskbar included: 1280×800 is
        // taller than a 1366×768 laptop.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size(qMin(1280, available.width() - 40), qMin(800, available.height() - 60));
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(m_settings.windowState());
    updateRecentMenu();
    updateForLedger();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    const std::pair<QString, QString> entries[] = {
        {tr("Dashboard"), QStringLiteral(":/icons/dashboard.png")},
        {tr("Customers"), QStringLiteral(":/icons/customers.png")},
        {tr("Invoices"), QStringLiteral(":/icons/invoices.png")},
        {tr("Payments"), QStringLiteral(":/icons/payment.png")},
        {tr("Bank"), QStringLiteral(":/icons/payment.png")},
        {tr("Follow-ups"), QStringLiteral(":/icons/followups.png")},
        {tr("Outbox"), QStringLiteral(":/icons/outbox.png")},
        {tr("Templates"), QStringLiteral(":/icons/new-invoice.png")},
        {tr("Statements"), QStringLiteral(":/icons/invoices.png")},
        {tr("Reports"), QStringLiteral(":/icons/reports.png")},
        {tr("Settings"), QStringLiteral(":/icons/settings.png")},
    };
    int index = 0;
    for (const auto& [text, icon] : entries) {
        m_ui->navigation->addItem(new QListWidgetItem(QIcon(icon), text));
        // Alt+1 … Alt+9, Alt+0 jump to the pages from anywhere (usable from the keyboard alone).
        auto* action = m_ui->menuGo->addAction(text);
        if (index < 10)
            action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(index < 9 ? Qt::Key_1 + index : Qt::Key_0)));
        connect(action, &QAction::triggered, this, [this, index] { showPage(Page(index)); });
        ++index;
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving Settings with changes not saved asks first; Cancel stays on it.
        if (m_ui->pages->currentWidget() == m_settingsPage && row != int(Page::Settings) &&
            !m_settingsPage->mayLeave()) {
            const QSignalBlocker block(m_ui->navigation);
            m_ui->navigation->setCurrentRow(int(Page::Settings));
            return;
        }
        if (row >= 0 && m_session.isOpen())
            m_ui->pages->setCurrentWidget(m_pages.value(row));
        // Approvals and dismissals on the follow-ups page change what waits.
        if (m_monitor)
            m_monitor->refreshCount();
    });
}

void MainWindow::connectActions()
{
    connect(m_ui->actionNewLedger, &QAction::triggered, this, &MainWindow::newLedger);
    connect(m_ui->actionOpenLedger, &QAction::triggered, this, &MainWindow::openLedgerFile);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemoLedger);
    connect(m_ui->actionOpenShared, &QAction::triggered, this, &MainWindow::askForSharedLedger);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importCsv);
    connect(m_ui->actionImportBank, &QAction::triggered, this, [this] {
        showPage(Page::Bank);
        if (currentPage() == Page::Bank)
            m_bank->chooseFile();
    });
    connect(m_ui->actionCloseLedger, &QAction::triggered, &m_session, &LedgerSession::close);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_ui->actionNewCustomer, &QAction::triggered, this, &MainWindow::newCustomer);
    connect(m_ui->actionNewInvoice, &QAction::triggered, this, [this] { newInvoice(); });
    connect(m_ui->actionRecordPayment, &QAction::triggered, this, [this] { recordPayment(); });
    connect(m_ui->actionRunFollowups, &QAction::triggered, this, &MainWindow::runFollowups);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_welcome, &WelcomePage::createRequested, this,
            [this](const QString& path, const LedgerSession::NewLedger& profile) {
                Guarded::run(
                    [&] {
                        m_session.create(path, profile);
                        m_settings.addRecentLedger(path);
                    },
                    [&](const QString& why) { m_welcome->showCreateError(why); });
            });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openLedgerFile);
    connect(m_welcome, &WelcomePage::sharedRequested, this, &MainWindow::askForSharedLedger);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openLedger);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoLedger);

    connect(m_dashboard, &DashboardPage::agingBucketClicked, this, &MainWindow::showAgingBucket);
    connect(m_dashboard, &DashboardPage::customerActivated, this, &MainWindow::showCustomer);
    connect(m_customers, &CustomersPage::newInvoiceRequested, this,
            [this](const QString& code) { newInvoice(code); });
    connect(m_customers, &CustomersPage::recordPaymentRequested, this,
            [this](const QString& code) { recordPayment(code); });
    connect(m_customers, &CustomersPage::newCustomerRequested, this, &MainWindow::newCustomer);
    connect(m_customers, &CustomersPage::invoiceActivated, this, &MainWindow::showInvoice);
    connect(m_invoices, &InvoicesPage::recordPaymentRequested, this,
            [this](const QString& code, const QString& number) { recordPayment(code, number); });
    connect(m_invoices, &InvoicesPage::invoiceIssued, this, [this](const QString& number) {
        statusBar()->showMessage(tr("Invoice %1 issued.").arg(number));
    });
    connect(m_payments, &PaymentsPage::recordPaymentRequested, this,
            [this](const QString& code) { recordPayment(code); });
    connect(m_invoices, &InvoicesPage::newInvoiceRequested, this, [this] { newInvoice(); });
}

void MainWindow::updateForLedger()
{
    const bool open = m_session.isOpen();
    setWindowTitle(open ? tr("%1 — Settle").arg(m_session.displayName()) : tr("Settle"));
    m_ui->navigation->setEnabled(open);
    m_searchField->setEnabled(open);
    for (QAction* action :
         {m_ui->actionImport, m_ui->actionImportBank, m_ui->actionCloseLedger, m_ui->actionFind, m_ui->actionNewCustomer,
          m_ui->actionNewInvoice, m_ui->actionRecordPayment, m_ui->actionRunFollowups})
        action->setEnabled(open);
    m_ui->menuGo->setEnabled(open);
    m_shareAction->setEnabled(open && !Database::isPostgresUrl(m_session.location()));
    updateBankCount();
    if (open) {
        showPage(Page::Dashboard);
    } else {
        m_welcome->refresh();
        m_ui->pages->setCurrentWidget(m_welcome);
        m_ui->navigation->clearSelection();
    }
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = m_settings.recentLedgers();
    for (const QString& location : recent) {
        QAction* action =
            m_ui->menuRecent->addAction(QFileInfo(location).fileName() + QStringLiteral("  —  ") + location);
        connect(action, &QAction::triggered, this, [this, location] { openLedger(location); });
    }
    if (!recent.isEmpty()) {
        m_ui->menuRecent->addSeparator();
        connect(m_ui->menuRecent->addAction(tr("Clear the List")), &QAction::triggered, &m_settings,
                &AppSettings::clearRecentLedgers);
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
    m_welcome->refresh();
}

void MainWindow::showPage(Page page)
{
    if (!m_session.isOpen())
        return;
    m_ui->navigation->setCurrentRow(int(page));
    if (m_ui->navigation->currentRow() != int(page))
        return; // the page being left kept the window (unsaved settings)
    m_ui->pages->setCurrentWidget(m_pages.value(int(page)));
}

MainWindow::Page MainWindow::currentPage() const
{
    const int index = m_pages.indexOf(m_ui->pages->currentWidget());
    return index < 0 ? Page::Count : Page(index);
}

bool MainWindow::isWelcomeShown() const
{
    return m_ui->pages->currentWidget() == m_welcome;
}

bool MainWindow::openLedger(const QString& location)
{
    return Guarded::orSay(this, tr("Cannot open the ledger"), [&] {
        m_session.open(location);
        m_settings.addRecentLedger(location);
    });
}

void MainWindow::openLedgerFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Ledger"), m_settings.lastFolder(),
                                                      tr("Settle ledgers (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    openLedger(path);
}

void MainWindow::shareLedger()
{
    if (!m_session.isOpen() || Database::isPostgresUrl(m_session.location()))
        return;
    auto* dialog = new ShareLedgerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShareLedgerDialog::openRequested, this, &MainWindow::openSharedLedger);
    dialog->open();
}

void MainWindow::askForSharedLedger()
{
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, tr("Open a Shared Ledger"),
        tr("Address of the ledger on its PostgreSQL server, postgresql://USER@HOST[:PORT]/DATABASE.\n"
           "The password comes from PGPASSWORD or ~/.pgpass."),
        QLineEdit::Normal, QStringLiteral("postgresql://"), &ok);
    if (ok)
        openSharedLedger(address.trimmed());
}

bool MainWindow::openSharedLedger(const QString& address)
{
    if (!Database::isPostgresUrl(address)) {
        MessageBox::error(this, tr("Cannot open the ledger"),
                          tr("\"%1\" is not the address of a shared ledger; it starts with postgresql://, "
                             "for example postgresql://anna@ledger.example.com/books.")
                              .arg(address));
        return false;
    }
    return openLedger(address);
}

void MainWindow::newLedger()
{
    m_session.close();
    m_ui->pages->setCurrentWidget(m_welcome);
    m_welcome->focusCreate();
}

void MainWindow::openDemoLedger()
{
    const QString path = QFileInfo(Database::defaultLocation()).absolutePath() + QStringLiteral("/demo.db");
    Guarded::orSay(this, tr("Cannot open the demo ledger"), [&] {
        m_session.openDemo(path);
        m_settings.addRecentLedger(path);
    });
}

InvoiceEditorDialog* MainWindow::newInvoice(const QString& customerCode)
{
    if (!m_session.isOpen())
        return nullptr;
    auto* dialog = new InvoiceEditorDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvoiceEditorDialog::invoiceIssued, this, [this](const QString& number) {
        statusBar()->showMessage(tr("Invoice %1 issued.").arg(number));
    });
    if (!customerCode.isEmpty())
        dialog->setCustomer(customerCode);
    dialog->open();
    return dialog;
}

PaymentDialog* MainWindow::recordPayment(const QString& customerCode, const QString& invoiceNumber)
{
    if (!m_session.isOpen())
        return nullptr;
    auto* dialog = new PaymentDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!customerCode.isEmpty())
        dialog->setCustomer(customerCode);
    if (!invoiceNumber.isEmpty())
        dialog->setInvoice(invoiceNumber);
    dialog->open();
    return dialog;
}

ImportWizard* MainWindow::importCsv()
{
    if (!m_session.isOpen())
        return nullptr;
    auto* wizard = new ImportWizard(m_session, m_settings, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

ImportWizard* MainWindow::importBankCsv(const QString& path)
{
    ImportWizard* wizard = importCsv();
    if (wizard) {
        wizard->setBankStatementCsv();
        wizard->setFile(path);
    }
    return wizard;
}

void MainWindow::importBankStatement(const QString& path)
{
    if (!m_session.isOpen())
        return;
    showPage(Page::Bank);
    if (currentPage() == Page::Bank)
        m_bank->importFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // One local file, while a ledger is open: a bank statement to import.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_session.isOpen() && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_session.isOpen() || urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    importBankStatement(urls.first().toLocalFile());
}

void MainWindow::newCustomer()
{
    if (!m_session.isOpen())
        return;
    auto* dialog = new CustomerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::customerSaved, this, &MainWindow::showCustomer);
    dialog->open();
}

void MainWindow::runFollowups()
{
    if (!m_session.isOpen())
        return;
    FollowupRunResult result;
    try {
        // The follow-up engine: raises today's stages, queues the emails, letters and tasks.
        result = FollowupRunner(m_session.ledger()).run(m_session.today());
        if (result.pendingApproval > 0)
            showPage(Page::Followups);
    } catch (const std::exception& error) {
        m_followups->explainFailure(error);
        return;
    }
    m_monitor->clearNotice();
    m_monitor->refreshCount();
    const int raised = int(result.raised.actions.size());
    MessageBox::information(
        this, tr("Follow-ups"),
        raised == 0 ? tr("Nothing is due for a follow-up today.")
                    : tr("%n follow-up(s) raised", nullptr, raised) +
                          (result.pendingApproval > 0
                               ? tr("; %n wait for your approval.", nullptr, result.pendingApproval)
                               : tr(".")));
}

QString MainWindow::navigationText(Page page) const
{
    const QListWidgetItem* item = m_ui->navigation->item(int(page));
    return item ? item->text() : QString();
}

void MainWindow::updateFollowupCount(int count)
{
    QListWidgetItem* item = m_ui->navigation->item(int(Page::Followups));
    if (!item)
        return;
    item->setText(count > 0 ? tr("Follow-ups (%1)").arg(QLocale().toString(count)) : tr("Follow-ups"));
    item->setToolTip(count > 0 ? FollowupMonitor::readyText(count) : QString());
}

void MainWindow::updateBankCount()
{
    QListWidgetItem* item = m_ui->navigation->item(int(Page::Bank));
    if (!item)
        return;
    // Suggested and not matched: the entries a person still has to look at.
    qint64 waiting = 0;
    if (m_session.isOpen())
        Guarded::run([&] { waiting = BankBook(m_session.ledger()).unmatchedCount(); },
                     [](const QString&) {}); // the Bank page says why it cannot read them
    item->setText(waiting > 0 ? tr("Bank (%1)").arg(QLocale().toString(waiting)) : tr("Bank"));
    item->setToolTip(waiting > 0 ? tr("%n bank entry(ies) wait for you to accept or assign them", nullptr, int(waiting))
                                 : QString());
}

void MainWindow::notifyFollowups(int count, const QString& text)
{
    Q_UNUSED(count)
    m_lastNotification = text;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(QStringLiteral("Settle"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showPage(Page::Followups);
                raise();
                activateWindow();
            });
            m_tray->show();
        }
        m_tray->showMessage(tr("Settle"), text, QSystemTrayIcon::Information);
    } else {
        statusBar()->showMessage(text);
    }
}

void MainWindow::showInvoice(const QString& number)
{
    showPage(Page::Invoices);
    m_invoices->showInvoice(number);
}

void MainWindow::showCustomer(const QString& code)
{
    showPage(Page::Customers);
    m_customers->showCustomer(code);
}

void MainWindow::showAgingBucket(int bucket)
{
    showPage(Page::Invoices);
    m_invoices->showAgingBucket(bucket);
}

AboutDialog* MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session.isOpen() && !m_settingsPage->mayLeave()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_customers->saveLayout();
    m_invoices->saveLayout();
    m_payments->saveLayout();
    m_bank->saveLayout();
    m_followups->saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace settle
