#include "statements/StatementsPage.h"
#include "ui_StatementsPage.h"

#include "shell/LedgerSession.h"
#include "widgets/EmailPreviewDialog.h"
#include "widgets/PdfPrint.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "documents/AccountStatement.h"
#include "documents/CompanyProfile.h"
#include "documents/StatementPdf.h"
#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "mail/Outbox.h"
#include "storage/StatementRepository.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateRenderer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace settle {

StatementsPage::StatementsPage(LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StatementsPage>()), m_session(session),
      m_document(new QPdfDocument(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("statementsPage"));
    m_customer = m_ui->statementCustomer;
    m_periodKind = m_ui->periodKind;
    m_openKind = m_ui->openKind;
    m_from = m_ui->statementFrom;
    m_to = m_ui->statementTo;
    m_previewButton = m_ui->statementPreview;
    m_save = m_ui->statementSave;
    m_print = m_ui->statementPrint;
    m_email = m_ui->statementEmail;
    m_batchButton = m_ui->statementBatch;
    m_cancel = m_ui->statementCancel;
    m_progress = m_ui->statementProgress;
    m_status = m_ui->statementStatus;
    m_view = m_ui->statementView;
    for (QDateEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(LocaleDates::shortFormat());
    m_status->hide();
    m_progress->hide();
    m_cancel->hide();
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    connect(m_customer, &QComboBox::currentIndexChanged, this, &StatementsPage::updateButtons);
    connect(m_periodKind, &QRadioButton::toggled, this, &StatementsPage::updateButtons);
    connect(m_previewButton, &QPushButton::clicked, this, &StatementsPage::preview);
    connect(m_save, &QPushButton::clicked, this, &StatementsPage::chooseSave);
    connect(m_print, &QPushButton::clicked, this, &StatementsPage::choosePrint);
    connect(m_email, &QPushButton::clicked, this, &StatementsPage::email);
    connect(m_batchButton, &QPushButton::clicked, this, &StatementsPage::chooseBatch);
    connect(m_cancel, &QPushButton::clicked, this, &StatementsPage::cancelBatch);
    connect(&m_batch, &QFutureWatcher<BatchOutcome>::finished, this, &StatementsPage::batchDone);
    connect(&m_session, &LedgerSession::opened, this, [this] {
        m_document->close();
        m_bytes.clear();
        m_previewed.clear();
        say({}, false);
        setDefaultPeriod();
        loadCustomers();
        // Customers added or renamed while the window is open appear in the chooser at once.
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Customers | Ledger::Change::Terms |
                                     Ledger::Change::Policies))
                loadCustomers();
        });
    });
    updateButtons();
}

StatementsPage::~StatementsPage()
{
    m_cancelRequested = true;
    m_batch.waitForFinished();
}

void StatementsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_customer->count() == 0)
        loadCustomers();
}

QString StatementsPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void StatementsPage::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? FieldState::problemStyle(this) : QString());
    m_status->setVisible(!text.isEmpty());
}

void StatementsPage::loadCustomers()
{
    if (!m_session.isOpen())
        return;
    const QString keep = m_customer->currentData().toString();
    {
        const QSignalBlocker block(m_customer);
        m_customer->clear();
        m_customer->addItem(tr("All customers with a balance"), QString());
        Guarded::run(
            [&] {
                for (const Customer& customer : m_session.ledger().customers())
                    m_customer->addItem(QStringLiteral("%1 — %2").arg(customer.code, customer.name),
                                        customer.code);
            },
            [&](const QString& why) { say(why, true); });
        m_customer->setCurrentIndex(qMax(0, m_customer->findData(keep)));
    }
    if (!m_to->date().isValid() || m_to->date() == QDate(2000, 1, 1))
        setDefaultPeriod();
    updateButtons();
}

void StatementsPage::setDefaultPeriod()
{
    if (!m_session.isOpen())
        return;
    const QDate today = m_session.today();
    const QDate firstOfThisMonth(today.year(), today.month(), 1);
    m_from->setDate(firstOfThisMonth.addMonths(-1));
    m_to->setDate(firstOfThisMonth.addDays(-1));
}

void StatementsPage::setCustomer(const QString& code)
{
    if (m_customer->count() == 0)
        loadCustomers();
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(code)));
}

void StatementsPage::setPeriod(QDate from, QDate to)
{
    m_periodKind->setChecked(true);
    m_from->setDate(from);
    m_to->setDate(to);
}

void StatementsPage::setOpenItems(QDate asOf)
{
    m_openKind->setChecked(true);
    m_to->setDate(asOf);
}

QDate StatementsPage::from() const
{
    // Open items look at one date; the period's start then only bounds nothing.
    return m_openKind->isChecked() ? m_to->date() : m_from->date();
}

QDate StatementsPage::to() const
{
    return m_to->date();
}

void StatementsPage::updateButtons()
{
    const bool open = m_session.isOpen();
    const bool running = isBatchRunning();
    const bool one = !m_customer->currentData().toString().isEmpty();
    m_from->setEnabled(m_periodKind->isChecked());
    m_previewButton->setEnabled(open && one && !running);
    const bool shown = !m_bytes.isEmpty() && m_previewed == m_customer->currentData().toString();
    m_save->setEnabled(shown);
    m_print->setEnabled(shown);
    m_email->setEnabled(shown);
    m_batchButton->setEnabled(open && !one && !running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running || m_progress->value() > 0);
}

bool StatementsPage::preview()
{
    const QString code = m_customer->currentData().toString();
    if (!m_session.isOpen() || code.isEmpty()) {
        say(tr("Choose a customer to preview a statement."), true);
        return false;
    }
    try {
        AccountStatement::checkPeriod(from(), to());
        Ledger& ledger = m_session.ledger();
        const Customer customer = ledger.requireCustomer(code);
        StatementRepository repository(ledger.database());
        const auto statement = AccountStatement::read(
            repository,
            m_openKind->isChecked() ? AccountStatement::Kind::OpenItems : AccountStatement::Kind::Activity,
            customer, from(), to());
        QByteArray bytes = StatementPdf::render(statement, CompanyProfile::load(ledger));
        m_title = StatementPdf::title(statement);
        m_document->close();
        m_buffer.close();
        m_bytes = std::move(bytes);
        m_buffer.setData(m_bytes);
        m_buffer.open(QIODevice::ReadOnly);
        m_document->load(&m_buffer);
        if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() < 1) {
            say(tr("The statement was made but cannot be shown (%1).").arg(int(m_document->error())), true);
            m_previewed = code;
            updateButtons();
            return false;
        }
        m_previewed = code;
        say(tr("%1 (pages: %2).").arg(m_title).arg(m_document->pageCount()), false);
    } catch (const std::exception& error) {
        m_bytes.clear();
        m_previewed.clear();
        m_document->close();
        say(Guarded::textOf(error), true);
        updateButtons();
        return false;
    }
    updateButtons();
    return true;
}

bool StatementsPage::saveTo(const QString& path)
{
    if (m_bytes.isEmpty()) {
        say(tr("Preview a statement first."), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        say(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    say(tr("Saved %1 to %2.").arg(m_title, QDir::toNativeSeparators(path)), false);
    return true;
}

QString StatementsPage::suggestedFileName() const
{
    // fileName() ends in ".pdf" already.
    return m_previewed.isEmpty() ? QString() : StatementBatch::fileName(m_previewed);
}

void StatementsPage::chooseSave()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the Statement"), suggestedFileName(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool StatementsPage::printTo(QPrinter& printer)
{
    if (m_bytes.isEmpty() || m_document->pageCount() < 1) {
        say(tr("Preview a statement first."), true);
        return false;
    }
    printer.setDocName(m_title);
    const QString problem = PdfPrint::print(printer, m_bytes, *m_document);
    if (!problem.isEmpty()) {
        say(problem, true);
        return false;
    }
    say(tr("Printed %1.").arg(m_title), false);
    return true;
}

void StatementsPage::choosePrint()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Statement"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

EmailPreviewDialog* StatementsPage::email()
{
    if (m_bytes.isEmpty() || m_previewed.isEmpty()) {
        say(tr("Preview a statement first."), true);
        return nullptr;
    }
    OutboxMessage message;
    try {
        Ledger& ledger = m_session.ledger();
        const Customer customer = ledger.requireCustomer(m_previewed);
        if (customer.email.trimmed().isEmpty()) {
            say(tr("%1 has no email address: add one on the customer's page, or print the statement.")
                    .arg(customer.name),
                true);
            return nullptr;
        }
        const QString language = TemplateKeys::languageFor(customer.language);
        const auto rendered = TemplateRenderer(ledger).statement(customer.code, language, to());
        message = Outbox::toCustomer(customer, rendered, QStringLiteral("statement"), language);
        message.attachments << MailAttachment{suggestedFileName(), QStringLiteral("application/pdf"),
                                              m_bytes};
    } catch (const std::exception& error) {
        say(tr("Not queued: %1").arg(Guarded::textOf(error)), true);
        return nullptr;
    }
    auto* dialog = new EmailPreviewDialog(message, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { queueEmail(dialog->message()); });
    connect(dialog, &QDialog::rejected, this, [this] { say(tr("Nothing was queued."), false); });
    dialog->open();
    return dialog;
}

qint64 StatementsPage::queueEmail(const OutboxMessage& message)
{
    if (!m_session.isOpen())
        return 0;
    qint64 id = 0;
    if (!Guarded::run([&] { id = Outbox(m_session.ledger()).queue(message); },
                      [&](const QString& why) { say(tr("Not queued: %1").arg(why), true); }))
        return 0;
    m_lastQueued = id;
    say(tr("The statement email to %1 is queued in the outbox with the PDF attached.").arg(message.to), false);
    Q_EMIT emailQueued(id);
    return id;
}

void StatementsPage::chooseBatch()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Write the Statements Into"));
    if (!folder.isEmpty())
        startBatch(folder);
}

bool StatementsPage::startBatch(const QString& folder)
{
    if (!m_session.isOpen() || isBatchRunning())
        return false;
    StatementBatch::Options options;
    options.location = m_session.location();
    options.from = from();
    options.to = to();
    options.kind =
        m_openKind->isChecked() ? AccountStatement::Kind::OpenItems : AccountStatement::Kind::Activity;
    options.folder = folder;
    m_cancelRequested = false;
    m_progress->setRange(0, 0); // busy until the first statement says how many there are
    m_progress->setValue(0);
    say(tr("Writing statements…"), false);
    m_batch.setFuture(QtConcurrent::run([this, options, clock = &m_session.clock()] {
        BatchOutcome outcome;
        try {
            outcome.result = StatementBatch::run(
                options, *clock,
                [this](int done, int total) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, done, total] {
                            m_progress->setRange(0, total);
                            m_progress->setValue(done);
                            m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
                        },
                        Qt::QueuedConnection);
                },
                &m_cancelRequested);
        } catch (const std::exception& error) {
            outcome.error = Guarded::textOf(error);
        }
        return outcome;
    }));
    updateButtons();
    return true;
}

void StatementsPage::cancelBatch()
{
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    say(tr("Stopping after the statements being written…"), false);
}

void StatementsPage::batchDone()
{
    const BatchOutcome outcome = m_batch.result();
    m_lastBatch = outcome.result;
    m_cancel->setEnabled(true);
    if (!outcome.error.isEmpty())
        say(tr("The statements were not all written: %1").arg(outcome.error), true);
    else if (outcome.result.cancelled)
        say(tr("Cancelled: %1 of %2 statements were written.")
                .arg(outcome.result.files.size())
                .arg(outcome.result.total),
            true);
    else
        say(tr("Statements written: %1.").arg(outcome.result.files.size()), false);
    if (outcome.result.total > 0) {
        m_progress->setRange(0, outcome.result.total);
        m_progress->setValue(int(outcome.result.files.size()));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
    updateButtons();
    Q_EMIT batchFinished();
}

} // namespace settle
