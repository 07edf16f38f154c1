#pragma once

#include "domain/CreditNote.h"
#include "domain/Customer.h"
#include "domain/Invoice.h"
#include "domain/Payment.h"
#include "errors/InputProblems.h"
#include "io/CustomerCsv.h"
#include "io/InvoiceCsv.h"
#include "io/PaymentCsv.h"
#include "money/Money.h"
#include "reports/AgingReport.h"
#include "storage/Database.h"
#include "storage/InvoicePageRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/SearchRepository.h"

#include <QFlags>
#include <QObject>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace settle {

class AuditLog;
class Clock;
class CustomerBook;
class InvoiceBook;
class LedgerImport;
class LedgerStores;
class PaymentBook;
class Transaction;

// The one facade over a ledger: every change goes through write(), in one transaction with its audit
// rows, and is announced once, after the commit, by changed(). The work is done by the books behind
// it, one per subject: CustomerBook, InvoiceBook, PaymentBook and LedgerImport.
class Ledger : public QObject
{
    Q_OBJECT

public:
    // What a write changed, so that a view reloads only for what it shows.
    enum class Change : unsigned {
        Customers = 0x001,
        Invoices = 0x002, // invoices, their lines and their events (disputes, promises, installments)
        Payments = 0x004,
        Followups = 0x008, // stages raised, tasks, contact notes
        Outbox = 0x010,
        Settings = 0x020,
        Templates = 0x040,
        Terms = 0x080,
        Policies = 0x100,
        Recurring = 0x200, // schedules of repeating invoices and what they issued
        Bank = 0x400,      // bank statement entries and their matches
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)
    static constexpr Changes everything() { return Changes(0x7ff); }

    struct CustomerBalance
    {
        Customer customer;
        QHash<QString, qint64> balanceByCurrency; // open balances
        QHash<QString, qint64> creditByCurrency;  // unallocated payments
    };

    struct InvoiceDetail
    {
        Invoice invoice;
        InvoiceStatus statusAsOf = InvoiceStatus::Open;
        qint64 balance = 0;
        QList<InvoiceRepository::Applied> applied; // dated on or before the as-of date
    };

    struct PaymentResult
    {
        Payment payment;
        QList<std::pair<QString, Allocation>> allocations; // invoice number, allocation
        qint64 unallocated = 0;
    };

    ~Ledger() override;

    static std::unique_ptr<Ledger> open(const QString& location, Database::OpenMode mode, const Clock& clock);

    // Default terms, the Standard policy and the company profile; keeps what is already there. On a
    // ledger initialised before, a company name or currency other than the stored ones is refused.
    void initialize(const QString& companyName, const QString& currency);

    const Clock& clock() const { return m_clock; }
    Database& database() { return *m_db; }
    // The audit trail to read; it is written only inside write().
    const AuditLog& audit() const;

    // The one way to change the ledger: runs `fn(AuditLog&)` inside a transaction (joining the one
    // already open when writes nest), commits when the outermost write ends, and then emits changed()
    // once with everything the writes changed. An exception rolls the whole write back and emits nothing.
    template <typename Fn> auto write(Changes changes, Fn&& fn);

    // Another connection (an import on a worker thread, another user) changed the ledger: tells the views.
    void noteChangedElsewhere(Changes changes);

    // ---- settings, terms and policies ----
    QString setting(const QString& key, const QString& fallback = {}) const;
    void setSetting(const QString& key, const QString& value);
    // Several settings in one transaction, each changed one with its audit row; all or none.
    void setSettings(const QList<std::pair<QString, QString>>& values);
    QString companyCurrency() const;
    QList<PaymentTerms> paymentTerms();
    QStringList policyNames();

    // ---- customers (CustomerBook) ----
    QList<CustomerBalance> customerBalances(QDate asOf);
    QList<Customer> customers();
    std::optional<Customer> customer(const QString& code);
    Customer requireCustomer(const QString& code);
    qint64 addCustomer(const Customer& customer);
    // Contact data, terms, policy, language and notes; refuses (Conflict) a stale version.
    void updateCustomer(const Customer& customer);

    // ---- invoices (InvoiceBook) ----
    QList<InvoiceRepository::Listed> invoices(const InvoiceRepository::Filter& filter, QDate asOf);
    // The invoice list a page at a time (InvoicePageRepository), for tables of any size.
    qint64 invoiceCount(const InvoicePageRepository::Query& query, QDate asOf);
    QList<InvoicePageRepository::Row> invoicePage(const InvoicePageRepository::Query& query, QDate asOf,
                                                  qint64 offset, int limit);
    InvoiceDetail invoice(const QString& number, QDate asOf);
    qint64 createDraft(Invoice draft);
    Invoice issue(qint64 draftId, QDate issueDate);
    void voidInvoice(const QString& number, QDate on);
    CreditNote issueCreditNote(const QString& invoiceNumber, const Money& amount, QDate on,
                               const QString& reason);
    void writeOff(const QString& invoiceNumber, QDate on);

    // ---- payments (PaymentBook): both writers below take the customer's row lock first ----
    // Oldest effective due date first, or to `invoiceNumber` when one is named.
    PaymentResult recordPayment(const QString& customerCode, const Money& amount, QDate on,
                                PaymentMethod method, const QString& reference,
                                const QString& invoiceNumber = {});
    // A payment split by the user: (invoice number, amount) pairs, each at most the invoice's balance
    // (or its balance less the early-payment discount inside the window, which settles it); the rest
    // stays as credit on account.
    PaymentResult recordPaymentSplit(const QString& customerCode, const Money& amount, QDate on,
                                     PaymentMethod method, const QString& reference,
                                     const QList<std::pair<QString, qint64>>& split);
    // Every payment (or one customer's), oldest first, with the part left as credit on account.
    QList<Payment> payments(const QString& customerCode = {});
    // payment id -> the numbers of the invoices it paid (what the payments list shows).
    QHash<qint64, QStringList> paidInvoices(const QString& customerCode = {});
    // The customer's open invoices in a currency with their balances now: what a payment could settle.
    QList<OpenItem> openItems(const QString& customerCode, const QString& currency);

    // ---- imports (LedgerImport) and exports: every row or none ----
    enum class ImportKind { Customers, Invoices, Payments };
    // The number of records added. A payment equal to one in the ledger or to an earlier line
    // (customer, date, amount, reference, named invoice) is refused unless `allowDuplicates`.
    int import(ImportKind kind, const QString& path, bool allowDuplicates = false);
    int importCustomers(const QString& path) { return import(ImportKind::Customers, path); }
    int importInvoices(const QString& path) { return import(ImportKind::Invoices, path); }
    int importPayments(const QString& path, bool allowDuplicates = false)
    {
        return import(ImportKind::Payments, path, allowDuplicates);
    }
    // Every problem an import of the file would meet, without importing anything (empty: it would go in).
    QList<InputProblem> checkImport(ImportKind kind, const QString& path);
    QString exportCustomers();
    QString exportInvoices();
    QString exportPayments();

    // ---- reports and search ----
    AgingReport aging(QDate asOf);
    // The invoices behind one cell of the aging report: a customer's open invoices in `currency` whose
    // effective due date puts them in `bucket` at `asOf`, with their balances then.
    QList<InvoiceRepository::Listed> agingInvoices(QDate asOf, const QString& customerCode,
                                                   const QString& currency, AgingReport::Bucket bucket);
    // Customers and invoices for the search field: by name, code, number or an exact total.
    QList<SearchRepository::Hit> search(const QString& text, std::optional<qint64> totalMinor, int limit);

Q_SIGNALS:
    void changed(settle::Ledger::Changes changes);

private:
    // Opens the write (or joins the open one) and ends it: committed, or rolled back on an exception.
    class WriteScope
    {
    public:
        WriteScope(Ledger& ledger, Changes changes);
        ~WriteScope();
        WriteScope(const WriteScope&) = delete;
        WriteScope& operator=(const WriteScope&) = delete;
        void commit();

    private:
        Ledger& m_ledger;
        bool m_ended = false;
    };

    Ledger(std::unique_ptr<Database> db, const Clock& clock);
    void beginWrite(Changes changes);
    void endWrite(bool commit);
    AuditLog& auditLog();

    // Refuses (BadInput) a value a setting may not hold, and a new currency once there are invoices.
    void checkSetting(const QString& key, const QString& value);

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    std::unique_ptr<LedgerStores> m_stores;
    std::unique_ptr<CustomerBook> m_customers;
    std::unique_ptr<InvoiceBook> m_invoices;
    std::unique_ptr<PaymentBook> m_payments;
    std::unique_ptr<LedgerImport> m_import;
    std::unique_ptr<Transaction> m_write; // the open write, if any
    int m_writeDepth = 0;
    bool m_writeFailed = false; // a nested write threw: the outermost one may not commit
    Changes m_pendingChanges;
};

template <typename Fn> auto Ledger::write(Changes changes, Fn&& fn)
{
    WriteScope scope(*this, changes);
    if constexpr (std::is_void_v<std::invoke_result_t<Fn, AuditLog&>>) {
        std::forward<Fn>(fn)(auditLog());
        scope.commit();
    } else {
        auto result = std::forward<Fn>(fn)(auditLog());
        scope.commit();
        return result;
    }
}

} // namespace settle

Q_DECLARE_OPERATORS_FOR_FLAGS(settle::Ledger::Changes)
