#include "widgets/EmailPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace settle {

EmailPreviewDialog::EmailPreviewDialog(const OutboxMessage& message, QWidget* parent)
    : QDialog(parent), m_message(message), m_recipients(new QLabel(this)), m_subject(new QLabel(this)),
      m_attachments(new QLabel(this)), m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("emailPreviewDialog"));
    setWindowTitle(tr("Read the Email Before It Is Queued"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    for (QLabel* label : {m_recipients, m_subject, m_attachments}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // a subject with "<" is not markup
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_recipients->setObjectName(QStringLiteral("emailRecipients"));
    m_subject->setObjectName(QStringLiteral("emailSubject"));
    m_attachments->setObjectName(QStringLiteral("emailAttachments"));
    m_body->setObjectName(QStringLiteral("emailBody"));
    m_recipients->setText(recipientsText());
    m_subject->setText(message.subject);
    QStringList files;
    for (const MailAttachment& attachment : message.attachments)
        files << tr("%1 (%2)").arg(attachment.fileName, QLocale().formattedDataSize(attachment.content.size()));
    m_attachments->setText(files.isEmpty() ? tr("None") : files.join(QStringLiteral(", ")));
    form->addRow(tr("To:"), m_recipients);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Attached:"), m_attachments);
    layout->addLayout(form);
    m_body->setReadOnly(true);
    m_body->setPlainText(message.bodyText);
    m_body->setAccessibleName(tr("Text of the email"));
    layout->addWidget(m_body, 1);
    auto* buttons = new QDialogButtonBox(this);
    m_queue = buttons->addButton(tr("&Queue in the Outbox"), QDialogButtonBox::AcceptRole);
    m_queue->setObjectName(QStringLiteral("emailQueue"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_queue->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 520);
}

EmailPreviewDialog::~EmailPreviewDialog() = default;

QString EmailPreviewDialog::recipientsText() const
{
    QString text = m_message.to;
    if (!m_message.cc.trimmed().isEmpty())
        text += QStringLiteral("\n") + tr("Cc: %1").arg(m_message.cc);
    if (!m_message.bcc.trimmed().isEmpty())
        text += QStringLiteral("\n") + tr("Bcc: %1").arg(m_message.bcc);
    return text;
}

QString EmailPreviewDialog::subjectText() const
{
    return m_subject->text();
}

QString EmailPreviewDialog::bodyText() const
{
    return m_body->toPlainText();
}

} // namespace settle
