#include "ledger/Ledger.h"

#include "errors/SettleError.h"
#include "followup/InstallmentSchedule.h"
#include "io/EntityJson.h"
#include "ledger/CustomerBook.h"
#include "ledger/InputGuard.h"
#include "ledger/InvoiceBook.h"
#include "ledger/LedgerImport.h"
#include "ledger/LedgerStores.h"
#include "ledger/PaymentBook.h"
#include "ledger/SettingKeys.h"
#include "ledger/SettingRules.h"
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceEventRepository.h"
#include "storage/LedgerTotalsRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TermsRepository.h"
#include "storage/Transaction.h"
#include "templates/TemplateLibrary.h"
#include "terms/DefaultTerms.h"

namespace settle {

Ledger::Ledger(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db)), m_clock(clock), m_stores(std::make_unique<LedgerStores>(*m_db, clock)),
      m_customers(std::make_unique<CustomerBook>(*this, *m_stores)),
      m_invoices(std::make_unique<InvoiceBook>(*this, *m_stores)),
      m_payments(std::make_unique<PaymentBook>(*this, *m_stores, *m_invoices)),
      m_import(std::make_unique<LedgerImport>(*this, *m_stores, *m_customers, *m_invoices, *m_payments))
{
}

Ledger::~Ledger() = default;

std::unique_ptr<Ledger> Ledger::open(const QString& location, Database::OpenMode mode, const Clock& clock)
{
    return std::unique_ptr<Ledger>(new Ledger(Database::open(location, mode), clock));
}

const AuditLog& Ledger::audit() const
{
    return m_stores->audit();
}

AuditLog& Ledger::auditLog()
{
    return m_stores->audit();
}

// ---- the write path -----------------------------------------------------------------------------

Ledger::WriteScope::WriteScope(Ledger& ledger, Changes changes) : m_ledger(ledger)
{
    m_ledger.beginWrite(changes);
}

Ledger::WriteScope::~WriteScope()
{
    if (!m_ended)
        m_ledger.endWrite(false);
}

void Ledger::WriteScope::commit()
{
    m_ended = true;
    m_ledger.endWrite(true);
}

void Ledger::beginWrite(Changes changes)
{
    if (m_writeDepth == 0) {
        m_write = std::make_unique<Transaction>(*m_db);
        m_pendingChanges = {};
        m_writeFailed = false;
    }
    ++m_writeDepth;
    m_pendingChanges |= changes;
}

void Ledger::endWrite(bool commit)
{
    if (!commit)
        m_writeFailed = true;
    if (--m_writeDepth > 0)
        return;
    // Taken out first, so that a failing COMMIT still rolls back (Transaction's destructor) and
    // the next write starts afresh.
    const std::unique_ptr<Transaction> transaction = std::move(m_write);
    const Changes changes = std::exchange(m_pendingChanges, {});
    if (!commit)
        return; // unwinding: the transaction rolls back
    if (m_writeFailed)
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("a part of the change failed, so nothing was changed"));
    transaction->commit();
    if (changes)
        Q_EMIT changed(changes);
}

void Ledger::noteChangedElsewhere(Changes changes)
{
    if (changes)
        Q_EMIT changed(changes);
}

// ---- the ledger itself and its settings ---------------------------------------------------------

void Ledger::initialize(const QString& companyName, const QString& currency)
{
    if (!currency.isEmpty() && !Currency::fromCode(currency.toUpper()))
        throw SettleError(SettleError::Kind::Usage,
                          QStringLiteral("--currency: \"%1\" is not an ISO 4217 currency code").arg(currency));
    if (!companyName.isEmpty())
        if (const QString problem = SettingRules::valueProblem(SettingKeys::CompanyName, companyName);
            !problem.isEmpty())
            InputGuard::refuse(QStringLiteral("the company name ") + problem);
    SettingsRepository& settings = m_stores->settings();
    write(Change::Settings | Change::Terms | Change::Policies | Change::Templates, [&](AuditLog& audit) {
        // Initialising again only migrates and adds missing defaults: it never renames the company or
        // changes the currency under existing invoices behind the user's back.
        if (settings.contains(SettingKeys::CompanyCurrency)) {
            const QString name = settings.value(SettingKeys::CompanyName);
            if (!companyName.isEmpty() && companyName != name)
                InputGuard::refuse(QStringLiteral("this ledger already belongs to \"%1\"; init does not rename it "
                                                  "(settle-cli settings set company.name NAME does)")
                                       .arg(name));
            const QString stored = companyCurrency();
            if (!currency.isEmpty() && currency.toUpper() != stored)
                InputGuard::refuse(QStringLiteral("this ledger's currency is %1; init does not change it (settle-cli "
                                                  "settings set company.currency does, while the ledger has no "
                                                  "invoices)")
                                       .arg(stored));
        }
        TermsRepository& terms = m_stores->terms();
        if (terms.all().isEmpty())
            for (const auto& defaults : DefaultTerms::all()) {
                terms.insert(defaults);
                audit.record(QStringLiteral("payment_terms"), defaults.name, QStringLiteral("create"), {},
                             Json::Object{{QStringLiteral("terms"), defaults.describe()}});
            }
        m_stores->policies().ensure(QStringLiteral("Standard"));
        auto put = [&](const QString& key, const QString& value, bool overwrite) {
            if (value.isEmpty() || (!overwrite && settings.contains(key)))
                return;
            const QString before = settings.value(key);
            settings.setValue(key, value);
            audit.record(QStringLiteral("setting"), key, QStringLiteral("set"), before.isEmpty() ? Json() : Json(before),
                         value);
        };
        put(SettingKeys::CompanyName, companyName, true);
        put(SettingKeys::CompanyName, QStringLiteral("My Company"), false);
        put(SettingKeys::CompanyCurrency, currency.toUpper(), true);
        put(SettingKeys::CompanyCurrency, SettingKeys::CompanyCurrency.defaultValue(), false);
        put(SettingKeys::InvoicePrefix, SettingKeys::InvoicePrefix.defaultValue(), false);
        // Both sequences exist from the start, so that two first issuers never race to create one.
        m_stores->invoices().raiseSequence(m_invoices->prefix(), 1);
        m_stores->invoices().raiseSequence(QStringLiteral("CN-"), 1);
        TemplateLibrary(*this).installMissingDefaults();
    });
}

QString Ledger::setting(const QString& key, const QString& fallback) const
{
    return m_stores->settings().value(key, fallback);
}

QString Ledger::companyCurrency() const
{
    return m_stores->settings().value(SettingKeys::CompanyCurrency,
                                      SettingKeys::CompanyCurrency.defaultValue());
}

void Ledger::checkSetting(const QString& key, const QString& value)
{
    if (const QString problem = SettingRules::valueProblem(key, value); !problem.isEmpty())
        InputGuard::refuse(QStringLiteral("setting %1: %2").arg(key, problem));
    if (key == QLatin1String(SettingKeys::CompanyCurrency.name) && value.trimmed().toUpper() != companyCurrency() &&
        LedgerTotalsRepository(*m_db).hasInvoices())
        InputGuard::refuse(
            QStringLiteral("setting company.currency: the ledger has invoices in %1; its currency cannot change")
                .arg(companyCurrency()));
}

void Ledger::setSetting(const QString& key, const QString& value)
{
    write(Change::Settings, [&](AuditLog& audit) {
        checkSetting(key, value);
        SettingsRepository& settings = m_stores->settings();
        const QString before = settings.value(key);
        const QString stored = SettingRules::normalised(key, value);
        settings.setValue(key, stored);
        audit.record(QStringLiteral("setting"), key, QStringLiteral("set"), before, stored);
    });
}

void Ledger::setSettings(const QList<std::pair<QString, QString>>& values)
{
    write(Change::Settings, [&](AuditLog& audit) {
        for (const auto& [key, value] : values)
            checkSetting(key, value);
        SettingsRepository& settings = m_stores->settings();
        for (const auto& [key, typed] : values) {
            const QString value = SettingRules::normalised(key, typed);
            const QString before = settings.value(key);
            // The audit log shows real edits only: an unchanged value, or an empty one for a key never
            // set, is no edit.
            if (before == value && (value.isEmpty() || settings.contains(key)))
                continue;
            settings.setValue(key, value);
            audit.record(QStringLiteral("setting"), key, QStringLiteral("set"), before, value);
        }
    });
}

QList<PaymentTerms> Ledger::paymentTerms()
{
    QList<PaymentTerms> result;
    for (const auto& [id, terms] : m_stores->terms().all())
        result << terms;
    return result;
}

QStringList Ledger::policyNames()
{
    QStringList names = m_stores->policies().idsByName().keys();
    names.sort();
    return names;
}

QList<SearchRepository::Hit> Ledger::search(const QString& text, std::optional<qint64> totalMinor, int limit)
{
    return SearchRepository(*m_db).find(text, totalMinor, limit);
}

// ---- customers (CustomerBook) -------------------------------------------------------------------

QList<Ledger::CustomerBalance> Ledger::customerBalances(QDate asOf)
{
    return m_customers->balances(asOf);
}

std::optional<Customer> Ledger::customer(const QString& code)
{
    return m_customers->find(code);
}

Customer Ledger::requireCustomer(const QString& code)
{
    return m_customers->require(code);
}

QList<Customer> Ledger::customers()
{
    return m_customers->all();
}

qint64 Ledger::addCustomer(const Customer& customer)
{
    return m_customers->add(customer);
}

void Ledger::updateCustomer(const Customer& customer)
{
    m_customers->update(customer);
}

// ---- invoices (InvoiceBook) ---------------------------------------------------------------------

QList<InvoiceRepository::Listed> Ledger::invoices(const InvoiceRepository::Filter& filter, QDate asOf)
{
    return m_invoices->list(filter, asOf);
}

Ledger::InvoiceDetail Ledger::invoice(const QString& number, QDate asOf)
{
    return m_invoices->detail(number, asOf);
}

qint64 Ledger::invoiceCount(const InvoicePageRepository::Query& query, QDate asOf)
{
    return m_invoices->count(query, asOf);
}

QList<InvoicePageRepository::Row> Ledger::invoicePage(const InvoicePageRepository::Query& query, QDate asOf,
                                                      qint64 offset, int limit)
{
    return m_invoices->page(query, asOf, offset, limit);
}

qint64 Ledger::createDraft(Invoice draft)
{
    return m_invoices->createDraft(std::move(draft));
}

Invoice Ledger::issue(qint64 draftId, QDate issueDate)
{
    return m_invoices->issue(draftId, issueDate);
}

void Ledger::voidInvoice(const QString& number, QDate on)
{
    m_invoices->voidInvoice(number, on);
}

CreditNote Ledger::issueCreditNote(const QString& invoiceNumber, const Money& amount, QDate on,
                                   const QString& reason)
{
    return m_invoices->issueCreditNote(invoiceNumber, amount, on, reason);
}

void Ledger::writeOff(const QString& invoiceNumber, QDate on)
{
    m_invoices->writeOff(invoiceNumber, on);
}

// ---- payments (PaymentBook) ---------------------------------------------------------------------

Ledger::PaymentResult Ledger::recordPayment(const QString& customerCode, const Money& amount, QDate on,
                                            PaymentMethod method, const QString& reference,
                                            const QString& invoiceNumber)
{
    return m_payments->record(customerCode, amount, on, method, reference, invoiceNumber);
}

Ledger::PaymentResult Ledger::recordPaymentSplit(const QString& customerCode, const Money& amount, QDate on,
                                                 PaymentMethod method, const QString& reference,
                                                 const QList<std::pair<QString, qint64>>& split)
{
    return m_payments->recordSplit(customerCode, amount, on, method, reference, split);
}

QList<Payment> Ledger::payments(const QString& customerCode)
{
    return m_payments->all(customerCode);
}

QHash<qint64, QStringList> Ledger::paidInvoices(const QString& customerCode)
{
    return m_payments->paidInvoices(customerCode);
}

QList<OpenItem> Ledger::openItems(const QString& customerCode, const QString& currency)
{
    return m_payments->openItems(requireCustomer(customerCode).id, currency);
}

// ---- imports (LedgerImport) and exports ---------------------------------------------------------

int Ledger::import(ImportKind kind, const QString& path, bool allowDuplicates)
{
    return m_import->run(kind, path, allowDuplicates);
}

QList<InputProblem> Ledger::checkImport(ImportKind kind, const QString& path)
{
    return m_import->check(kind, path);
}

QString Ledger::exportCustomers()
{
    return CustomerCsv::write(m_customers->all());
}

QString Ledger::exportInvoices()
{
    return InvoiceCsv::write(m_stores->invoices().allWithLines());
}

QString Ledger::exportPayments()
{
    return PaymentCsv::write(m_payments->all({}));
}

// ---- reports ------------------------------------------------------------------------------------

AgingReport Ledger::aging(QDate asOf)
{
    return AgingReport::fromBalances(asOf, m_stores->invoices().agingItems(asOf));
}

QList<InvoiceRepository::Listed> Ledger::agingInvoices(QDate asOf, const QString& customerCode,
                                                       const QString& currency, AgingReport::Bucket bucket)
{
    // The same invoices AgingReport counts (InvoiceRepository::agingItems): issued by the date, not
    // void then, with a balance then, in the bucket of their effective due date. An invoice with an
    // installment plan is listed with the part of its balance that falls in the bucket.
    const auto installments = InvoiceEventRepository(*m_db).allInstallments();
    QList<InvoiceRepository::Listed> result;
    for (auto listed : invoices(InvoiceRepository::Filter{customerCode, false}, asOf)) {
        const Invoice& invoice = listed.invoice;
        if (listed.balance <= 0 || invoice.issueDate > asOf || invoice.currency != currency ||
            (invoice.voidedOn.isValid() && invoice.voidedOn <= asOf))
            continue;
        qint64 inBucket = 0;
        for (const auto& due :
             InstallmentSchedule::dueAmounts(invoice.total, listed.balance, invoice.dueDate,
                                             invoice.extendedDueDate, installments.value(invoice.id)))
            if (due.balance > 0 && AgingReport::bucketFor(due.dueDate.daysTo(asOf)) == bucket)
                inBucket += due.balance;
        if (inBucket > 0) {
            listed.balance = inBucket;
            result << listed;
        }
    }
    return result;
}

} // namespace settle
