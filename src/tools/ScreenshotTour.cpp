#include "ScreenshotTour.h"

#include "bank/BankAssignDialog.h"
#include "bank/BankPage.h"
#include "customers/CustomerDetailPage.h"
#include "customers/CustomersPage.h"
#include "followups/FollowupDeskPanel.h"
#include "followups/FollowupMonitor.h"
#include "followups/FollowupsPage.h"
#include "import/ImportWizard.h"
#include "invoices/InvoiceEditorDialog.h"
#include "invoices/InvoiceEditorPresenter.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoiceViewerDialog.h"
#include "invoices/InvoicesPage.h"
#include "invoices/PaymentPlanDialog.h"
#include "invoices/RepeatInvoiceDialog.h"
#include "outbox/OutboxPage.h"
#include "payments/PaymentDialog.h"
#include "reports/ReportsPage.h"
#include "settings/SettingsPage.h"
#include "settings/SmtpTestPanel.h"
#include "shell/AppSettings.h"
#include "shell/LedgerSession.h"
#include "shell/MainWindow.h"
#include "statements/StatementsPage.h"
#include "templates/TemplatesPage.h"
#include "widgets/EmailPreviewDialog.h"

#include "bank/BankBook.h"
#include "dates/Clock.h"
#include "followup/FollowupDesk.h"
#include "followup/FollowupRunner.h"
#include "ledger/Ledger.h"
#include "mail/Outbox.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpSettings.h"
#include "recurring/RecurringInvoices.h"
#include "money/LocaleAmount.h"
#include "ledger/SettingKeys.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QWidget>

#include <cstdio>

namespace settle {

namespace {

void settle(int milliseconds = 150)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

bool save(QWidget* widget, const QString& folder, const QString& name)
{
    settle();
    // The dashboard, the customers' table and the outbox load on worker threads (LedgerWorker): a
    // picture taken before they are in shows a half-drawn page, the more so on a busy machine.
    QElapsedTimer timer;
    timer.start();
    while (QThreadPool::globalInstance()->activeThreadCount() > 0 && timer.elapsed() < 20000)
        settle(50);
    settle(300);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "settle: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// The customer with the most open invoices (fallback when none has any).
QString mostOpenItems(Ledger& ledger, const QString& fallback)
{
    QString code = fallback;
    qsizetype most = -1;
    for (const auto& customer : ledger.customers()) {
        const auto items = ledger.openItems(customer.code, customer.currency);
        if (items.size() > most) {
            most = items.size();
            code = customer.code;
        }
    }
    return code;
}

QString oldestOpenInvoice(Ledger& ledger, const QString& customerCode)
{
    const auto customer = ledger.customer(customerCode);
    if (!customer)
        return {};
    QString number;
    QDate due;
    for (const auto& item : ledger.openItems(customerCode, customer->currency))
        if (number.isEmpty() || item.effectiveDueDate < due) {
            number = item.number;
            due = item.effectiveDueDate;
        }
    return number;
}

// Yesterday's bank statement (camt.053) for the demo ledger, with what customers really write: an
// invoice named with the exact amount (matched and recorded by itself), a part payment of a named
// invoice, a payer known by name paying one open invoice without naming it (suggested), a payer
// Settle cannot place (not matched) and the rent going out.
QString writeBankStatement(Ledger& ledger, const QString& folder, QDate booked)
{
    const QString currency = ledger.companyCurrency();
    const auto oldest = [&](const QString& code) {
        OpenItem found;
        for (const OpenItem& item : ledger.openItems(code, currency))
            if (found.number.isEmpty() || item.effectiveDueDate < found.effectiveDueDate)
                found = item;
        return found;
    };
    struct Line
    {
        qint64 cents;
        QString party, iban, text;
    };
    QList<Line> lines;
    if (const OpenItem item = oldest(QStringLiteral("C001")); !item.number.isEmpty())
        lines << Line{item.balance, QStringLiteral("ACME BAKERY LTD"), QStringLiteral("GB33BUKB20201555555555"),
                      QStringLiteral("RE %1").arg(item.number)};
    if (const OpenItem item = oldest(QStringLiteral("C003")); !item.number.isEmpty())
        lines << Line{item.balance / 2 / 100 * 100, QStringLiteral("Cafe Mueller GmbH"),
                      QStringLiteral("DE44500105175407324931"),
                      QStringLiteral("Rechnung Nr. %1 Teilzahlung").arg(item.number.section(u'-', -1))};
    if (const OpenItem item = oldest(QStringLiteral("C005")); !item.number.isEmpty())
        lines << Line{item.balance, QStringLiteral("Evergreen Dental"), QStringLiteral("US64SVBKUS6S3300958879"),
                      QStringLiteral("Thank you")};
    lines << Line{125000, QStringLiteral("Harbour Trading Co"), QStringLiteral("GB94BARC10201530093459"),
                  QStringLiteral("Payment as agreed")};
    lines << Line{-180000, QStringLiteral("Springfield Properties"), QStringLiteral("DE02120300000000202051"),
                  QStringLiteral("Office rent")};
    QString entries;
    int n = 0;
    for (const Line& line : std::as_const(lines)) {
        const qint64 cents = line.cents < 0 ? -line.cents : line.cents;
        const bool credit = line.cents > 0;
        const QString party = credit ? QStringLiteral("Dbtr") : QStringLiteral("Cdtr");
        entries += QStringLiteral("<Ntry><Amt Ccy=\"%1\">%2.%3</Amt><CdtDbtInd>%4</CdtDbtInd><Sts>BOOK</Sts>"
                                  "<BookgDt><Dt>%5</Dt></BookgDt><ValDt><Dt>%5</Dt></ValDt>"
                                  "<AcctSvcrRef>TOUR-%6</AcctSvcrRef><NtryDtls><TxDtls>"
                                  "<RltdPties><%7><Nm>%8</Nm></%7><%7Acct><Id><IBAN>%9</IBAN></Id></%7Acct></RltdPties>"
                                  "<RmtInf><Ustrd>%10</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n")
                       .arg(currency)
                       .arg(cents / 100)
                       .arg(cents % 100, 2, 10, QLatin1Char('0'))
                       .arg(credit ? QStringLiteral("CRDT") : QStringLiteral("DBIT"), booked.toString(Qt::ISODate))
                       .arg(++n)
                       .arg(party, line.party.toHtmlEscaped(), line.iban, line.text.toHtmlEscaped());
    }
    const QString path = QDir(folder).filePath(QStringLiteral("statement.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                              "<GrpHdr><MsgId>TOUR</MsgId><CreDtTm>%1T18:00:00</CreDtTm></GrpHdr><Stmt><Id>TOUR-1</Id>"
                              "<CreDtTm>%1T18:00:00</CreDtTm><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>\n"
                              "%2</Stmt></BkToCstmrStmt></Document>\n")
                   .arg(booked.toString(Qt::ISODate), entries)
                   .toUtf8());
    return path;
}

} // namespace

int ScreenshotTour::run(const QString& folder, const Clock& clock)
{
    QDir().mkpath(folder);
    // SETTLE_SCREENSHOT_PALETTE=dark shows the app as on a desktop with a dark palette (a check that
    // nothing is drawn in fixed colours that vanish on it).
    if (qEnvironmentVariable("SETTLE_SCREENSHOT_PALETTE") == u"dark") {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        // Qt's default link blue is unreadable on near-black.
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        dark.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
        // setColor above sets every group: without these a disabled button looks enabled.
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::Base, QColor(0x26, 0x26, 0x26));
        QApplication::setPalette(dark);
    }
    QTemporaryDir work;
    AppSettings settings(work.filePath(QStringLiteral("settings.ini")));
    // The engine runs once below, a week back, so that the pictures do not depend on the timer.
    settings.setFollowupTimerEnabled(false);
    LedgerSession session(clock);
    MainWindow window(session, settings);
    // A common laptop screen: what fits here fits most desks.
    window.resize(1366, 768);
    window.show();
    session.openDemo(work.filePath(QStringLiteral("demo.db")));
    // A ledger in use: the company has a logo and an email server, so the dashboard shows its figures
    // rather than the first-steps list.
    const QString logo = work.filePath(QStringLiteral("logo.png"));
    QImage(QStringLiteral(":/icons/settle.png")).save(logo);
    session.ledger().setSettings(
        {{SettingKeys::CompanyLogo, logo},
         {SettingKeys::CompanyPaymentMethods, QStringLiteral("Bank transfer, Card, Online")},
         {SettingKeys::SmtpHost, QStringLiteral("smtp.northwind.example")},
         {SettingKeys::SmtpFrom, QStringLiteral("accounts@northwind.example")}});
    // A week ago the follow-up engine ran, as the app does on its own: reminders show in the tables.
    FollowupRunner(session.ledger()).run(clock.today().addDays(-7));
    // The app's timer would recount what waits after its run; this run is not the timer's.
    window.followupMonitor()->refreshCount();
    bool ok = save(&window, folder, QStringLiteral("dashboard"));

    window.showPage(MainWindow::Page::Customers);
    ok = save(&window, folder, QStringLiteral("customers")) && ok;
    const QString firstCode = session.ledger().customers().value(0).code;
    window.showCustomer(firstCode);
    ok = save(&window, folder, QStringLiteral("customer-detail")) && ok;
    window.customersPage()->showList();

    // The customer with the most open invoices shows the allocation best (payment dialog, statement,
    // template preview); the invoices page shows the oldest one it owes beside the table.
    const QString payer = mostOpenItems(session.ledger(), firstCode);
    window.showPage(MainWindow::Page::Invoices);
    const QString shownInvoice = oldestOpenInvoice(session.ledger(), payer);
    if (auto* table = window.invoicesPage()->findChild<QTableView*>(QStringLiteral("table"))) {
        const QModelIndexList found = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole,
                                                            shownInvoice, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            table->selectRow(found.first().row());
    }
    ok = save(&window, folder, QStringLiteral("invoices")) && ok;

    InvoiceEditorDialog* editor = window.newInvoice(firstCode);
    auto* lines = editor->presenter()->lines();
    lines->setData(lines->index(0, InvoiceLinesModel::Description), QObject::tr("Logo design, three drafts"));
    lines->setData(lines->index(0, InvoiceLinesModel::Quantity), QLocale().toString(3));
    lines->setData(lines->index(0, InvoiceLinesModel::UnitPrice),
                   LocaleAmount::format(45000, QStringLiteral("USD"), QLocale()));
    lines->setData(lines->index(0, InvoiceLinesModel::TaxRate), QLocale().toString(19));
    lines->addLine();
    lines->setData(lines->index(1, InvoiceLinesModel::Description), QObject::tr("Brand guidelines (hours)"));
    lines->setData(lines->index(1, InvoiceLinesModel::Quantity),
                   LocaleAmount::formatScaled(65000, InvoiceLine::QuantityDecimals, QLocale()));
    lines->setData(lines->index(1, InvoiceLinesModel::UnitPrice),
                   LocaleAmount::format(8500, QStringLiteral("USD"), QLocale()));
    lines->setData(lines->index(1, InvoiceLinesModel::TaxRate), QLocale().toString(19));
    editor->resize(860, 520);
    ok = save(editor, folder, QStringLiteral("invoice-editor")) && ok;
    editor->reject();

    // The invoice shown beside the table as its customer gets it, the email that sends it, and the
    // dialog that makes it repeat.
    if (!shownInvoice.isEmpty()) {
        auto* viewer = new InvoiceViewerDialog(session, shownInvoice, window.invoicesPage());
        viewer->resize(820, 720);
        viewer->show();
        ok = save(viewer, folder, QStringLiteral("invoice-viewer")) && ok;
        if (EmailPreviewDialog* preview = viewer->email()) {
            preview->resize(640, 560);
            ok = save(preview, folder, QStringLiteral("invoice-email")) && ok;
            preview->reject();
        }
        RepeatInvoiceDialog* repeat = viewer->repeat();
        repeat->setEvery(RecurringSchedule::Every::Month);
        repeat->setSend(true);
        ok = save(repeat, folder, QStringLiteral("invoice-repeat")) && ok;
        repeat->reject();
        delete viewer;
        // The same invoice in three monthly installments from a month ahead, the schedule editable.
        auto* plan = new PaymentPlanDialog(session, shownInvoice, window.invoicesPage());
        plan->resize(560, 580);
        plan->show();
        ok = save(plan, folder, QStringLiteral("payment-plan")) && ok;
        delete plan;
    }

    PaymentDialog* payment = window.recordPayment(payer);
    qint64 owed = 0;
    for (const auto& item : session.ledger().openItems(payer, session.ledger().customer(payer)->currency))
        owed += item.balance;
    // About 60 % of what is owed, in whole units: a partial payment that leaves invoices open.
    const QString payerCurrency = session.ledger().customer(payer)->currency;
    payment->amountField()->setText(
        LocaleAmount::format(owed * 6 / 10 / 100 * 100, payerCurrency, QLocale()));
    payment->resize(760, 520);
    ok = save(payment, folder, QStringLiteral("payment-dialog")) && ok;
    payment->reject();

    // An import with a mistake in it, to show problems beside their rows.
    const QString csv = work.filePath(QStringLiteral("new-customers.csv"));
    QFile file(csv);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("code,name,email,terms\n"
                   "C900,Harbour Bakery,orders@harbourbakery.example,Net 14\n"
                   "C901,Lindqvist Architects,accounts@lindqvist,Net 30\n"
                   "C902,Oakridge Dental,billing@oakridge.example,Net 45\n"
                   "C903,Meadow Florists,hello@meadow.example,Net 30\n");
        file.close();
    }
    ImportWizard* wizard = window.importCsv();
    wizard->setKind(Ledger::ImportKind::Customers);
    wizard->setFile(csv);
    wizard->next();
    wizard->next();
    wizard->resize(980, 560);
    ok = save(wizard, folder, QStringLiteral("import-wizard")) && ok;
    wizard->reject();

    // Settings: the company profile with its logo, then the reminder policy's stages.
    window.settingsPage()->load();
    window.showPage(MainWindow::Page::Settings);
    window.settingsPage()->showTab(QStringLiteral("companyTab"));
    ok = save(&window, folder, QStringLiteral("settings")) && ok;
    window.settingsPage()->showTab(QStringLiteral("followupsTab"));
    ok = save(&window, folder, QStringLiteral("settings-policy")) && ok;
    window.settingsPage()->showTab(QStringLiteral("termsTab"));
    ok = save(&window, folder, QStringLiteral("settings-terms")) && ok;
    // The SMTP settings with "Send test email" (nothing is sent here: no server answers in the tour).
    window.settingsPage()->showTab(QStringLiteral("emailTab"));
    window.smtpTestPanel()->button()->setFocus();
    ok = save(&window, folder, QStringLiteral("settings-email")) && ok;
    window.settingsPage()->showTab(QStringLiteral("companyTab"));

    // Templates: the reminder in the editor, in the app's language where the ledger has it, previewed
    // for the customer with the most open invoices among those who read that language.
    window.showPage(MainWindow::Page::Templates);
    TemplatesPage* templates = window.templatesPage();
    templates->reload();
    QString language = QLocale().name().section(u'_', 0, 0);
    if (!templates->showTemplate(QStringLiteral("reminder"), language)) {
        language = QStringLiteral("en");
        templates->showTemplate(QStringLiteral("reminder"), language);
    }
    QString reader = payer;
    qsizetype readerItems = -1;
    for (const auto& customer : session.ledger().customers()) {
        const auto items = session.ledger().openItems(customer.code, customer.currency);
        if (customer.language == language && items.size() > readerItems) {
            readerItems = items.size();
            reader = customer.code;
        }
    }
    templates->setPreviewCustomer(reader);
    ok = save(&window, folder, QStringLiteral("templates")) && ok;

    // A statement of account previewed inside the app.
    window.showPage(MainWindow::Page::Statements);
    StatementsPage* statements = window.statementsPage();
    statements->setCustomer(payer);
    statements->setPeriod(QDate(clock.today().year(), 1, 1), clock.today());
    statements->preview();
    ok = save(&window, folder, QStringLiteral("statement-preview")) && ok;

    // The outbox with the reminders the engine queued a week ago; one dismissed, the first selected.
    window.showPage(MainWindow::Page::Outbox);
    OutboxPage* outbox = window.outboxPage();
    const auto queued = Outbox(session.ledger()).list();
    if (queued.size() > 2)
        Outbox(session.ledger()).dismiss(queued.last().id);
    // scripts/screenshots starts a local SMTP server (tests/support/smtp_test_server.py): the first
    // three go through it, so that the picture shows sent messages with the server's answer.
    const int smtpPort = qEnvironmentVariableIntValue("SETTLE_SCREENSHOT_SMTP_PORT");
    if (smtpPort > 0 && queued.size() > 4) {
        session.ledger().setSettings({{SettingKeys::SmtpHost, QStringLiteral("127.0.0.1")},
                                      {SettingKeys::SmtpPort, QString::number(smtpPort)},
                                      {SettingKeys::SmtpSecurity, QStringLiteral("none")}});
        OutboxSender::Options options;
        options.onlyIds = {queued[0].id, queued[1].id, queued[2].id};
        OutboxSender(session.ledger(), SmtpSettings::fromLedger(session.ledger()), QString(), options).run();
        session.ledger().setSettings({{SettingKeys::SmtpHost, QStringLiteral("smtp.northwind.example")},
                                      {SettingKeys::SmtpPort, QString()},
                                      {SettingKeys::SmtpSecurity, QStringLiteral("starttls")}});
    }
    outbox->refresh();
    if (!queued.isEmpty())
        outbox->selectMessage(queued.first().id);
    ok = save(&window, folder, QStringLiteral("outbox")) && ok;

    // Reports: the aging report with the invoices behind the largest overdue amount.
    window.showPage(MainWindow::Page::Reports);
    ReportsPage* reports = window.reportsPage();
    reports->setAsOf(clock.today());
    QString drillCustomer, drillCurrency;
    int drillBucket = AgingReport::Days1To30;
    qint64 largest = 0;
    for (const auto& section : reports->report().currencies())
        for (const auto& row : section.customers)
            for (int b = AgingReport::Days1To30; b < AgingReport::BucketCount; ++b)
                if (row.buckets[b] > largest) {
                    largest = row.buckets[b];
                    drillCustomer = row.customer;
                    drillCurrency = section.currency;
                    drillBucket = b;
                }
    if (!drillCustomer.isEmpty())
        reports->drillDown(drillCustomer, drillCurrency, AgingReport::Bucket(drillBucket));
    ok = save(&window, folder, QStringLiteral("reports")) && ok;

    // The follow-up desk: this morning's run beside last week's, grouped by customer, the first email
    // ready to read (and edit), two ticked for "Send selected".
    FollowupRunner(session.ledger()).run(clock.today());
    window.followupMonitor()->refreshCount();
    window.showPage(MainWindow::Page::Followups);
    window.followupsPage()->showTab(0);
    FollowupDeskPanel* desk = window.followupsPage()->desk();
    desk->reload();
    int ticked = 0;
    bool selected = false;
    for (const qint64 id : desk->shownIds()) {
        const auto emails = FollowupDesk(session.ledger()).emailsOf(id);
        if (emails.isEmpty() || emails.last().state != OutboxMessage::State::Queued)
            continue;
        if (!selected)
            selected = desk->selectFollowup(id);
        if (ticked < 2) {
            desk->setChecked(id, true);
            ++ticked;
        }
    }
    ok = save(&window, folder, QStringLiteral("followup-desk")) && ok;

    // Last, because it issues invoices that the pictures above would show: a monthly retainer made
    // from one of the first customer's invoices two months back, run up to today, on the customer's
    // page beside a quarterly one that was stopped.
    QString retainer;
    QDate issued;
    for (const auto& item : session.ledger().openItems(firstCode, session.ledger().customer(firstCode)->currency))
        if (retainer.isEmpty() || item.issueDate < issued) {
            retainer = item.number;
            issued = item.issueDate;
        }
    if (!retainer.isEmpty()) {
        RecurringInvoices recurring(session.ledger());
        recurring.add(retainer, RecurringSchedule::Every::Month, issued.addMonths(1), {}, true);
        const qint64 quarterly = recurring.add(retainer, RecurringSchedule::Every::Quarter, issued.addMonths(3));
        recurring.run(clock.today());
        recurring.stop(quarterly);
        window.showCustomer(firstCode);
        window.customersPage()->detailPage()->showSchedules();
        ok = save(&window, folder, QStringLiteral("customer-schedules")) && ok;
    }

    // The Bank page after yesterday's statement: what Settle matched by itself, and the suggestion
    // waiting for Enter; then the Assign dialog for a payer it could not place.
    const QString statement = writeBankStatement(session.ledger(), work.path(), clock.today().addDays(-1));
    if (!statement.isEmpty()) {
        BankBook(session.ledger()).importFile(statement);
        window.showPage(MainWindow::Page::Bank);
        BankPage* bank = window.bankPage();
        bank->showTab(BankPage::SuggestedTab);
        bank->table()->setFocus();
        ok = save(&window, folder, QStringLiteral("bank")) && ok;
        bank->showTab(BankPage::UnmatchedTab);
        if (BankAssignDialog* assign = bank->assignCurrent()) {
            assign->resize(720, 560);
            assign->searchField()->setText(QStringLiteral("Greenleaf"));
            assign->chooseHit(0);
            if (assign->invoiceTable()->rowCount() > 0)
                assign->setTicked(assign->invoiceTable()->item(0, 0)->text(), true);
            ok = save(assign, folder, QStringLiteral("bank-assign")) && ok;
            assign->reject();
        }
        // The follow-up desk says before anything is sent that a payment may be waiting there.
        window.showPage(MainWindow::Page::Followups);
        window.followupsPage()->showTab(0);
        ok = save(&window, folder, QStringLiteral("followup-desk-bank")) && ok;
    }

    window.close();
    return ok ? 0 : 1;
}

} // namespace settle
