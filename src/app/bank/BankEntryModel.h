#pragma once

#include "domain/BankEntryRecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace settle {

class LedgerSession;

// The ledger's bank entries for the Bank page: every entry is read once (BankBook::list), the counts
// by status come from that one read, and the table shows those of one status (or all). Reloaded when
// the ledger announces a change to bank entries, payments or customers.
class BankEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Counterparty, Iban, Text, Amount, State, Suggestion, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit BankEntryModel(LedgerSession& session, QObject* parent = nullptr);

    // std::nullopt: every entry.
    void setStatus(std::optional<BankEntryRecord::Status> status);
    std::optional<BankEntryRecord::Status> status() const { return m_status; }
    // Loads only when a view shows it; until then a change only marks it stale.
    void setActive(bool active);

    int count(BankEntryRecord::Status status) const { return m_counts.value(int(status)); }
    int totalCount() const { return int(m_all.size()); }
    const BankEntryRecord* record(int row) const;
    int rowOf(qint64 id) const;
    // "Fjord Möbel AG (K1)", or the code alone when the ledger has no such customer.
    QString customerText(const QString& code) const;
    // In the app's words: "suggested", "not matched" ...
    static QString statusText(BankEntryRecord::Status status);
    // The suggestion or the match beside an entry: "INV-0042 — Fjord Möbel AG (K1)".
    QString suggestionText(const BankEntryRecord& record) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // Reading the entries failed: why, in the user's words.
    void loadFailed(const QString& why);

private:
    void filter();

    LedgerSession& m_session;
    std::optional<BankEntryRecord::Status> m_status;
    bool m_active = false;
    bool m_stale = true;
    QList<BankEntryRecord> m_all;   // newest booking first
    QList<int> m_shown;             // indexes into m_all
    QHash<int, int> m_counts;       // status -> entries
    QHash<QString, QString> m_customerNames; // code -> name
};

} // namespace settle
