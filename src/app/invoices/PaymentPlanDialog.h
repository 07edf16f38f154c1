#pragma once

#include "domain/Installment.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class PaymentPlanDialog;
}

class QPushButton;

namespace settle {

class LedgerSession;

// "Agree a payment plan…" on an invoice: the open balance split into installments — N of them every
// week or month from a first date, the rounding remainder on the last — or any schedule typed into
// the table. The schedule stays editable until it is saved; Save waits until its amounts add up to
// the open balance on the day the plan was agreed, and says so meanwhile.
class PaymentPlanDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { DueDate, Amount, ColumnCount };

    PaymentPlanDialog(LedgerSession& session, const QString& number, QWidget* parent = nullptr);
    ~PaymentPlanDialog() override;

    QPushButton* saveButton() const { return m_saveButton; }
    QString message() const;

public Q_SLOTS:
    // Agrees the plan; closes on success, says why not otherwise (everything typed stays).
    void save();

Q_SIGNALS:
    // `emailed`: the confirmation with the schedule is queued in the outbox.
    void planAgreed(const QString& number, bool emailed);

private:
    // The schedule as the core proposes it for the fields above the table.
    void propose();
    void fillTable(const QList<Installment>& plan);
    // The table's rows as typed; `problem` names the first row that cannot be read.
    QList<Installment> typedSchedule(QString* problem) const;
    void validate();
    qint64 openBalanceOn(QDate date) const;

    std::unique_ptr<Ui::PaymentPlanDialog> m_ui;
    LedgerSession& m_session;
    QString m_number;
    QString m_currency;
    QDate m_issueDate;
    qint64 m_balance = 0;
    bool m_filling = false;
    QPushButton* m_saveButton = nullptr;
};

} // namespace settle
