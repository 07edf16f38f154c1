#include "payments/PaymentAllocationModel.h"

#include "shell/LedgerSession.h"
#include "widgets/LocaleDates.h"
#include "widgets/ReadableColours.h"

#include "ledger/Ledger.h"
#include "ledger/PaymentAllocator.h"
#include "money/LocaleAmount.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace settle {

PaymentAllocationModel::PaymentAllocationModel(LedgerSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_date(session.today())
{
    m_amountProblem = tr("Enter the amount received.");
}

void PaymentAllocationModel::setCustomer(const QString& code)
{
    beginResetModel();
    m_rows.clear();
    m_customer.clear();
    m_currency.clear();
    if (const auto customer = code.isEmpty() ? std::nullopt : m_session.ledger().customer(code)) {
        m_customer = customer->code;
        m_currency = customer->currency;
        for (const auto& item : m_session.ledger().openItems(customer->code, customer->currency))
            m_rows << Row{item};
        sortRows();
    }
    m_edited = false;
    endResetModel();
    setAmountText(m_amount ? LocaleAmount::format(*m_amount, m_currency.isEmpty() ? QStringLiteral("USD") : m_currency, QLocale())
                           : QString());
}

void PaymentAllocationModel::sortRows()
{
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row& a, const Row& b) {
        const bool aPreferred = a.item.number == m_preferred, bPreferred = b.item.number == m_preferred;
        if (aPreferred != bPreferred)
            return aPreferred;
        if (a.item.effectiveDueDate != b.item.effectiveDueDate)
            return a.item.effectiveDueDate < b.item.effectiveDueDate;
        return PaymentAllocator::numberLess(a.item.number, b.item.number);
    });
}

void PaymentAllocationModel::setPreferredInvoice(const QString& number)
{
    beginResetModel();
    m_preferred = number;
    sortRows();
    endResetModel();
    if (!m_edited)
        suggest();
    Q_EMIT changed();
}

void PaymentAllocationModel::setAmountText(const QString& text)
{
    m_amount.reset();
    m_amountProblem.clear();
    if (text.trimmed().isEmpty()) {
        m_amountProblem = tr("Enter the amount received.");
    } else {
        Money money;
        m_amountProblem = LocaleAmount::parse(text, Currency::require(m_currency.isEmpty() ? QStringLiteral("USD") : m_currency),
                                              QLocale(), &money);
        if (m_amountProblem.isEmpty() && !money.isPositive())
            m_amountProblem = tr("A payment is more than zero.");
        if (m_amountProblem.isEmpty())
            m_amount = money.minor();
    }
    if (!m_edited)
        suggest();
    Q_EMIT changed();
}

void PaymentAllocationModel::setDate(QDate date)
{
    m_date = date;
    if (!m_edited)
        suggest();
    updateDiscounts();
    Q_EMIT changed();
}

void PaymentAllocationModel::resetAllocation()
{
    m_edited = false;
    suggest();
    Q_EMIT changed();
}

void PaymentAllocationModel::suggest()
{
    // The core's own rule, run on a copy of the open items: exactly what recordPayment would do.
    QList<OpenItem> items;
    std::optional<qint64> preferredId;
    for (const Row& row : m_rows) {
        items << row.item;
        if (!m_preferred.isEmpty() && row.item.number == m_preferred)
            preferredId = row.item.invoiceId;
    }
    auto plan = PaymentAllocator::allocate(items, m_date, m_amount.value_or(0), preferredId);
    if (preferredId) {
        const auto rest = PaymentAllocator::allocate(items, m_date, plan.unallocated);
        plan.allocations << rest.allocations;
        plan.unallocated = rest.unallocated;
    }
    for (Row& row : m_rows) {
        row.apply = 0;
        row.applyText.clear();
        row.problem.clear();
        for (const auto& allocation : plan.allocations)
            if (allocation.invoiceId == row.item.invoiceId && allocation.kind == Allocation::Kind::Payment)
                row.apply += allocation.amount;
    }
    updateDiscounts();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void PaymentAllocationModel::updateDiscounts()
{
    for (Row& row : m_rows) {
        const OpenItem& item = row.item;
        // The discount rule: inside the window, the balance less the discount settles the invoice.
        row.discountApplies = item.discountUntil.isValid() && m_date <= item.discountUntil && item.discountAmount > 0 &&
                              row.apply == item.balance - item.discountAmount;
    }
}

qint64 PaymentAllocationModel::applied() const
{
    qint64 sum = 0;
    for (const Row& row : m_rows)
        sum += row.apply;
    return sum;
}

qint64 PaymentAllocationModel::creditOnAccount() const
{
    return amount() - applied();
}

qint64 PaymentAllocationModel::appliedTo(const QString& number) const
{
    for (const Row& row : m_rows)
        if (row.item.number == number)
            return row.apply;
    return 0;
}

QString PaymentAllocationModel::problem() const
{
    if (m_customer.isEmpty())
        return tr("Choose the customer who paid.");
    if (!m_date.isValid())
        return tr("Enter the date the payment arrived.");
    if (!m_amountProblem.isEmpty())
        return m_amountProblem;
    for (const Row& row : m_rows)
        if (!row.problem.isEmpty())
            return tr("%1: %2").arg(row.item.number, row.problem);
    if (applied() > amount())
        return tr("The invoices get %1 but the payment is %2.")
            .arg(LocaleAmount::formatWithCode(applied(), m_currency, QLocale()),
                 LocaleAmount::formatWithCode(amount(), m_currency, QLocale()));
    return {};
}

qint64 PaymentAllocationModel::record()
{
    Ledger& ledger = m_session.ledger();
    const Money money(amount(), Currency::require(m_currency));
    // Without a preferred invoice the ledger's own rule gives the same split as the suggestion; with
    // one, the suggestion is recorded as shown.
    if (!m_edited && m_preferred.isEmpty())
        return ledger.recordPayment(m_customer, money, m_date, m_method, m_reference).unallocated;
    QList<std::pair<QString, qint64>> split;
    for (const Row& row : m_rows)
        if (row.apply > 0)
            split << std::pair{row.item.number, row.apply};
    return ledger.recordPaymentSplit(m_customer, money, m_date, m_method, m_reference, split).unallocated;
}

int PaymentAllocationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentAllocationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentAllocationModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Number ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == Apply && !row.problem.isEmpty())
        return QBrush(QColor(0xd3, 0x2f, 0x2f, 70));
    if (role == Qt::ToolTipRole && index.column() == Apply)
        return row.problem.isEmpty() ? QVariant() : row.problem;
    if (role == Qt::ForegroundRole && index.column() == Due && row.item.effectiveDueDate < m_date)
        return QBrush(ReadableColours::problem(QGuiApplication::palette()));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Number: return row.item.number;
    case Due: return LocaleDates::shortDate(row.item.effectiveDueDate);
    case Balance: return LocaleAmount::format(row.item.balance, m_currency, locale);
    case Discount:
        if (row.item.discountAmount <= 0 || !row.item.discountUntil.isValid() || m_date > row.item.discountUntil)
            return {};
        return row.discountApplies
                   ? tr("−%1 taken").arg(LocaleAmount::format(row.item.discountAmount, m_currency, locale))
                   : tr("−%1 until %2").arg(LocaleAmount::format(row.item.discountAmount, m_currency, locale),
                                            LocaleDates::shortDate(row.item.discountUntil));
    case Apply:
        if (!row.applyText.isEmpty())
            return row.applyText;
        return role == Qt::EditRole || row.apply ? LocaleAmount::format(row.apply, m_currency, locale) : QString();
    }
    return {};
}

bool PaymentAllocationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Apply || index.row() < 0 || index.row() >= m_rows.size())
        return false;
    Row& row = m_rows[index.row()];
    const QString text = value.toString();
    row.problem.clear();
    row.applyText.clear();
    Money money;
    if (text.trimmed().isEmpty()) {
        row.apply = 0;
    } else if (const QString problem = LocaleAmount::parse(text, Currency::require(m_currency), QLocale(), &money);
               !problem.isEmpty()) {
        row.problem = problem;
        row.applyText = text;
        row.apply = 0;
    } else if (money.isNegative() || money.minor() > row.item.balance) {
        row.problem = tr("at most the balance %1").arg(LocaleAmount::format(row.item.balance, m_currency, QLocale()));
        row.applyText = text;
        row.apply = 0;
    } else {
        row.apply = money.minor();
    }
    m_edited = true;
    updateDiscounts();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT changed();
    return true;
}

Qt::ItemFlags PaymentAllocationModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Apply)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PaymentAllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Invoice");
    case Due: return tr("Due");
    case Balance: return tr("Balance");
    case Discount: return tr("Discount");
    case Apply: return tr("Apply");
    }
    return {};
}

} // namespace settle
