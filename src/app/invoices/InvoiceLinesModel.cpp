#include "invoices/InvoiceLinesModel.h"

#include "money/Currency.h"
#include "money/LocaleAmount.h"

#include <QBrush>
#include <QLocale>

namespace settle {

InvoiceLinesModel::InvoiceLinesModel(QObject* parent) : QAbstractTableModel(parent)
{
    addLine();
}

void InvoiceLinesModel::setCurrency(const QString& currency)
{
    if (currency == m_currency || !Currency::fromCode(currency))
        return;
    m_currency = currency;
    for (Row& row : m_rows)
        parse(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT linesChanged();
}

void InvoiceLinesModel::addLine()
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    Row row;
    // Invoices mostly carry one rate: a new line starts with the one above it, not with 0 %.
    if (!m_rows.isEmpty())
        row.taxRate = m_rows.last().taxRate;
    parse(row);
    m_rows << row;
    endInsertRows();
    Q_EMIT linesChanged();
}

void InvoiceLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT linesChanged();
}

void InvoiceLinesModel::parse(Row& row) const
{
    const QLocale locale;
    for (QString& problem : row.problems)
        problem.clear();
    row.line = InvoiceLine{};
    row.line.description = row.description.trimmed();
    qint64 quantity = 0;
    row.problems[Quantity] = LocaleAmount::parseScaled(row.quantity, InvoiceLine::QuantityDecimals, locale, &quantity);
    if (row.problems[Quantity].isEmpty() && quantity <= 0)
        row.problems[Quantity] = tr("The quantity must be more than zero.");
    row.line.quantity = quantity;
    Money price;
    row.problems[UnitPrice] = LocaleAmount::parse(row.unitPrice, Currency::require(m_currency), locale, &price);
    if (row.problems[UnitPrice].isEmpty() && price.isNegative())
        row.problems[UnitPrice] = tr("A price is not negative: corrections are credit notes.");
    row.line.unitPrice = price.minor();
    // A tax rate is a percentage with up to four decimals; scaled by 10^4 it is already in
    // millionths of one (1 % == 10,000).
    qint64 rate = 0;
    row.problems[TaxRate] = LocaleAmount::parseScaled(row.taxRate, Rate::PercentDecimals, locale, &rate);
    if (row.problems[TaxRate].isEmpty() && (rate < 0 || rate > 100 * 10'000))
        row.problems[TaxRate] = tr("A tax rate is between 0 and 100 %.");
    row.line.taxRate = Rate::fromMillionths(rate);
    row.line.compute();
}

bool InvoiceLinesModel::isValid() const
{
    return !m_rows.isEmpty() && firstProblem().isEmpty();
}

QString InvoiceLinesModel::firstProblem() const
{
    if (m_rows.isEmpty())
        return tr("An invoice needs at least one line.");
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < ColumnCount; ++c)
            if (!m_rows[r].problems[c].isEmpty())
                return tr("Line %1: %2").arg(r + 1).arg(m_rows[r].problems[c]);
    return {};
}

QList<InvoiceLine> InvoiceLinesModel::lines() const
{
    QList<InvoiceLine> result;
    for (const Row& row : m_rows)
        result << row.line;
    return result;
}

int InvoiceLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLinesModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const QString& problem = row.problems[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Description: return row.description;
        case Quantity: return row.quantity;
        case UnitPrice: return row.unitPrice;
        case TaxRate: return row.taxRate;
        case Amount:
            return row.problems[Quantity].isEmpty() && row.problems[UnitPrice].isEmpty()
                       ? LocaleAmount::format(row.line.amount, m_currency, QLocale())
                       : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Description ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        // A cell not typed in yet is not red; its problem still keeps the invoice from being saved.
        const QString typed = index.column() == UnitPrice ? row.unitPrice : QStringLiteral("x");
        return problem.isEmpty() || typed.trimmed().isEmpty() ? QVariant() : QBrush(QColor(0xd3, 0x2f, 0x2f, 70));
    }
    case Qt::ToolTipRole:
    case ProblemRole: return problem.isEmpty() ? QVariant() : problem;
    }
    return {};
}

bool InvoiceLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.row() < 0 || index.row() >= m_rows.size())
        return false;
    Row& row = m_rows[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case Description: row.description = text; break;
    case Quantity: row.quantity = text; break;
    case UnitPrice: row.unitPrice = text; break;
    case TaxRate: row.taxRate = text; break;
    default: return false;
    }
    parse(row);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT linesChanged();
    return true;
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // Only a real cell is editable: the root (an invalid index) has no flags of its own.
    if (index.isValid() && index.column() != Amount)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description: return tr("Description");
    case Quantity: return tr("Quantity");
    case UnitPrice: return tr("Unit price");
    case TaxRate: return tr("Tax %");
    case Amount: return tr("Amount");
    }
    return {};
}

} // namespace settle
