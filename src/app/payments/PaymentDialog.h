#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PaymentDialog;
}

class QLineEdit;
class QPushButton;
class QTableView;

namespace settle {

class LedgerSession;
class PaymentAllocationModel;

// Records a payment: who, when, how much, how, with the suggested allocation the user can change
// and the credit on account that remains.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PaymentDialog(LedgerSession& session, QWidget* parent = nullptr);
    ~PaymentDialog() override;

    void setCustomer(const QString& code);
    // Started from an invoice: that invoice is listed and paid first.
    void setInvoice(const QString& number);
    PaymentAllocationModel* allocation() const { return m_allocation; }
    QLineEdit* amountField() const;
    QTableView* allocationView() const;
    QPushButton* recordButton() const { return m_record; }
    QString summaryText() const;
    QString message() const;

public Q_SLOTS:
    void record();

private:
    void refreshView();

    std::unique_ptr<Ui::PaymentDialog> m_ui;
    LedgerSession& m_session;
    PaymentAllocationModel* m_allocation;
    QPushButton* m_record = nullptr;
};

} // namespace settle
