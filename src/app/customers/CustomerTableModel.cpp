#include "customers/CustomerTableModel.h"

#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "followup/ReminderPolicies.h"
#include "money/LocaleAmount.h"

#include <QBrush>
#include <QLocale>

namespace settle {

CustomerTableModel::CustomerTableModel(LedgerSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Customers | Ledger::Change::Terms |
                                     Ledger::Change::Policies | Ledger::Change::Invoices |
                                     Ledger::Change::Followups | Ledger::Change::Payments))
                reload();
        });
        reload();
    });
    connect(&m_session, &LedgerSession::aboutToClose, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_stale = true;
        endResetModel();
    });
    connect(&m_watcher, &QFutureWatcher<LedgerWorker::Outcome<QList<CustomerOverview::Row>>>::finished, this,
            &CustomerTableModel::adopt);
}

CustomerTableModel::~CustomerTableModel()
{
    m_watcher.waitForFinished();
}

void CustomerTableModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void CustomerTableModel::reload()
{
    m_stale = true;
    if (!m_active || !m_session.isOpen() || m_watcher.isRunning())
        return; // a running read is followed by another one when it ends (adopt)
    m_stale = false;
    const QDate today = m_session.today();
    m_watcher.setFuture(LedgerWorker::run<QList<CustomerOverview::Row>>(
        m_session, [today](Ledger& ledger) { return CustomerOverview::build(ledger, today); }));
}

void CustomerTableModel::adopt()
{
    const auto outcome = m_watcher.result();
    if (m_session.isOpen() && outcome.value) {
        beginResetModel();
        m_rows = *outcome.value;
        // Without the names no suggestion shows; the table itself still does.
        m_policyNames.clear();
        Guarded::run([&] { m_policyNames = m_session.ledger().policyNames(); }, [](const QString&) {});
        endResetModel();
        Q_EMIT loaded();
    }
    if (m_stale)
        reload();
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerOverview::Row* CustomerTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CustomerTableModel::rowOf(const QString& code) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].customer.code == code)
            return i;
    return -1;
}

QString CustomerTableModel::suggestedPolicy(int row) const
{
    const CustomerOverview::Row* r = this->row(row);
    if (!r)
        return {};
    const QString suggested = ReminderPolicies::suggestionFor(r->rating);
    if (suggested.isEmpty() || suggested == r->customer.policy || !m_policyNames.contains(suggested))
        return {};
    return suggested;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    const CustomerOverview::Row* r = row(index.row());
    if (!r)
        return {};
    const QString& currency = r->customer.currency;
    if (role == CodeRole)
        return r->customer.code;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Balance && index.column() <= Credit
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == SortRole) {
        switch (index.column()) {
        case Code:
            return r->customer.code;
        case Name:
            return r->customer.name.toLower();
        case Balance:
            return r->balance;
        case Overdue:
            return r->overdue;
        case Credit:
            return r->credit;
        case Behaviour:
            return int(r->rating);
        case Policy:
            return r->customer.policy;
        case SuggestedPolicy:
            return suggestedPolicy(index.row());
        case LastReminder:
            return r->lastReminder.isValid() ? r->lastReminder.daysTo(m_session.today()) : -1;
        case Terms:
            return r->customer.terms;
        case OnHold:
            return r->customer.onHold;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Behaviour)
        return r->ratingReason;
    if (role == Qt::ToolTipRole && index.column() == SuggestedPolicy && !suggestedPolicy(index.row()).isEmpty())
        return tr("Pays “%1”: %2 is suggested. Nothing changes until you apply it.")
            .arg(ratingText(r->rating), suggestedPolicy(index.row()));
    if (role == Qt::ForegroundRole && index.column() == Behaviour &&
        r->rating == PaymentBehaviour::Rating::AtRisk)
        return QBrush(FieldState::problemColour(nullptr));
    if (role == Qt::ToolTipRole && index.column() == Balance && !r->otherBalances.isEmpty()) {
        QStringList others;
        for (auto it = r->otherBalances.cbegin(); it != r->otherBalances.cend(); ++it)
            others << LocaleAmount::formatWithCode(it.value(), it.key(), QLocale());
        return tr("Also owes %1").arg(others.join(QStringLiteral(", ")));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return r->customer.code;
    case Name:
        return r->customer.name;
    case Balance:
        return LocaleAmount::formatWithCode(r->balance, currency, QLocale());
    case Overdue:
        return r->overdue ? LocaleAmount::formatWithCode(r->overdue, currency, QLocale()) : QString();
    case Credit:
        return r->credit ? LocaleAmount::formatWithCode(r->credit, currency, QLocale()) : QString();
    case Behaviour:
        return ratingText(r->rating);
    case Policy:
        return r->customer.policy;
    case SuggestedPolicy:
        return suggestedPolicy(index.row());
    case LastReminder:
        return r->lastReminder.isValid() ? LocaleDates::daysAgo(r->lastReminder, m_session.today())
                                         : QString();
    case Terms:
        return r->customer.terms;
    case OnHold:
        return r->customer.onHold ? tr("On hold") : QString();
    }
    return {};
}

QString CustomerTableModel::ratingText(PaymentBehaviour::Rating rating)
{
    switch (rating) {
    case PaymentBehaviour::Rating::None:
        return tr("No history yet");
    case PaymentBehaviour::Rating::Reliable:
        return tr("Reliably");
    case PaymentBehaviour::Rating::UsuallyLate:
        return tr("Usually late");
    case PaymentBehaviour::Rating::AtRisk:
        return tr("At risk");
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Balance:
        return tr("Balance");
    case Overdue:
        return tr("Overdue");
    case Credit:
        return tr("Credit");
    case Behaviour:
        return tr("Pays");
    case Policy:
        return tr("Policy");
    case SuggestedPolicy:
        return tr("Suggested");
    case LastReminder:
        return tr("Last reminder");
    case Terms:
        return tr("Terms");
    case OnHold:
        return tr("Reminders");
    }
    return {};
}

} // namespace settle
