#pragma once

#include "domain/BankEntryRecord.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace settle {

class Database;
class Statement;

// The bank entries (resources/sql/0010_bank.sql): the stored bookings with their status and the
// invoices of their match or suggestion, and the payers' IBANs learned from accepted matches. Writes
// run in the caller's transaction; the caller writes the audit row.
class BankRepository
{
public:
    explicit BankRepository(Database& db);
    ~BankRepository();

    // Stores a new entry with its invoices; std::nullopt when the ledger already has one with its
    // entry_key (a re-import, or another process that stored it first), and then writes nothing.
    std::optional<qint64> insert(const BankEntryRecord& record, const QList<qint64>& invoiceIds);
    // Status, customer, payment and invoices of an entry; refuses (Conflict) unless it is still at
    // `record.version`. Returns the new version.
    int update(const BankEntryRecord& record, const QList<qint64>& invoiceIds);

    // The payment recorded for a new entry within the write that stored it.
    void setPayment(qint64 entryId, qint64 paymentId);

    std::optional<BankEntryRecord> find(qint64 id);
    QList<qint64> invoicesOfEntry(qint64 entryId);
    // Oldest booking first.
    QList<BankEntryRecord> list(std::optional<BankEntryRecord::Status> status);
    qint64 count(const QList<BankEntryRecord::Status>& statuses);
    // The invoices named by entries with one of `statuses`.
    QSet<qint64> invoicesOfEntries(const QList<BankEntryRecord::Status>& statuses);

    // IBAN -> customer id.
    QHash<QString, qint64> payerIbans();
    void learnPayerIban(const QString& iban, qint64 customerId, QDate on);

    // Removes a payment with its allocations (and discounts) and reopens the invoices it had settled
    // that now have a balance again. Returns the ids of the invoices it had been allocated to.
    QList<qint64> removePayment(qint64 paymentId);

private:
    QList<BankEntryRecord> select(const QString& where, const QList<QVariant>& values);
    void insertInvoices(qint64 entryId, const QList<qint64>& invoiceIds);

    Database& m_db;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_insertInvoice;
    std::unique_ptr<Statement> m_setPayment;
};

} // namespace settle
