#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PaymentsPage;
}

namespace settle {

class AppSettings;
class LedgerSession;
class PaymentTableModel;

// Every payment received, newest first; loaded the first time the page is shown.
class PaymentsPage : public QWidget
{
    Q_OBJECT

public:
    PaymentsPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~PaymentsPage() override;

    PaymentTableModel* model() const { return m_model; }
    void saveLayout();

Q_SIGNALS:
    void recordPaymentRequested(const QString& customerCode);

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::unique_ptr<Ui::PaymentsPage> m_ui;
    AppSettings& m_settings;
    PaymentTableModel* m_model;
};

} // namespace settle
