#pragma once

#include "domain/Allocation.h"
#include "domain/BalanceDue.h"
#include "domain/CreditNote.h"
#include "domain/Invoice.h"
#include "domain/OpenItem.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <map>
#include <memory>
#include <optional>

namespace settle {

class Database;
class PgBulkWrites;
class Statement;

class InvoiceRepository
{
public:
    struct Filter
    {
        QString customerCode; // empty: all customers
        bool openOnly = false;
    };

    struct Listed
    {
        Invoice invoice; // without lines
        qint64 balance = 0;
    };

    // One allocation with what it came from, for an invoice's history.
    struct Applied
    {
        Allocation allocation;
        QString method;    // payments only
        QString reference; // payment reference or credit note number
    };

    struct InvoiceRef
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QString currency;
        InvoiceStatus status = InvoiceStatus::Open;
    };

    explicit InvoiceRepository(Database& db);
    ~InvoiceRepository();

    qint64 insert(const Invoice& invoice); // with its lines; an empty number is stored as NULL (draft)
    // For imports: numbered invoices with their lines in a few multi-row statements, in list order
    // (the same rows and ids as insert() one by one); sets each invoice's id. While PostgreSQL bulk
    // writes are open (PgBulkWrites::Scope), the rows are queued for COPY instead.
    void insertAll(QList<Invoice>& invoices);
    std::optional<Invoice> findByNumber(const QString& number);
    std::optional<Invoice> findById(qint64 id);
    QList<Listed> list(const Filter& filter, QDate asOf);
    QList<Invoice> allWithLines(); // issued invoices, for export
    // Every numbered invoice: number -> who owns it, for imports that refer to invoices by number.
    QHash<QString, InvoiceRef> numberIndex();

    qint64 balance(qint64 invoiceId, QDate asOf);
    QList<Applied> applied(qint64 invoiceId);
    bool hasAllocations(qint64 invoiceId);

    // Open invoices with their current balances and discount terms (OpenItemRules fills in the
    // discount window); customerId 0 for every customer.
    QHash<qint64, QList<OpenItem>> openItems(qint64 customerId = 0);
    void insertAllocation(const Allocation& allocation);
    void markClosed(qint64 invoiceId, InvoiceStatus status, QDate closedOn);
    // For imports of many payments: while deferring, insertAllocation() and markClosed() queue their
    // rows and flushDeferred() writes them in a few multi-row statements, with the same rows, ids and
    // end state as one by one. Nothing may read allocations or statuses in between.
    void deferWrites();
    void flushDeferred();
    void discardDeferred(); // the import failed: its transaction rolls back
    // Optimistic: refuses (Conflict) when someone else changed the invoice since `version` was read.
    void markVoid(qint64 invoiceId, QDate on, int version);
    void markIssued(qint64 invoiceId, const Invoice& issued, int version);

    // The invoices with a balance at asOf (issued by then, not closed or void by then), each with its
    // installment plan: what AgingReport::fromBalances ages.
    QList<BalanceDue> agingItems(QDate asOf);
    // customer id -> currency -> balance at asOf
    QHash<qint64, QHash<QString, qint64>> balancesByCustomer(QDate asOf);

    qint64 insertCreditNote(const CreditNote& note);

    // Numbering without gaps: the next number is taken inside the caller's transaction.
    qint64 takeNextNumber(const QString& prefix);
    void raiseSequence(const QString& prefix, qint64 atLeastNext);

private:
    Invoice readHeader(const Statement& q);
    void loadLines(Invoice& invoice);
    void requireOneRow(const Statement& statement, qint64 invoiceId);
    void flushDeferredClosings();
    // One round of deferred closings [start, end), none of the same invoice twice.
    void closeAsArrays(qsizetype start, qsizetype end);
    void closeOneByOne(qsizetype start, qsizetype end);
    void queueAll(PgBulkWrites& copy, QList<Invoice>& invoices);
    // The multi-row statements of bulk writes, prepared once each.
    Statement& bulkStatement(const QString& sql);

    Database& m_db;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_insertLine;
    std::unique_ptr<Statement> m_insertAllocation;
    std::unique_ptr<Statement> m_markClosed;
    std::map<QString, std::unique_ptr<Statement>> m_bulkStatements;
    bool m_deferring = false;
    QList<Allocation> m_deferredAllocations;
    QList<std::pair<qint64, std::pair<InvoiceStatus, QDate>>> m_deferredClosings; // invoice id, status, date
};

} // namespace settle
