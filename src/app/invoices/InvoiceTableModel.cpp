#include "invoices/InvoiceTableModel.h"

#include "shell/LedgerSession.h"
#include "widgets/LocaleDates.h"
#include "widgets/ReadableColours.h"

#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

namespace settle {

InvoiceTableModel::InvoiceTableModel(LedgerSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Invoices | Ledger::Change::Followups |
                                     Ledger::Change::Customers | Ledger::Change::Terms |
                                     Ledger::Change::Policies))
                reload();
        });
        reload();
    });
    connect(&m_session, &LedgerSession::aboutToClose, this, [this] {
        beginResetModel();
        m_count = 0;
        m_pages.clear();
        m_pageOrder.clear();
        endResetModel();
    });
    if (m_session.isOpen())
        reload();
}

void InvoiceTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_pagesFetched = 0;
    m_count = m_session.isOpen() ? m_session.ledger().invoiceCount(m_query, m_session.today()) : 0;
    endResetModel();
}

void InvoiceTableModel::setQuery(const InvoicePageRepository::Query& query)
{
    m_query = query;
    reload();
}

void InvoiceTableModel::setState(InvoicePageRepository::State state)
{
    m_query.state = state;
    reload();
}

void InvoiceTableModel::setCustomer(const QString& code)
{
    m_query.customerCode = code;
    reload();
}

void InvoiceTableModel::setText(const QString& text)
{
    m_query.text = text;
    reload();
}

void InvoiceTableModel::setAgingBucket(std::optional<int> bucket)
{
    m_query.agingBucket = bucket;
    reload();
}

void InvoiceTableModel::sort(int column, Qt::SortOrder order)
{
    using Key = InvoicePageRepository::SortKey;
    static const Key keys[] = {Key::Number, Key::Customer, Key::IssueDate, Key::DueDate,
                               Key::Status, Key::Total,    Key::Balance};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = keys[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

int InvoiceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int InvoiceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<InvoicePageRepository::Row>* InvoiceTableModel::page(int index) const
{
    auto found = m_pages.find(index);
    if (found != m_pages.end())
        return &found.value();
    if (!m_session.isOpen())
        return nullptr;
    if (m_pageOrder.size() >= MaxCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder << index;
    ++m_pagesFetched;
    return &(m_pages[index] = m_session.ledger().invoicePage(m_query, m_session.today(),
                                                             qint64(index) * PageSize, PageSize));
}

const InvoicePageRepository::Row* InvoiceTableModel::row(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto* rows = page(row / PageSize);
    const int offset = row % PageSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

QString InvoiceTableModel::stateText(const InvoicePageRepository::Row& row, QDate asOf)
{
    switch (row.status) {
    case InvoiceStatus::Draft:
        return tr("Draft");
    case InvoiceStatus::Paid:
        return tr("Paid");
    case InvoiceStatus::Void:
        return tr("Void");
    case InvoiceStatus::WrittenOff:
        return tr("Written off");
    case InvoiceStatus::Open:
        break;
    }
    if (row.disputedOn.isValid())
        return tr("Disputed");
    if (row.promiseUntil.isValid() && row.promiseUntil >= asOf)
        return tr("Promised");
    // Something already paid (or credited) is worth saying: "Open" would read as nothing received.
    const bool partly = row.balance > 0 && row.balance < row.total;
    if (row.effectiveDueDate < asOf) {
        const QString overdue = tr("Overdue %n day(s)", nullptr, int(row.effectiveDueDate.daysTo(asOf)));
        return partly ? tr("%1, partly paid").arg(overdue) : overdue;
    }
    return partly ? tr("Partly paid") : tr("Open");
}

QVariant InvoiceTableModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::TextAlignmentRole && role != Qt::ForegroundRole &&
        role != NumberRole && role != IdRole && role != CustomerRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const InvoicePageRepository::Row* r = row(index.row());
    if (!r)
        return {};
    const QDate today = m_session.today();
    switch (role) {
    case NumberRole:
        return r->number;
    case IdRole:
        return r->id;
    case CustomerRole:
        return r->customerCode;
    case Qt::ToolTipRole:
        return index.column() == Customer ? r->customerCode : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == State && r->status == InvoiceStatus::Open && r->effectiveDueDate < today)
            return QBrush(ReadableColours::problem(QGuiApplication::palette()));
        return {};
    default:
        break;
    }
    QLocale locale;
    switch (index.column()) {
    case Number:
        return r->number.isEmpty() ? tr("(draft %1)").arg(r->id) : r->number;
    case Customer:
        return r->customerName;
    case IssueDate:
        return LocaleDates::shortDate(r->issueDate);
    case DueDate:
        return LocaleDates::shortDate(r->effectiveDueDate);
    case State:
        return stateText(*r, today);
    case Total:
        return LocaleAmount::formatWithCode(r->total, r->currency, locale);
    case Balance:
        return LocaleAmount::formatWithCode(r->balance, r->currency, locale);
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case State:
        return tr("State");
    case Total:
        return tr("Total");
    case Balance:
        return tr("Balance");
    }
    return {};
}

} // namespace settle
