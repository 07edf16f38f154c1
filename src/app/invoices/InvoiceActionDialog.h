#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class InvoiceActionDialog;
}

namespace settle {

class LedgerSession;

// The small questions an invoice action asks — a credit note's amount and reason, a dispute's
// reason, a promise's or an extension's date — checked as typed; OK runs the one ledger call.
class InvoiceActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { CreditNote, Dispute, Resolve, Promise, Extend };

    InvoiceActionDialog(LedgerSession& session, Action action, const QString& number, QWidget* parent = nullptr);
    ~InvoiceActionDialog() override;

    void setAmountText(const QString& text);
    void setDate(QDate date);
    void setReason(const QString& reason);
    // Promise and extension: the day it was agreed (default today).
    void setAgreedOn(QDate date);
    bool canApply() const;
    QString message() const;

public Q_SLOTS:
    void apply();

private:
    void validate();

    std::unique_ptr<Ui::InvoiceActionDialog> m_ui;
    LedgerSession& m_session;
    Action m_action;
    QString m_number;
    QString m_currency;
    qint64 m_balance = 0;
    QDate m_dueDate;
};

} // namespace settle
