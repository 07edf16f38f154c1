#pragma once

#include "domain/FollowupRecord.h"

#include <QAbstractTableModel>

namespace settle {

class LedgerSession;

// The follow-up queue of the follow-up engine (FollowupQueue), newest first, read while its page shows.
class FollowupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Raised, Customer, Stage, Channel, Invoices, State, ColumnCount };

    explicit FollowupTableModel(LedgerSession& session, QObject* parent = nullptr);

    void setPendingOnly(bool pendingOnly);
    void setActive(bool active);
    const FollowupRecord* record(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(FollowupRecord::State state);

public Q_SLOTS:
    void reload();

private:
    LedgerSession& m_session;
    QList<FollowupRecord> m_records;
    bool m_pendingOnly = false;
    bool m_active = false;
    bool m_stale = true;
};

} // namespace settle
