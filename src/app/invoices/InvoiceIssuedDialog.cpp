#include "invoices/InvoiceIssuedDialog.h"
#include "ui_InvoiceIssuedDialog.h"

#include "invoices/InvoiceEmail.h"
#include "invoices/InvoiceViewerDialog.h"
#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QPushButton>

namespace settle {

InvoiceIssuedDialog::InvoiceIssuedDialog(LedgerSession& session, const QString& number, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InvoiceIssuedDialog>()), m_session(session), m_number(number)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("invoiceIssuedDialog"));
    setWindowTitle(tr("Invoice %1 Issued").arg(number));
    m_ui->headline->setText(tr("Issued as %1").arg(number));
    m_send = m_ui->buttons->addButton(tr("&Send It Now"), QDialogButtonBox::AcceptRole);
    m_view = m_ui->buttons->addButton(tr("&View…"), QDialogButtonBox::ActionRole);
    Guarded::run(
        [&] {
            const Invoice invoice = m_session.ledger().invoice(number, m_session.today()).invoice;
            const auto customer = m_session.ledger().customer(invoice.customerCode);
            m_ui->summary->setText(
                tr("%1 for %2, issued %3, due %4.")
                    .arg(LocaleAmount::formatWithCode(invoice.total, invoice.currency, QLocale()),
                         customer ? customer->name : invoice.customerCode, LocaleDates::shortDate(invoice.issueDate),
                         LocaleDates::shortDate(invoice.dueDate)));
        },
        [&](const QString& why) { m_ui->summary->setText(why); });

    m_ui->message->setStyleSheet(FieldState::problemStyle(this));
    m_email = InvoiceEmail::compose(m_session, number, [this](const QString& text, bool) {
        m_ui->message->setText(text);
    });
    if (m_email) {
        m_ui->to->setText(m_email->to);
        m_ui->cc->setText(m_email->cc);
        m_ui->ccLabel->setVisible(!m_email->cc.trimmed().isEmpty());
        m_ui->cc->setVisible(!m_email->cc.trimmed().isEmpty());
        m_ui->subject->setText(m_email->subject);
        QStringList files;
        for (const MailAttachment& attachment : m_email->attachments)
            files << tr("%1 (%2)").arg(attachment.fileName, QLocale().formattedDataSize(attachment.content.size()));
        m_ui->attached->setText(files.isEmpty() ? tr("None") : files.join(QStringLiteral(", ")));
        m_ui->body->setPlainText(m_email->bodyText);
        m_send->setDefault(true);
    } else {
        // Nothing to send: the dialog only says the number and what stands in the way.
        m_ui->emailGroup->hide();
        m_send->hide();
        m_view->setDefault(true);
        adjustSize();
    }
    connect(m_send, &QPushButton::clicked, this, &InvoiceIssuedDialog::sendNow);
    connect(m_view, &QPushButton::clicked, this, &InvoiceIssuedDialog::view);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Queueing decides when the dialog closes.
    disconnect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

InvoiceIssuedDialog::~InvoiceIssuedDialog() = default;

InvoiceIssuedDialog* InvoiceIssuedDialog::offer(LedgerSession& session, const QString& number, QWidget* parent)
{
    auto* dialog = new InvoiceIssuedDialog(session, number, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString InvoiceIssuedDialog::headline() const
{
    return m_ui->headline->text();
}

QString InvoiceIssuedDialog::message() const
{
    return m_ui->message->text();
}

void InvoiceIssuedDialog::sendNow()
{
    if (!m_email)
        return;
    const qint64 id = InvoiceEmail::queue(m_session, *m_email, [this](const QString& text, bool problem) {
        if (problem)
            m_ui->message->setText(text);
    });
    if (id <= 0)
        return;
    m_queued = id;
    Q_EMIT emailQueued(id);
    accept();
}

InvoiceViewerDialog* InvoiceIssuedDialog::view()
{
    // The viewer takes this dialog's place over the window: it prints, saves and emails too.
    auto* viewer = new InvoiceViewerDialog(m_session, m_number, parentWidget());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    reject();
    return viewer;
}

} // namespace settle
