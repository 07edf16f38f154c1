#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class CustomersPage;
}

class QSortFilterProxyModel;

namespace settle {

class AppSettings;
class CustomerDetailPage;
class CustomerTableModel;
class LedgerSession;

// The customers table (sortable, filterable) and, on activation, one customer's detail page.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    CustomersPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~CustomersPage() override;

    void showCustomer(const QString& code);
    void showList();
    void saveLayout();
    CustomerTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    CustomerDetailPage* detailPage() const { return m_detail; }
    bool isDetailShown() const;
    QString currentCode() const;
    // Gives the selected customer the suggested policy after the user confirms; true when it did.
    bool applySuggestedPolicy();

Q_SIGNALS:
    void newCustomerRequested();
    void newInvoiceRequested(const QString& customerCode);
    void recordPaymentRequested(const QString& customerCode);
    void invoiceActivated(const QString& number);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateSummary();
    void updateActions();

    std::unique_ptr<Ui::CustomersPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    CustomerTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    CustomerDetailPage* m_detail;
};

} // namespace settle
