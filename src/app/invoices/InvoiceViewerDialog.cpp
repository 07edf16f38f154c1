#include "invoices/InvoiceViewerDialog.h"

#include "invoices/InvoiceEmail.h"
#include "invoices/RepeatInvoiceDialog.h"
#include "shell/LedgerSession.h"
#include "widgets/EmailPreviewDialog.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"
#include "widgets/PdfPrint.h"

#include "documents/CompanyProfile.h"
#include "documents/InvoicePdf.h"
#include "einvoice/EinvoiceExport.h"
#include "ledger/Ledger.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace settle {

InvoiceViewerDialog::InvoiceViewerDialog(LedgerSession& session, const QString& number, QWidget* parent)
    : QDialog(parent), m_session(session), m_number(number), m_document(new QPdfDocument(this)),
      m_view(new QPdfView(this)), m_status(new QLabel(this)), m_format(new QComboBox(this))
{
    setObjectName(QStringLiteral("invoiceViewer"));
    setWindowTitle(tr("Invoice %1").arg(number));
    auto* layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("invoicePdfView"));
    m_view->setAccessibleName(tr("Invoice %1 as a PDF").arg(number));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    layout->addWidget(m_view, 1);
    m_status->setObjectName(QStringLiteral("invoiceViewerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    // Save and Email as the plain PDF or an e-invoice; the customer's preference first.
    auto* formatRow = new QHBoxLayout;
    auto* formatLabel = new QLabel(tr("Save and email &as:"), this);
    formatLabel->setBuddy(m_format);
    m_format->setObjectName(QStringLiteral("invoiceViewerFormat"));
    m_format->addItem(tr("PDF"), QString());
    m_format->addItem(tr("Factur-X / ZUGFeRD (PDF with XML)"), QStringLiteral("factur-x"));
    m_format->addItem(tr("XRechnung, CII (XML)"), QStringLiteral("xrechnung-cii"));
    m_format->addItem(tr("XRechnung, UBL (XML)"), QStringLiteral("xrechnung-ubl"));
    formatRow->addWidget(formatLabel);
    formatRow->addWidget(m_format);
    formatRow->addStretch(1);
    layout->addLayout(formatRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_email = buttons->addButton(tr("&Email…"), QDialogButtonBox::ActionRole);
    m_repeat = buttons->addButton(tr("&Repeat…"), QDialogButtonBox::ActionRole);
    m_print->setShortcut(QKeySequence::Print);
    m_save->setShortcut(QKeySequence::Save);
    m_email->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_print->setToolTip(tr("Print the invoice (%1)").arg(m_print->shortcut().toString(QKeySequence::NativeText)));
    m_save->setToolTip(tr("Save it as a PDF file or the e-invoice chosen (%1)")
                           .arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    m_email->setToolTip(
        tr("Email it to the customer, after reading the email (%1)").arg(m_email->shortcut().toString(QKeySequence::NativeText)));
    m_repeat->setToolTip(tr("Issue a copy of it every month, quarter or year"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &InvoiceViewerDialog::choosePrint);
    connect(m_save, &QPushButton::clicked, this, &InvoiceViewerDialog::chooseSave);
    connect(m_email, &QPushButton::clicked, this, &InvoiceViewerDialog::email);
    connect(m_repeat, &QPushButton::clicked, this, &InvoiceViewerDialog::repeat);
    resize(760, 900);
    const bool shown = load();
    for (QPushButton* button : {m_print, m_save, m_email, m_repeat})
        button->setEnabled(shown);
}

InvoiceViewerDialog::~InvoiceViewerDialog()
{
    m_document->close();
}

bool InvoiceViewerDialog::load()
{
    QByteArray bytes;
    if (!Guarded::run(
            [&] {
                Ledger& ledger = m_session.ledger();
                const auto detail = ledger.invoice(m_number, m_session.today());
                const Customer customer = ledger.requireCustomer(detail.invoice.customerCode);
                bytes = InvoicePdf::render(detail, customer, CompanyProfile::load(ledger));
                m_format->setCurrentIndex(qMax(0, m_format->findData(customer.einvoice)));
            },
            [&](const QString& why) { say(why, true); }))
        return false;
    m_bytes = std::move(bytes);
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() < 1) {
        say(tr("The invoice was made but cannot be shown."), true);
        return false;
    }
    say(tr("%1 as of %2: %n page(s).", nullptr, m_document->pageCount())
            .arg(m_number, LocaleDates::shortDate(m_session.today())),
        false);
    return true;
}

int InvoiceViewerDialog::pageCount() const
{
    return m_document->pageCount();
}

QString InvoiceViewerDialog::statusText() const
{
    return m_status->text();
}

QString InvoiceViewerDialog::format() const
{
    return m_format->currentData().toString();
}

QString InvoiceViewerDialog::suggestedFileName() const
{
    const auto kind = EinvoiceFormat::parse(format());
    return m_number + (kind ? EinvoiceFormat::suffix(*kind) : QStringLiteral(".pdf"));
}

void InvoiceViewerDialog::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? FieldState::problemStyle(this) : QString());
}

QPrintDialog* InvoiceViewerDialog::choosePrint()
{
    if (m_bytes.isEmpty())
        return nullptr;
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setDocName(m_number);
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print %1").arg(m_number));
    connect(dialog, &QDialog::accepted, this, [this] { printTo(*m_printer); });
    dialog->open();
    return dialog;
}

bool InvoiceViewerDialog::printTo(QPrinter& printer)
{
    printer.setDocName(m_number);
    const QString problem = PdfPrint::print(printer, m_bytes, *m_document);
    if (!problem.isEmpty()) {
        say(problem, true);
        return false;
    }
    say(tr("Printed %1.").arg(m_number), false);
    return true;
}

QFileDialog* InvoiceViewerDialog::chooseSave()
{
    if (m_bytes.isEmpty())
        return nullptr;
    const bool xml = suggestedFileName().endsWith(QStringLiteral(".xml"));
    auto* dialog = new QFileDialog(this, tr("Save %1 as %2").arg(m_number, m_format->currentText()),
                                   suggestedFileName(), xml ? tr("XML (*.xml)") : tr("PDF (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(xml ? QStringLiteral("xml") : QStringLiteral("pdf"));
    dialog->selectFile(suggestedFileName());
    connect(dialog, &QFileDialog::fileSelected, this, &InvoiceViewerDialog::saveTo);
    dialog->open();
    return dialog;
}

bool InvoiceViewerDialog::saveTo(const QString& path)
{
    if (m_bytes.isEmpty())
        return false;
    QByteArray bytes = m_bytes;
    if (const auto kind = EinvoiceFormat::parse(format())) {
        // A field the e-invoice needs and the ledger lacks is said, naming where to fill it; nothing
        // is written.
        if (!Guarded::run([&] { bytes = EinvoiceExport(m_session.ledger()).make(m_number, *kind, m_session.today()).content; },
                          [&](const QString& why) { say(tr("%1 cannot be saved as %2: %3").arg(m_number, m_format->currentText(), why), true); }))
            return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        say(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    say(tr("Saved %1 to %2.").arg(m_number, QDir::toNativeSeparators(path)), false);
    return true;
}

EmailPreviewDialog* InvoiceViewerDialog::email()
{
    return InvoiceEmail::preview(
        m_session, m_number, this, [this](const QString& text, bool problem) { say(text, problem); }, format());
}

RepeatInvoiceDialog* InvoiceViewerDialog::repeat()
{
    auto* dialog = new RepeatInvoiceDialog(m_session, m_number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepeatInvoiceDialog::scheduleAdded, this,
            [this] { say(tr("%1 now repeats: the customer's page lists the schedule.").arg(m_number), false); });
    dialog->open();
    return dialog;
}

} // namespace settle
