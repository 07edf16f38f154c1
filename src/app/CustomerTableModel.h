#pragma once

#include "reports/CustomerOverview.h"

#include <QAbstractTableModel>

namespace settle {

class LedgerSession;

// The customers table: one row per customer from CustomerOverview, reloaded when the ledger
// announces a change. Qt::UserRole gives the raw value to sort by.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Balance, Overdue, Credit, Terms, OnHold, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit CustomerTableModel(LedgerSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CustomerOverview::Row* row(int row) const;
    int rowOf(const QString& code) const;

public Q_SLOTS:
    void reload();

private:
    LedgerSession& m_session;
    QList<CustomerOverview::Row> m_rows;
};

} // namespace settle
