#pragma once

#include "domain/OutboxMessage.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class InvoiceIssuedDialog;
}

class QPushButton;

namespace settle {

class InvoiceViewerDialog;
class LedgerSession;

// What issuing ends with: one dialog that says which number the invoice got and offers to send it at
// once, showing the email as it would be queued (To, Cc, subject, text, the PDF attached). "Send It
// Now" queues exactly that; a customer without an email address is said here and nothing is queued.
class InvoiceIssuedDialog : public QDialog
{
    Q_OBJECT

public:
    InvoiceIssuedDialog(LedgerSession& session, const QString& number, QWidget* parent = nullptr);
    ~InvoiceIssuedDialog() override;

    // Opens one window-modal over `parent`, deleting itself when closed.
    static InvoiceIssuedDialog* offer(LedgerSession& session, const QString& number, QWidget* parent);

    QString number() const { return m_number; }
    QString headline() const;
    QString message() const;
    bool canSend() const { return m_email.has_value(); }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* viewButton() const { return m_view; }
    qint64 queuedId() const { return m_queued; }

public Q_SLOTS:
    void sendNow();
    InvoiceViewerDialog* view();

Q_SIGNALS:
    void emailQueued(qint64 outboxId);

private:
    std::unique_ptr<Ui::InvoiceIssuedDialog> m_ui;
    LedgerSession& m_session;
    QString m_number;
    std::optional<OutboxMessage> m_email;
    QPushButton* m_send = nullptr;
    QPushButton* m_view = nullptr;
    qint64 m_queued = 0;
};

} // namespace settle
