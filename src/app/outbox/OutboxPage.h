#pragma once

#include "domain/OutboxMessage.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class OutboxPage;
}

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace settle {

class LedgerSession;
class OutboxSendJob;

// The outbox: every message by state with the server's answer, the text as it was sent
// (plain and HTML), Retry for a failed or delivery-unknown message, Dismiss, and Send now. Sending
// is an OutboxSendJob (a worker thread with its own connection, so that a slow server never freezes
// the window); what went wrong is said on the page, and a message that could not go stays in the
// outbox.
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        ToColumn,
        SubjectColumn,
        AttemptsColumn,
        UpdatedColumn,
        AnswerColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OutboxPage(LedgerSession& session, QWidget* parent = nullptr);
    ~OutboxPage() override;

    QTableWidget* messageTable() const { return m_table; }
    QComboBox* stateFilter() const { return m_filter; }
    QPlainTextEdit* textView() const { return m_text; }
    QTextBrowser* htmlView() const { return m_html; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* dismissButton() const { return m_dismiss; }
    // What the page says about the last action (sent, refused, the server's words).
    QString statusText() const;
    bool isSending() const;
    std::optional<qint64> selectedId() const;
    // The row of a message, or -1.
    int rowOf(qint64 id) const;
    // The shown state label, e.g. "Delivery unknown".
    static QString stateText(OutboxMessage::State state);

public Q_SLOTS:
    void refresh();
    void selectMessage(qint64 id);
    // Shows only messages in this state (std::nullopt: every state).
    void setStateFilter(std::optional<OutboxMessage::State> state);
    // Queues the selected failed or delivery-unknown message again.
    bool retrySelected();
    bool dismissSelected();
    // Sends every due message on a worker thread; false when nothing started (a send is running, or the
    // SMTP settings are wrong: the reason is shown).
    bool sendNow();
    // Sends the queued messages of these follow-ups only (automatic sending, followups.auto_send).
    bool sendFollowups(const QList<qint64>& followupIds);

Q_SIGNALS:
    void sendingFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool startSending(const QList<qint64>& followupIds);
    void showSelected();
    void updateButtons();
    void sendFinished();
    void say(const QString& text, bool problem);

    std::unique_ptr<Ui::OutboxPage> m_ui;
    LedgerSession& m_session;
    // The form's widgets, named for the code that uses them.
    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QTextBrowser* m_html = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_dismiss = nullptr;
    QList<OutboxMessage> m_messages;
    OutboxSendJob* m_sending = nullptr;
};

} // namespace settle
