#pragma once

#include "storage/InvoicePageRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace settle {

class LedgerSession;

// The invoice table for ledgers of any size (fast at 100,000 rows): the row count comes
// from one COUNT query and rows are fetched a page at a time when a view first asks for them, so
// opening the table or jumping to its end reads a page or two, never the whole list.
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Customer, IssueDate, DueDate, State, Total, Balance, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;
    static constexpr int NumberRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int CustomerRole = Qt::UserRole + 3;

    explicit InvoiceTableModel(LedgerSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    const InvoicePageRepository::Query& query() const { return m_query; }
    void setQuery(const InvoicePageRepository::Query& query);
    void setState(InvoicePageRepository::State state);
    void setCustomer(const QString& code);
    void setText(const QString& text);
    void setAgingBucket(std::optional<int> bucket);

    // The row, fetching its page if needed; nullptr outside the table.
    const InvoicePageRepository::Row* row(int row) const;
    // How many pages were read from the ledger since the last reset (for tests of fetching on demand).
    int pagesFetched() const { return m_pagesFetched; }

    static QString stateText(const InvoicePageRepository::Row& row, QDate asOf);

public Q_SLOTS:
    void reload();

private:
    const QList<InvoicePageRepository::Row>* page(int index) const;

    LedgerSession& m_session;
    InvoicePageRepository::Query m_query;
    qint64 m_count = 0;
    mutable QHash<int, QList<InvoicePageRepository::Row>> m_pages;
    mutable QList<int> m_pageOrder; // least recently fetched first
    mutable int m_pagesFetched = 0;
};

} // namespace settle
