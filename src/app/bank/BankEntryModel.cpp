#include "bank/BankEntryModel.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "bank/BankBook.h"
#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QLocale>

#include <algorithm>

namespace settle {

using Status = BankEntryRecord::Status;

BankEntryModel::BankEntryModel(LedgerSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            // A payment removed elsewhere or a customer renamed changes what the suggestions say.
            if (changes.testAnyFlags(Ledger::Change::Bank | Ledger::Change::Payments | Ledger::Change::Customers))
                reload();
        });
        reload();
    });
    connect(&m_session, &LedgerSession::aboutToClose, this, [this] {
        beginResetModel();
        m_all.clear();
        m_shown.clear();
        m_counts.clear();
        m_customerNames.clear();
        endResetModel();
    });
}

void BankEntryModel::setStatus(std::optional<Status> status)
{
    if (status == m_status)
        return;
    beginResetModel();
    m_status = status;
    filter();
    endResetModel();
}

void BankEntryModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void BankEntryModel::reload()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    QList<BankEntryRecord> all;
    QHash<QString, QString> names;
    if (m_session.isOpen()) {
        const bool read = Guarded::run(
            [&] {
                Ledger& ledger = m_session.ledger();
                all = BankBook(ledger).list();
                for (const Customer& customer : ledger.customers())
                    names.insert(customer.code, customer.name);
            },
            [&](const QString& why) { Q_EMIT loadFailed(why); });
        if (!read)
            return; // the table keeps what it showed; the page says why
    }
    // Newest booking first: today's statement is what a person came to look at.
    std::reverse(all.begin(), all.end());
    beginResetModel();
    m_all = std::move(all);
    m_customerNames = std::move(names);
    m_counts.clear();
    for (const BankEntryRecord& r : std::as_const(m_all))
        ++m_counts[int(r.status)];
    filter();
    m_stale = false;
    endResetModel();
}

void BankEntryModel::filter()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (!m_status || m_all[i].status == *m_status)
            m_shown << i;
}

const BankEntryRecord* BankEntryModel::record(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all[m_shown[row]] : nullptr;
}

int BankEntryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_all[m_shown[row]].id == id)
            return row;
    return -1;
}

QString BankEntryModel::customerText(const QString& code) const
{
    const QString name = m_customerNames.value(code);
    return name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
}

QString BankEntryModel::statusText(Status status)
{
    switch (status) {
    case Status::Matched:
        return tr("matched");
    case Status::Suggested:
        return tr("suggested");
    case Status::Unmatched:
        return tr("not matched");
    case Status::Ignored:
        return tr("ignored");
    case Status::Outgoing:
        return tr("outgoing");
    }
    return {};
}

QString BankEntryModel::suggestionText(const BankEntryRecord& r) const
{
    const QString invoices = r.invoices.join(QStringLiteral(", "));
    if (r.customerCode.isEmpty())
        return invoices.isEmpty() ? QString() : tr("names %1").arg(invoices);
    if (invoices.isEmpty())
        return tr("%1, credit on account").arg(customerText(r.customerCode));
    return tr("%1 — %2").arg(invoices, customerText(r.customerCode));
}

int BankEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int BankEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankEntryModel::data(const QModelIndex& index, int role) const
{
    const BankEntryRecord* r = record(index.row());
    if (!r)
        return {};
    const BankEntry& e = r->entry;
    if (role == IdRole)
        return r->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Text)
        return e.structuredReference.isEmpty() ? e.text : tr("%1\nReference: %2").arg(e.text, e.structuredReference);
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
            return e.bookingDate;
        case Amount:
            return e.amount;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return LocaleDates::shortDate(e.bookingDate);
    case Counterparty:
        return e.counterparty;
    case Iban:
        return e.counterpartyIban;
    case Text:
        return e.text.isEmpty() ? e.structuredReference : e.text;
    case Amount:
        return LocaleAmount::formatWithCode(e.amount, e.currency, QLocale());
    case State:
        return statusText(r->status);
    case Suggestion:
        return suggestionText(*r);
    }
    return {};
}

QVariant BankEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Booked");
    case Counterparty:
        return tr("Payer or payee");
    case Iban:
        return tr("Account (IBAN)");
    case Text:
        return tr("Remittance text");
    case Amount:
        return tr("Amount");
    case State:
        return tr("Status");
    case Suggestion:
        return tr("Invoices and customer");
    }
    return {};
}

} // namespace settle
