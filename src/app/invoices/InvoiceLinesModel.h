#pragma once

#include "domain/InvoiceLine.h"

#include <QAbstractTableModel>

namespace settle {

// The lines of the invoice being edited, as typed: each cell keeps the user's text and whether it
// parses, so that a bad cell shows red with its reason and is never silently changed. Amounts are
// the core's (InvoiceLine::compute), never computed here.
class InvoiceLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Quantity, UnitPrice, TaxRate, Amount, ColumnCount };
    static constexpr int ProblemRole = Qt::UserRole + 10;

    explicit InvoiceLinesModel(QObject* parent = nullptr);

    void setCurrency(const QString& currency);
    void addLine();
    void removeLine(int row);
    // True when every cell parses and there is at least one line.
    bool isValid() const;
    QString firstProblem() const;
    QList<InvoiceLine> lines() const; // the valid lines, computed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void linesChanged();

private:
    struct Row
    {
        QString description;
        QString quantity = QStringLiteral("1");
        QString unitPrice;
        QString taxRate = QStringLiteral("0");
        InvoiceLine line;
        QString problems[ColumnCount];
    };

    void parse(Row& row) const;

    QList<Row> m_rows;
    QString m_currency = QStringLiteral("USD");
};

} // namespace settle
