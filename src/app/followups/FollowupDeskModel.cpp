#include "followups/FollowupDeskModel.h"

#include "widgets/CoreLabels.h"

#include "domain/Channels.h"
#include "domain/OutboxMessage.h"
#include "money/LocaleAmount.h"

#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace settle {

namespace {

// A heading row carries no parent; a follow-up row carries its heading's row + 1.
constexpr quintptr headingId = 0;

// Per currency, sorted: "EUR 40.00, USD 1,200.00".
QString amountsText(const QHash<QString, qint64>& sums, const QLocale& locale)
{
    QStringList amounts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        amounts << LocaleAmount::formatWithCode(it.value(), it.key(), locale);
    amounts.sort();
    return amounts.join(QStringLiteral(", "));
}

} // namespace

FollowupDeskModel::FollowupDeskModel(QObject* parent) : QAbstractItemModel(parent) {}

void FollowupDeskModel::setRecords(QList<FollowupRecord> records, QDate today)
{
    beginResetModel();
    m_records = std::move(records);
    m_today = today;
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const FollowupRecord& a, const FollowupRecord& b) {
                         return a.customerName.localeAwareCompare(b.customerName) < 0;
                     });
    QSet<qint64> shown;
    for (const auto& r : m_records)
        shown.insert(r.id);
    m_checked.intersect(shown);

    m_groups.clear();
    const QLocale locale;
    qint64 groupCustomer = -1;
    QHash<QString, qint64> groupTotals;
    QSet<qint64> groupInvoices;
    auto closeGroup = [&] {
        if (!m_groups.isEmpty())
            m_groups.last().amounts = amountsText(groupTotals, locale);
        groupTotals.clear();
        groupInvoices.clear();
    };
    for (int i = 0; i < m_records.size(); ++i) {
        const FollowupRecord& r = m_records[i];
        if (m_groups.isEmpty() || r.customerId != groupCustomer) {
            closeGroup();
            m_groups.append({QStringLiteral("%1 (%2)").arg(r.customerName, r.customerCode), QString(), {}});
            groupCustomer = r.customerId;
        }
        m_groups.last().rows << i;
        for (const auto& item : r.items) {
            // An invoice in two follow-ups (last week's reminder, today's second) counts once.
            if (!groupInvoices.contains(item.due.invoiceId))
                groupTotals[item.due.currency] += item.due.balance;
            groupInvoices.insert(item.due.invoiceId);
        }
    }
    closeGroup();
    endResetModel();
}

QList<qint64> FollowupDeskModel::ids() const
{
    QList<qint64> ids;
    for (const Group& group : m_groups)
        for (const int row : group.rows)
            ids << m_records[row].id;
    return ids;
}

QList<qint64> FollowupDeskModel::checkedIds() const
{
    QList<qint64> ids;
    for (const qint64 id : this->ids())
        if (m_checked.contains(id))
            ids << id;
    return ids;
}

void FollowupDeskModel::setChecked(qint64 followupId, bool checked)
{
    const QModelIndex at = indexOf(followupId);
    if (at.isValid())
        setData(at, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

QModelIndex FollowupDeskModel::indexOf(qint64 followupId, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int k = 0; k < m_groups[g].rows.size(); ++k)
            if (m_records[m_groups[g].rows[k]].id == followupId)
                return createIndex(k, column, quintptr(g + 1));
    return {};
}

const FollowupRecord* FollowupDeskModel::record(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || isHeading(index))
        return nullptr;
    const Group& group = m_groups[int(index.internalId() - 1)];
    return &m_records[group.rows[index.row()]];
}

bool FollowupDeskModel::isHeading(const QModelIndex& index)
{
    return index.isValid() && index.internalId() == headingId;
}

QModelIndex FollowupDeskModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, headingId) : QModelIndex();
    if (!isHeading(parent) || parent.row() >= m_groups.size() || row >= m_groups[parent.row()].rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FollowupDeskModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isHeading(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, headingId);
}

int FollowupDeskModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (isHeading(parent) && parent.column() == 0)
        return int(m_groups[parent.row()].rows.size());
    return 0;
}

int FollowupDeskModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FollowupDeskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Customer / stage");
    case InvoicesColumn:
        return tr("Invoices");
    case AmountColumn:
        return tr("Amount");
    case OverdueColumn:
        return tr("Days overdue");
    case ChannelColumn:
        return tr("Channel");
    case StateColumn:
        return tr("Next step");
    }
    return {};
}

Qt::ItemFlags FollowupDeskModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A heading, never selected; the view moves the cursor past it. Not disabled: a disabled row's
    // children would be shown disabled with it.
    if (isHeading(index))
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant FollowupDeskModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (isHeading(index)) {
        const Group& group = m_groups[index.row()];
        if (role == Qt::DisplayRole)
            return index.column() == NameColumn     ? group.title
                   : index.column() == AmountColumn ? group.amounts
                                                    : QString();
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const FollowupRecord* r = record(index);
    switch (role) {
    case Qt::DisplayRole:
        return rowText(*r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == OverdueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_checked.contains(r->id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdRole:
        return r->id;
    }
    return {};
}

bool FollowupDeskModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const FollowupRecord* r = record(index);
    if (!r || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(r->id))
        return true;
    if (checked)
        m_checked.insert(r->id);
    else
        m_checked.remove(r->id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

QString FollowupDeskModel::rowText(const FollowupRecord& r, int column) const
{
    switch (column) {
    case NameColumn:
        return CoreLabels::stageName(r.stageName);
    case InvoicesColumn:
        return r.invoiceNumbers().join(QStringLiteral(", "));
    case AmountColumn: {
        QHash<QString, qint64> sums;
        for (const auto& item : r.items)
            sums[item.due.currency] += item.due.balance;
        return amountsText(sums, QLocale());
    }
    case OverdueColumn: {
        int overdue = 0;
        for (const auto& item : r.items)
            overdue = std::max(overdue, int(item.due.dueDate.daysTo(m_today)));
        return overdue > 0 ? QLocale().toString(overdue) : tr("not yet due");
    }
    case ChannelColumn:
        return CoreLabels::channels(r.channel);
    case StateColumn:
        return nextStep(r);
    }
    return {};
}

QString FollowupDeskModel::nextStep(const FollowupRecord& r)
{
    if (r.state == FollowupRecord::State::PendingApproval)
        return tr("Needs approval");
    using Kind = FollowupRecord::Delivery::Kind;
    QStringList parts;
    for (const auto& d : r.deliveries) {
        if (d.kind == Kind::Email) {
            switch (OutboxMessage::stateFromName(d.state).value_or(OutboxMessage::State::Sent)) {
            case OutboxMessage::State::Queued:
                parts << tr("Email ready");
                break;
            case OutboxMessage::State::Failed:
                parts << tr("Email failed");
                break;
            case OutboxMessage::State::Unknown:
                parts << tr("Email: delivery unknown");
                break;
            default:
                break;
            }
        } else if (d.kind == Kind::Letter && d.state == u"to_print") {
            parts << tr("Letter to print");
        } else if (d.kind == Kind::Task && d.state == u"open") {
            parts << tr("Task to do");
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace settle
