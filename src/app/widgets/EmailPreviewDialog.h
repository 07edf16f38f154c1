#pragma once

#include "domain/OutboxMessage.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace settle {

// An email as it will be queued — recipients, subject, text and attachments — for the bookkeeper to
// read before it goes to the outbox: Queue accepts, Cancel queues nothing.
class EmailPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EmailPreviewDialog(const OutboxMessage& message, QWidget* parent = nullptr);
    ~EmailPreviewDialog() override;

    const OutboxMessage& message() const { return m_message; }
    QString recipientsText() const;
    QString subjectText() const;
    QString bodyText() const;
    QPushButton* queueButton() const { return m_queue; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    OutboxMessage m_message;
    QLabel* m_recipients;
    QLabel* m_subject;
    QLabel* m_attachments;
    QPlainTextEdit* m_body;
    QPushButton* m_queue = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace settle
