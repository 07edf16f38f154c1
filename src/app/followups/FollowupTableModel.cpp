#include "followups/FollowupTableModel.h"

#include "shell/LedgerSession.h"
#include "widgets/CoreLabels.h"
#include "widgets/LocaleDates.h"
#include "widgets/ReadableColours.h"

#include "followup/FollowupQueue.h"
#include "ledger/Ledger.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

namespace settle {

FollowupTableModel::FollowupTableModel(LedgerSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &LedgerSession::opened, this, [this] {
        // A run raises follow-ups and may charge fees; the emails' states show in the desk beside it.
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Invoices | Ledger::Change::Followups |
                                     Ledger::Change::Outbox))
                reload();
        });
        reload();
    });
    connect(&m_session, &LedgerSession::aboutToClose, this, [this] {
        beginResetModel();
        m_records.clear();
        m_stale = true;
        endResetModel();
    });
}

void FollowupTableModel::setPendingOnly(bool pendingOnly)
{
    m_pendingOnly = pendingOnly;
    reload();
}

void FollowupTableModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void FollowupTableModel::reload()
{
    m_stale = true;
    if (!m_active)
        return;
    beginResetModel();
    m_records =
        m_session.isOpen() ? FollowupQueue(m_session.ledger()).list(m_pendingOnly) : QList<FollowupRecord>();
    m_stale = false;
    endResetModel();
}

const FollowupRecord* FollowupTableModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
}

int FollowupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int FollowupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowupTableModel::stateText(FollowupRecord::State state)
{
    switch (state) {
    case FollowupRecord::State::Queued:
        return tr("Delivered");
    case FollowupRecord::State::PendingApproval:
        return tr("Waits for approval");
    case FollowupRecord::State::Approved:
        return tr("Approved");
    case FollowupRecord::State::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

QVariant FollowupTableModel::data(const QModelIndex& index, int role) const
{
    const FollowupRecord* r = record(index.row());
    if (!r)
        return {};
    if (role == Qt::ForegroundRole && index.column() == State &&
        r->state == FollowupRecord::State::PendingApproval)
        return QBrush(ReadableColours::waiting(QGuiApplication::palette()));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Raised:
        return LocaleDates::shortDate(r->raisedOn);
    case Customer:
        return r->customerName.isEmpty() ? r->customerCode : r->customerName;
    case Stage:
        return CoreLabels::stageName(r->stageName);
    case Channel:
        return CoreLabels::channels(r->channel);
    case Invoices:
        return r->invoiceNumbers().join(QStringLiteral(", "));
    case State:
        return stateText(r->state);
    }
    return {};
}

QVariant FollowupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Raised:
        return tr("Raised");
    case Customer:
        return tr("Customer");
    case Stage:
        return tr("Stage");
    case Channel:
        return tr("Channel");
    case Invoices:
        return tr("Invoices");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace settle
