#pragma once

#include "widgets/EmailHtmlView.h"

#include "domain/FollowupRecord.h"
#include "domain/FollowupTask.h"
#include "domain/OutboxMessage.h"

#include <QModelIndex>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace settle {

class FollowupDeskModel;
class InvoiceHistoryDialog;
class LedgerSession;
class OutboxSendJob;
class PaymentPlanDialog;

// Today's follow-up queue (the desk): what waits for the bookkeeper, grouped by customer, with
// the email as it will go (editable for this one message), the task to do and its outcome, and
// Approve, Dismiss, Snooze, Send selected and Send all. The queue is a FollowupDeskModel; sending is an
// OutboxSendJob (a worker thread with its own connection, so the window stays responsive); the
// server's words are shown here and a message that could not go stays in the outbox.
class FollowupDeskPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FollowupDeskPanel(LedgerSession& session, QWidget* parent = nullptr);
    ~FollowupDeskPanel() override;

    QTreeView* queueView() const { return m_queue; }
    FollowupDeskModel* queueModel() const { return m_model; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* textEdit() const { return m_text; }
    // The HTML part as the customer's mail program shows it (read-only: it follows the text).
    QTextBrowser* htmlView() const { return m_html; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QDateEdit* promiseDate() const { return m_promiseDate; }
    QPlainTextEdit* outcomeNote() const { return m_outcomeNote; }
    QDateEdit* snoozeDate() const { return m_snoozeDate; }
    QString statusText() const;
    bool isSending() const;
    InvoiceHistoryDialog* historyDialog() const { return m_history; }

    // The follow-ups shown, in order (customers by name, then newest first).
    QList<qint64> shownIds() const;
    std::optional<qint64> currentId() const;
    // Ticks a follow-up for "Send selected".
    void setChecked(qint64 followupId, bool checked);

public Q_SLOTS:
    void reload();
    bool selectFollowup(qint64 followupId);
    bool saveEmail();
    bool approve();
    bool dismiss();
    bool snooze();
    // Records the chosen outcome and closes the task; "Agree a payment plan…" opens the plan's
    // dialog instead and closes the task when the plan is agreed.
    bool recordOutcome();
    // The open task's first open invoice, in the payment plan dialog (nullptr when there is none).
    PaymentPlanDialog* agreePlan();
    // The current customer's credit on account against their oldest open invoices, after a question.
    bool applyCredit();
    // Sends the queued emails of the ticked follow-ups (or the current one); false if none or busy.
    bool sendSelected();
    // Sends every queued email of the follow-ups on the queue.
    bool sendAll();
    // The history of the current follow-up's first invoice (or `number`).
    void showHistory(const QString& number = {});

Q_SIGNALS:
    // Something on the queue changed (the navigation count reads again).
    void queueChanged();
    void sendingFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    const FollowupRecord* current() const;
    void showCurrent();
    void updateButtons();
    void say(const QString& text, bool problem);
    void showSnoozeDate(bool chosen);
    void showCredit(const QString& customerCode);
    bool skipHeading(const QModelIndex& now, const QModelIndex& before);
    bool startSending(const QList<qint64>& outboxIds);
    void sendFinished();
    void changed();
    QList<qint64> queuedEmails(const QList<qint64>& followupIds);

    LedgerSession& m_session;
    QList<OutboxMessage> m_emails; // the current follow-up's
    std::optional<FollowupTask> m_task;
    QDate m_snoozeToday;  // the day the snooze date was last set for
    QDate m_snoozeChoice; // the day chosen (or a week ahead), shown while a follow-up is
    QString m_shownText;  // the email's text as the editor showed it, to tell an edit from none

    FollowupDeskModel* m_model = nullptr;
    QTreeView* m_queue = nullptr;
    QStackedWidget* m_detail = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_emailInfo = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_text = nullptr;
    EmailHtmlView* m_html = nullptr;
    QPushButton* m_saveEmail = nullptr;
    QPushButton* m_revertEmail = nullptr;
    QTextBrowser* m_taskText = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateEdit* m_promiseDate = nullptr;
    QPlainTextEdit* m_outcomeNote = nullptr;
    QPushButton* m_recordOutcome = nullptr;
    QTextBrowser* m_info = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_dismiss = nullptr;
    QDateEdit* m_snoozeDate = nullptr;
    QPushButton* m_snooze = nullptr;
    QPushButton* m_sendSelected = nullptr;
    QPushButton* m_sendAll = nullptr;
    QPushButton* m_historyButton = nullptr;
    QLabel* m_credit = nullptr;
    QPushButton* m_applyCredit = nullptr;
    QString m_creditCustomer; // the current follow-up's customer
    QString m_creditText;     // their credit on account, formatted; empty: none
    QLabel* m_status = nullptr;
    bool m_statusIsProblem = false;
    InvoiceHistoryDialog* m_history = nullptr;
    OutboxSendJob* m_sending = nullptr;
};

} // namespace settle
