#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class CustomerDetailPage;
}

namespace settle {

class AppSettings;
class CustomerSchedulesPanel;
class CustomerTableModel;
class InvoiceTableModel;
class LedgerSession;
class PaymentTableModel;

// One customer: contact data, terms and policy, the on-hold switch, their invoices, repeating
// invoices and payments.
class CustomerDetailPage : public QWidget
{
    Q_OBJECT

public:
    CustomerDetailPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~CustomerDetailPage() override;

    // The customers table's model, whose rows give the balances shown here.
    void setOverview(CustomerTableModel* overview) { m_overview = overview; }
    void showCustomer(const QString& code);
    QString code() const { return m_code; }
    void saveLayout();
    InvoiceTableModel* invoices() const { return m_invoices; }
    PaymentTableModel* payments() const { return m_payments; }
    CustomerSchedulesPanel* schedules() const { return m_schedules; }
    // Brings the tab of the repeating invoices to the front.
    void showSchedules();
    bool isOnHoldChecked() const;
    int logRowCount() const;
    void setOnHoldChecked(bool onHold); // as a click would
    // The tab of the payment plans to the front; its rows (one an installment).
    void showPlans();
    int planRowCount() const;

Q_SIGNALS:
    void backRequested();
    void newInvoiceRequested(const QString& code);
    void recordPaymentRequested(const QString& code);
    void invoiceActivated(const QString& number);

public Q_SLOTS:
    void refresh();
    // The customer's credit on account set against their oldest open invoices, after a question;
    // false when not asked or refused.
    bool applyCredit();
    // Ends the payment plan of the invoice chosen in the plans tab, after a question.
    bool cancelPlan();

private:
    void edit();
    void fillLog();
    void fillPlans();

    enum PlanColumn { PlanInvoice, PlanDue, PlanAmount, PlanOpen, PlanColumnCount };

    std::unique_ptr<Ui::CustomerDetailPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    InvoiceTableModel* m_invoices;
    PaymentTableModel* m_payments;
    CustomerSchedulesPanel* m_schedules;
    CustomerTableModel* m_overview = nullptr;
    QString m_code;
};

} // namespace settle
