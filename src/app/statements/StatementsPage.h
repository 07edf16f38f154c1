#pragma once

#include "documents/StatementBatch.h"

#include <QBuffer>
#include <QByteArray>
#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

namespace Ui {
class StatementsPage;
}

class QComboBox;
class QDateEdit;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace settle {

class EmailPreviewDialog;
class LedgerSession;
struct OutboxMessage;

// Statements of account in the app: a customer, or every customer with a balance; a
// period or the open items at a date. One customer's statement is previewed inside the app (QtPdf)
// and saved, printed or emailed with the statement template (queued in the outbox with the PDF
// attached). The batch for every customer with a balance writes one PDF each into a folder on a
// worker thread, with a progress bar and Cancel.
class StatementsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatementsPage(LedgerSession& session, QWidget* parent = nullptr);
    ~StatementsPage() override;

    QComboBox* customerChooser() const { return m_customer; }
    QPdfDocument* document() const { return m_document; }
    QPdfView* view() const { return m_view; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString statusText() const;
    QByteArray pdf() const { return m_bytes; }
    bool isBatchRunning() const { return m_batch.isRunning(); }
    StatementBatch::Result lastBatch() const { return m_lastBatch; }

    // Empty code: every customer with a balance.
    void setCustomer(const QString& code);
    void setPeriod(QDate from, QDate to);
    void setOpenItems(QDate asOf);

public Q_SLOTS:
    // Renders the chosen customer's statement and shows it; false (the reason shown) when it cannot.
    bool preview();
    bool saveTo(const QString& path);
    // Prints the previewed statement on `printer`, page by page (the dialog-free path, for tests).
    bool printTo(QPrinter& printer);
    // Shows the statement email (statement template, the customer's language, the PDF attached) to be
    // read first; its Queue button puts it in the outbox. Returns the open dialog, or nullptr (the
    // reason shown) when there is nothing to send.
    EmailPreviewDialog* email();
    // Queues the message the preview showed. Returns the outbox id, or 0 when refused.
    qint64 queueEmail(const OutboxMessage& message);
    qint64 lastQueuedId() const { return m_lastQueued; }
    // The name the statement shown is saved and attached under ("C002.pdf").
    QString suggestedFileName() const;
    // Writes every statement with a balance into `folder` on a worker thread.
    bool startBatch(const QString& folder);
    void cancelBatch();

Q_SIGNALS:
    void batchFinished();
    void emailQueued(qint64 outboxId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadCustomers();
    // The last full month before today: what a monthly statement covers.
    void setDefaultPeriod();
    void updateButtons();
    void chooseSave();
    void choosePrint();
    void chooseBatch();
    void batchDone();
    void say(const QString& text, bool problem);
    QDate from() const;
    QDate to() const;

    std::unique_ptr<Ui::StatementsPage> m_ui;
    LedgerSession& m_session;
    // The form's widgets, named for the code that uses them.
    QComboBox* m_customer = nullptr;
    QRadioButton* m_periodKind = nullptr;
    QRadioButton* m_openKind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_email = nullptr;
    QPushButton* m_batchButton = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPdfDocument* m_document;
    QPdfView* m_view = nullptr;
    QByteArray m_bytes;
    QBuffer m_buffer;
    QString m_previewed; // the customer code of the statement shown
    QString m_title;
    struct BatchOutcome
    {
        StatementBatch::Result result;
        QString error;
    };
    QFutureWatcher<BatchOutcome> m_batch;
    std::atomic_bool m_cancelRequested{false};
    StatementBatch::Result m_lastBatch;
    qint64 m_lastQueued = 0;
};

} // namespace settle
