#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class InvoicesPage;
}

class QAction;
class QTableView;

namespace settle {

class AppSettings;
class EmailPreviewDialog;
class InvoiceActionDialog;
class InvoiceViewerDialog;
class PaymentPlanDialog;
class RepeatInvoiceDialog;
class InvoiceTableModel;
class LedgerSession;

// Every invoice, filtered by state and customer, sorted by any column, a page at a time; the
// selected invoice's details beside the table and the actions on it.
class InvoicesPage : public QWidget
{
    Q_OBJECT

public:
    InvoicesPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~InvoicesPage() override;

    InvoiceTableModel* model() const { return m_model; }
    QTableView* table() const;
    void showInvoice(const QString& number);
    void showAgingBucket(int bucket);
    void saveLayout();
    QString currentNumber() const;
    QString detailText() const;

    // The actions, for the buttons and for tests; the dialogs open window-modal.
    void issueSelected();
    void voidSelected();
    InvoiceActionDialog* openAction(int action);
    // The selected issued invoice as a document: shown (where it prints, saves and emails), printed
    // or saved through the viewer, emailed after a preview, repeated. nullptr when none fits.
    InvoiceViewerDialog* viewSelected();
    InvoiceViewerDialog* printSelected();
    InvoiceViewerDialog* saveSelected();
    EmailPreviewDialog* emailSelected();
    RepeatInvoiceDialog* repeatSelected();
    // The selected open invoice's payment plan: agreed in a dialog (nullptr when the invoice has one
    // or nothing open), or cancelled after a question (false when not).
    PaymentPlanDialog* planSelected();
    bool cancelPlanSelected();
    QString documentStatusText() const;

Q_SIGNALS:
    void newInvoiceRequested();
    // From the selected invoice: the payment dialog offers that invoice first.
    void recordPaymentRequested(const QString& customerCode, const QString& invoiceNumber);
    // A draft got its number; the window says which.
    void invoiceIssued(const QString& number);

private:
    void fillCustomers();
    void updateDetail();
    void updateSummary();
    void addDocumentActions();
    void sayAboutDocument(const QString& text, bool problem);

    std::unique_ptr<Ui::InvoicesPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    InvoiceTableModel* m_model;
    QAction* m_planAction = nullptr;
};

} // namespace settle
