#pragma once

#include "domain/OpenItem.h"
#include "domain/PaymentMethod.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace settle {

class LedgerSession;

// A payment being recorded: the customer's open invoices with the core's suggested allocation
// (PaymentAllocator: the invoice it was started from, then oldest due first, discount where it
// applies), which the user may change in the "Apply" column; what is not applied stays as credit on
// account.
class PaymentAllocationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Due, Balance, Discount, Apply, ColumnCount };

    explicit PaymentAllocationModel(LedgerSession& session, QObject* parent = nullptr);

    void setCustomer(const QString& code);
    // The invoice the payment was started from: listed first and paid first; what is left goes
    // the usual way. Empty for none.
    void setPreferredInvoice(const QString& number);
    QString preferredInvoice() const { return m_preferred; }
    void setAmountText(const QString& text);
    void setDate(QDate date);
    void setMethod(PaymentMethod method) { m_method = method; }
    void setReference(const QString& reference) { m_reference = reference; }
    // Back to the suggestion after the user changed it.
    void resetAllocation();

    QString customer() const { return m_customer; }
    QString currency() const { return m_currency; }
    qint64 amount() const { return m_amount.value_or(0); }
    QString amountProblem() const { return m_amountProblem; }
    qint64 applied() const;
    qint64 creditOnAccount() const;
    bool isEdited() const { return m_edited; }
    QString problem() const; // empty when it can be recorded
    qint64 appliedTo(const QString& number) const;

    // One ledger call; returns the credit left on account, or throws SettleError.
    qint64 record();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        OpenItem item;
        qint64 apply = 0;
        QString applyText; // when the user typed something that does not parse
        QString problem;
        bool discountApplies = false;
    };

    void suggest();
    void updateDiscounts();
    void sortRows();

    LedgerSession& m_session;
    QString m_customer;
    QString m_currency;
    QString m_preferred;
    QDate m_date;
    std::optional<qint64> m_amount;
    QString m_amountProblem;
    PaymentMethod m_method = PaymentMethod::BankTransfer;
    QString m_reference;
    QList<Row> m_rows;
    bool m_edited = false;
};

} // namespace settle
