#pragma once

#include "domain/FollowupRecord.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace settle {

// Today's follow-up queue as the desk shows it: one heading row per customer (its name and code, and
// what it owes on the invoices shown, each invoice counted once) with its follow-ups beneath, each with
// its invoices, amount, days overdue, channel, the person's next step and a tick for "Send selected".
// A heading is never selectable (the view passes over it); the ticks survive a reload.
class FollowupDeskModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        InvoicesColumn,
        AmountColumn,
        OverdueColumn,
        ChannelColumn,
        StateColumn,
        ColumnCount
    };
    // A follow-up row's id (qint64); nothing on a heading.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit FollowupDeskModel(QObject* parent = nullptr);

    // The queue in its order (customers by name, then as the desk read them); `today` counts the days
    // overdue. The ticks of follow-ups still on the queue stay.
    void setRecords(QList<FollowupRecord> records, QDate today);
    const QList<FollowupRecord>& records() const { return m_records; }

    // The follow-ups shown, in order.
    QList<qint64> ids() const;
    QList<qint64> checkedIds() const;
    void setChecked(qint64 followupId, bool checked);
    // A follow-up's row, or an invalid index.
    QModelIndex indexOf(qint64 followupId, int column = NameColumn) const;
    // The follow-up on this row, or nullptr (a heading, nothing).
    const FollowupRecord* record(const QModelIndex& index) const;
    static bool isHeading(const QModelIndex& index);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString title;   // "Anna Berg GmbH (C001)"
        QString amounts; // per currency, each invoice once
        QList<int> rows; // into m_records
    };

    QString rowText(const FollowupRecord& record, int column) const;
    // What the row says: the person's next step ("Email ready, Letter to print").
    static QString nextStep(const FollowupRecord& record);

    QList<FollowupRecord> m_records;
    QList<Group> m_groups;
    QSet<qint64> m_checked;
    QDate m_today;
};

} // namespace settle
