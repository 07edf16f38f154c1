#include "payments/PaymentTableModel.h"

#include "widgets/CoreLabels.h"

#include "shell/LedgerSession.h"
#include "widgets/LocaleDates.h"

#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QLocale>

#include <algorithm>

namespace settle {

PaymentTableModel::PaymentTableModel(LedgerSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Payments | Ledger::Change::Customers |
                                     Ledger::Change::Terms | Ledger::Change::Policies))
                reload();
        });
        reload();
    });
    connect(&m_session, &LedgerSession::aboutToClose, this, [this] {
        beginResetModel();
        m_payments.clear();
        m_paidInvoices.clear();
        m_customerNames.clear();
        endResetModel();
    });
}

void PaymentTableModel::setCustomer(const QString& code)
{
    m_customer = code;
    reload();
}

void PaymentTableModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void PaymentTableModel::reload()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    beginResetModel();
    m_payments.clear();
    m_paidInvoices.clear();
    m_customerNames.clear();
    if (m_session.isOpen()) {
        Ledger& ledger = m_session.ledger();
        m_payments = ledger.payments(m_customer);
        m_paidInvoices = ledger.paidInvoices(m_customer);
        for (const settle::Customer& customer : ledger.customers())
            m_customerNames.insert(customer.code, customer.name);
    }
    std::reverse(m_payments.begin(), m_payments.end()); // newest first
    m_stale = false;
    endResetModel();
}

int PaymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_payments.size())
        return {};
    const Payment& p = m_payments[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Credit
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
            return p.date;
        case Amount:
            return p.amount;
        case Credit:
            return p.unallocated;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return LocaleDates::shortDate(p.date);
    case Customer: {
        const QString name = m_customerNames.value(p.customerCode);
        return name.isEmpty() ? p.customerCode : tr("%1 (%2)").arg(name, p.customerCode);
    }
    case Amount:
        return LocaleAmount::formatWithCode(p.amount, p.currency, QLocale());
    case Method:
        return CoreLabels::paymentMethod(p.method);
    case Reference:
        return p.reference;
    case Invoice: {
        // The invoices it paid; the one the payer named comes first even when nothing went to it yet.
        QStringList numbers = m_paidInvoices.value(p.id);
        if (!p.invoiceNumber.isEmpty() && !numbers.contains(p.invoiceNumber))
            numbers.prepend(p.invoiceNumber);
        return numbers.join(QStringLiteral(", "));
    }
    case Credit:
        return p.unallocated ? LocaleAmount::formatWithCode(p.unallocated, p.currency, QLocale()) : QString();
    }
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Method:
        return tr("Method");
    case Reference:
        return tr("Reference");
    case Invoice:
        return tr("Invoices");
    case Credit:
        return tr("Credit on account");
    }
    return {};
}

} // namespace settle
