#pragma once

#include "shell/LedgerWorker.h"

#include "reports/CustomerOverview.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace settle {

class LedgerSession;

// The customers table: one row per customer from CustomerOverview, read on a worker thread (its
// payment-behaviour figures go through the whole history) while a view shows it, and again when the
// ledger announces a change. Qt::UserRole gives the raw value to sort by.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Balance,
        Overdue,
        Credit,
        Behaviour,
        Policy,
        SuggestedPolicy,
        LastReminder,
        Terms,
        OnHold,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit CustomerTableModel(LedgerSession& session, QObject* parent = nullptr);
    ~CustomerTableModel() override;

    // Reads the ledger only while active (its page is shown), so that opening a ledger stays quick.
    void setActive(bool active);
    bool isLoading() const { return m_watcher.isRunning(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CustomerOverview::Row* row(int row) const;
    int rowOf(const QString& code) const;
    static QString ratingText(PaymentBehaviour::Rating rating);
    // The policy the row's rating suggests (ReminderPolicies::suggestionFor) when the ledger has a
    // policy of that name and the customer does not have it already; empty otherwise.
    QString suggestedPolicy(int row) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void adopt();

    LedgerSession& m_session;
    QList<CustomerOverview::Row> m_rows;
    QStringList m_policyNames; // of the ledger, read with the rows
    QFutureWatcher<LedgerWorker::Outcome<QList<CustomerOverview::Row>>> m_watcher;
    bool m_active = false;
    bool m_stale = true;
};

} // namespace settle
