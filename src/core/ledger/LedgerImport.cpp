#include "ledger/LedgerImport.h"

#include "io/CsvTable.h"
#include "io/EntityJson.h"
#include "ledger/CustomerBook.h"
#include "ledger/InvoiceBook.h"
#include "ledger/LedgerStores.h"
#include "ledger/OpenItemRules.h"
#include "ledger/PaymentBook.h"
#include "mail/Outbox.h"
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/LedgerTotalsRepository.h"
#include "storage/PgBulkWrites.h"
#include "storage/PolicyRepository.h"
#include "storage/TermsRepository.h"

#include <QScopeGuard>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>

namespace settle {

namespace {

// "INV-0042" -> ("INV-", 42); numbers without trailing digits have no sequence to follow.
std::optional<std::pair<QString, qint64>> splitNumber(const QString& number)
{
    qsizetype i = number.size();
    while (i > 0 && number[i - 1].isDigit())
        --i;
    if (i == number.size() || number.size() - i > 15)
        return std::nullopt;
    return std::pair{number.left(i), number.mid(i).toLongLong()};
}

} // namespace

LedgerImport::LedgerImport(Ledger& ledger, LedgerStores& stores, CustomerBook& customers, InvoiceBook& invoices,
                           PaymentBook& payments)
    : m_ledger(ledger), m_stores(stores), m_customers(customers), m_invoices(invoices), m_payments(payments)
{
}

int LedgerImport::run(Ledger::ImportKind kind, const QString& path, bool allowDuplicates)
{
    return importFile(kind, path, allowDuplicates, Mode::Write);
}

QList<InputProblem> LedgerImport::check(Ledger::ImportKind kind, const QString& path)
{
    try {
        importFile(kind, path, false, Mode::Check);
    } catch (const InputProblems& problems) {
        return problems.problems();
    }
    return {};
}

int LedgerImport::importFile(Ledger::ImportKind kind, const QString& path, bool allowDuplicates, Mode mode)
{
    switch (kind) {
    case Ledger::ImportKind::Customers:
        return importCustomers(path, mode);
    case Ledger::ImportKind::Invoices:
        return importInvoices(path, mode);
    case Ledger::ImportKind::Payments:
        return importPayments(path, allowDuplicates, mode);
    }
    return 0;
}

CustomerCsv::Context LedgerImport::customerContext()
{
    CustomerCsv::Context context;
    const auto existing = m_stores.customers().idsByCode();
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        context.existingCodes.insert(it.key());
    for (const auto& [id, terms] : m_stores.terms().all())
        context.termsNames.insert(terms.name);
    const auto policies = m_stores.policies().idsByName();
    for (auto it = policies.cbegin(); it != policies.cend(); ++it)
        context.policyNames.insert(it.key());
    context.defaultCurrency = m_ledger.companyCurrency();
    return context;
}

InvoiceCsv::Context LedgerImport::invoiceContext()
{
    InvoiceCsv::Context context;
    context.customersByCode = m_customers.byCode();
    context.termsByName = m_invoices.termsByName();
    const auto index = m_stores.invoices().numberIndex();
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        context.existingNumbers.insert(it.key());
    context.invoicedByCustomer = LedgerTotalsRepository(m_stores.database()).invoicedByCustomer();
    return context;
}

PaymentCsv::Context LedgerImport::paymentContext(bool allowDuplicates)
{
    PaymentCsv::Context context;
    context.customersByCode = m_customers.byCode();
    context.invoicesByNumber = m_stores.invoices().numberIndex();
    LedgerTotalsRepository totals(m_stores.database());
    context.paidByCustomer = totals.paidByCustomer();
    if (!allowDuplicates)
        context.existingPayments = totals.paymentKeys();
    context.allowDuplicates = allowDuplicates;
    return context;
}

int LedgerImport::importCustomers(const QString& path, Mode mode)
{
    const QList<Customer> customers = CustomerCsv::parse(CsvTable::read(path), customerContext());
    if (mode == Mode::Check)
        return 0;
    const auto policies = m_stores.policies().idsByName();
    QHash<QString, qint64> termsIds;
    for (const auto& [id, terms] : m_stores.terms().all())
        termsIds.insert(terms.name, id);
    m_ledger.write(Ledger::Change::Customers, [&](AuditLog& audit) {
        PgBulkWrites::Scope bulk(m_stores.database());
        bulk.expect(QStringLiteral("customers"), customers.size());
        for (const auto& customer : customers) {
            m_stores.customers().insert(customer, termsIds.value(customer.terms), policies.value(customer.policy));
            audit.record(QStringLiteral("customer"), customer.code, QStringLiteral("import"), {},
                         EntityJson::customer(customer));
        }
        bulk.finish();
    });
    spdlog::info("imported {} customers from {}", customers.size(), path.toStdString());
    return int(customers.size());
}

int LedgerImport::importInvoices(const QString& path, Mode mode)
{
    // The table is gone once parsed, so that a big file's cells do not stay in memory while writing.
    QList<Invoice> invoices = InvoiceCsv::parse(CsvTable::read(path), invoiceContext());
    if (mode == Mode::Check)
        return 0;
    m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository& repository = m_stores.invoices();
        QHash<QString, qint64> nextByPrefix;
        for (auto& invoice : invoices) {
            if (invoice.total == 0) {
                invoice.status = InvoiceStatus::Paid; // nothing to collect
                invoice.closedOn = invoice.issueDate;
            }
            if (const auto split = splitNumber(invoice.number))
                nextByPrefix[split->first] = std::max(nextByPrefix.value(split->first), split->second + 1);
        }
        PgBulkWrites::Scope bulk(m_stores.database());
        bulk.expect(QStringLiteral("invoices"), invoices.size());
        repository.insertAll(invoices);
        for (const auto& invoice : std::as_const(invoices))
            audit.record(QStringLiteral("invoice"), invoice.number, QStringLiteral("import"), {},
                         EntityJson::invoice(invoice));
        bulk.finish();
        // New invoices continue after the imported numbers instead of colliding with them.
        for (auto it = nextByPrefix.cbegin(); it != nextByPrefix.cend(); ++it)
            repository.raiseSequence(it.key(), it.value());
    });
    spdlog::info("imported {} invoices from {}", invoices.size(), path.toStdString());
    return int(invoices.size());
}

int LedgerImport::importPayments(const QString& path, bool allowDuplicates, Mode mode)
{
    const PaymentCsv::Context context = paymentContext(allowDuplicates);
    QList<Payment> payments = PaymentCsv::parse(CsvTable::read(path), context);
    if (mode == Mode::Check)
        return 0;
    // Oldest first, so that "oldest due first" sees the ledger as it stood on each payment's date.
    std::stable_sort(payments.begin(), payments.end(),
                     [](const Payment& a, const Payment& b) { return a.date < b.date; });
    m_ledger.write(Ledger::Change::Payments | Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository& repository = m_stores.invoices();
        QHash<QPair<qint64, QString>, QList<OpenItem>> open;
        const auto byCustomer = OpenItemRules::withDiscounts(repository.openItems());
        for (auto it = byCustomer.cbegin(); it != byCustomer.cend(); ++it)
            for (const auto& item : it.value())
                open[{it.key(), item.currency}] << item;
        // The allocations and closings are written together at the end, in a few multi-row statements:
        // nothing below reads them back, since `open` carries the balances.
        repository.deferWrites();
        const auto discardOnFailure = qScopeGuard([&repository] { repository.discardDeferred(); });
        // On PostgreSQL the payments, their audit rows and their allocations go in by COPY, in that
        // order (an allocation refers to its payment).
        PgBulkWrites::Scope bulk(m_stores.database());
        bulk.expect(QStringLiteral("payments"), payments.size());
        for (const auto& payment : std::as_const(payments)) {
            const qint64 invoiceId =
                payment.invoiceNumber.isEmpty() ? 0 : context.invoicesByNumber.value(payment.invoiceNumber).id;
            m_payments.apply(payment, open[{payment.customerId, payment.currency}], invoiceId, std::nullopt, audit);
        }
        repository.flushDeferred();
        bulk.finish();
        // A reminder queued before these payments were known must not chase what they have paid.
        Outbox(m_ledger).dismissSettled(0);
    });
    spdlog::info("imported {} payments from {}", payments.size(), path.toStdString());
    return int(payments.size());
}

} // namespace settle
