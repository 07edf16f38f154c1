#pragma once

#include "domain/Payment.h"

#include <QAbstractTableModel>
#include <QHash>

namespace settle {

class LedgerSession;

// Payments received, newest first, for one customer or all, with the customer's name and the
// invoices each one paid; reloaded when the ledger says so.
class PaymentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Customer, Amount, Method, Reference, Invoice, Credit, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit PaymentTableModel(LedgerSession& session, QObject* parent = nullptr);

    void setCustomer(const QString& code);
    // Loads only when a view shows it: a ledger's whole payment history is not needed at start.
    void setActive(bool active);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;


public Q_SLOTS:
    void reload();

private:
    LedgerSession& m_session;
    QString m_customer;
    bool m_active = false;
    bool m_stale = true;
    QList<Payment> m_payments;
    QHash<qint64, QStringList> m_paidInvoices; // payment id -> numbers
    QHash<QString, QString> m_customerNames;   // code -> name
};

} // namespace settle
