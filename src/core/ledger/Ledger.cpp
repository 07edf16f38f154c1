#include "ledger/Ledger.h"

#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "domain/CustomerCheck.h"
#include "domain/InputLimits.h"
#include "errors/SettleError.h"
#include "followup/InstallmentSchedule.h"
#include "io/CsvTable.h"
#include "io/CustomerCsv.h"
#include "io/EntityJson.h"
#include "io/InvoiceCsv.h"
#include "io/PaymentCsv.h"
#include "ledger/PaymentAllocator.h"
#include "ledger/SettingRules.h"
#include "money/Decimal.h"
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

#include <QScopeGuard>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

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

void requireCustomerFields(const Customer& customer)
{
    const auto problems = CustomerCheck::problems(customer);
    if (!problems.isEmpty())
        badInput(QStringLiteral("customer %1: %2: %3")
                     .arg(customer.code.left(InputLimits::rule(InputLimits::Field::CustomerCode).maxLength),
                          problems.first().field, problems.first().message));
}

void requireDate(const QDate& date, const QString& what)
{
    if (const QString problem = InputLimits::dateProblem(date); !problem.isEmpty())
        badInput(what + QStringLiteral(": ") + problem);
}

void requireText(InputLimits::Field field, const QString& value, const QString& what)
{
    if (const QString problem = InputLimits::textProblem(field, value); !problem.isEmpty())
        badInput(what + QStringLiteral(": ") + problem);
}

} // namespace

Ledger::Ledger(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db)), m_clock(clock), m_audit(std::make_unique<AuditLog>(*m_db, clock)),
      m_settings(std::make_unique<SettingsRepository>(*m_db)),
      m_terms(std::make_unique<TermsRepository>(*m_db)),
      m_policies(std::make_unique<PolicyRepository>(*m_db)),
      m_customers(std::make_unique<CustomerRepository>(*m_db)),
      m_invoices(std::make_unique<InvoiceRepository>(*m_db)),
      m_payments(std::make_unique<PaymentRepository>(*m_db))
{
}

Ledger::~Ledger()
{
    // Prepared statements must go before the connection closes.
    m_payments.reset();
    m_invoices.reset();
    m_customers.reset();
    m_audit.reset();
}

std::unique_ptr<Ledger> Ledger::open(const QString& location, Database::OpenMode mode, const Clock& clock)
{
    return std::unique_ptr<Ledger>(new Ledger(Database::open(location, mode), clock));
}

void Ledger::initialize(const QString& companyName, const QString& currency)
{
    if (!currency.isEmpty() && !Currency::fromCode(currency.toUpper()))
        throw SettleError(
            SettleError::Kind::Usage,
            QStringLiteral("--currency: \"%1\" is not an ISO 4217 currency code").arg(currency));
    if (!companyName.isEmpty())
        if (const QString problem = SettingRules::valueProblem(QStringLiteral("company.name"), companyName);
            !problem.isEmpty())
            badInput(QStringLiteral("the company name ") + problem);
    Transaction transaction(*m_db);
    // Initialising again only migrates and adds missing defaults: it never renames the company or
    // changes the currency under existing invoices behind the user's back.
    if (m_settings->contains(QStringLiteral("company.currency"))) {
        const QString name = m_settings->value(QStringLiteral("company.name"));
        if (!companyName.isEmpty() && companyName != name)
            badInput(QStringLiteral("this ledger already belongs to \"%1\"; init does not rename it "
                                    "(settle-cli settings set company.name NAME does)")
                         .arg(name));
        const QString stored = companyCurrency();
        if (!currency.isEmpty() && currency.toUpper() != stored)
            badInput(QStringLiteral(
                         "this ledger's currency is %1; init does not change it (settle-cli settings set "
                         "company.currency does, while the ledger has no invoices)")
                         .arg(stored));
    }
    if (m_terms->all().isEmpty())
        for (const auto& terms : DefaultTerms::all()) {
            m_terms->insert(terms);
            m_audit->record(QStringLiteral("payment_terms"), terms.name, QStringLiteral("create"), {},
                            Json::Object{{QStringLiteral("terms"), terms.describe()}});
        }
    m_policies->ensure(QStringLiteral("Standard"));
    auto put = [&](const QString& key, const QString& value, bool overwrite) {
        if (value.isEmpty() || (!overwrite && m_settings->contains(key)))
            return;
        const QString before = m_settings->value(key);
        m_settings->setValue(key, value);
        m_audit->record(QStringLiteral("setting"), key, QStringLiteral("set"),
                        before.isEmpty() ? Json() : Json(before), value);
    };
    put(QStringLiteral("company.name"), companyName, true);
    put(QStringLiteral("company.name"), QStringLiteral("My Company"), false);
    put(QStringLiteral("company.currency"), currency.toUpper(), true);
    put(QStringLiteral("company.currency"), QStringLiteral("USD"), false);
    put(QStringLiteral("invoice.prefix"), QStringLiteral("INV-"), false);
    // Both sequences exist from the start, so that two first issuers never race to create one.
    m_invoices->raiseSequence(invoicePrefix(), 1);
    m_invoices->raiseSequence(QStringLiteral("CN-"), 1);
    TemplateLibrary(*this).installMissingDefaults();
    transaction.commit();
}

QString Ledger::setting(const QString& key, const QString& fallback) const
{
    return m_settings->value(key, fallback);
}

void Ledger::checkSetting(const QString& key, const QString& value)
{
    if (const QString problem = SettingRules::valueProblem(key, value); !problem.isEmpty())
        badInput(QStringLiteral("setting %1: %2").arg(key, problem));
    if (key == u"company.currency" && value.trimmed().toUpper() != companyCurrency() &&
        LedgerTotalsRepository(*m_db).hasInvoices())
        badInput(QStringLiteral(
                     "setting company.currency: the ledger has invoices in %1; its currency cannot change")
                     .arg(companyCurrency()));
}

void Ledger::setSetting(const QString& key, const QString& value)
{
    Transaction transaction(*m_db);
    checkSetting(key, value);
    const QString before = m_settings->value(key);
    m_settings->setValue(key, value);
    m_audit->record(QStringLiteral("setting"), key, QStringLiteral("set"), before, value);
    transaction.commit();
}

QString Ledger::companyCurrency() const
{
    return m_settings->value(QStringLiteral("company.currency"), QStringLiteral("USD"));
}

QString Ledger::invoicePrefix() const
{
    return m_settings->value(QStringLiteral("invoice.prefix"), QStringLiteral("INV-"));
}

// ---- customers ----------------------------------------------------------------------------------

QList<Ledger::CustomerBalance> Ledger::customerBalances(QDate asOf)
{
    const auto balances = m_invoices->balancesByCustomer(asOf);
    const auto credits = m_payments->creditByCustomer();
    QList<CustomerBalance> result;
    for (const auto& customer : m_customers->all())
        result << CustomerBalance{customer, balances.value(customer.id), credits.value(customer.id)};
    return result;
}

std::optional<Customer> Ledger::customer(const QString& code)
{
    return m_customers->findByCode(code);
}

Customer Ledger::requireCustomer(const QString& code)
{
    if (auto found = m_customers->findByCode(code))
        return *found;
    badInput(QStringLiteral("no customer has the code \"%1\"").arg(code));
}

qint64 Ledger::addCustomer(const Customer& customer)
{
    requireCustomerFields(customer);
    const auto terms = m_terms->findByName(customer.terms);
    if (!terms)
        badInput(QStringLiteral("\"%1\" is not a payment term of this ledger").arg(customer.terms));
    if (m_terms->findStored(terms->first)->retired)
        badInput(QStringLiteral("payment term \"%1\" is retired; choose another for a new customer")
                     .arg(customer.terms));
    const auto policies = m_policies->idsByName();
    if (!policies.contains(customer.policy))
        badInput(QStringLiteral("\"%1\" is not a reminder policy of this ledger").arg(customer.policy));
    if (!Currency::fromCode(customer.currency))
        badInput(QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(customer.currency));
    if (m_customers->findByCode(customer.code))
        badInput(QStringLiteral("customer \"%1\" already exists").arg(customer.code));
    Transaction transaction(*m_db);
    const qint64 id = m_customers->insert(customer, terms->first, policies.value(customer.policy));
    m_audit->record(QStringLiteral("customer"), customer.code, QStringLiteral("create"), {},
                    EntityJson::customer(customer));
    transaction.commit();
    Q_EMIT changed(Change::Customers);
    return id;
}

void Ledger::setOnHold(const QString& code, bool onHold)
{
    Transaction transaction(*m_db);
    const Customer before = requireCustomer(code);
    Customer after = before;
    after.onHold = onHold;
    const auto terms = m_terms->findByName(before.terms);
    m_customers->update(after, terms ? terms->first : 0, m_policies->idsByName().value(before.policy));
    m_audit->record(QStringLiteral("customer"), code,
                    onHold ? QStringLiteral("hold") : QStringLiteral("release"), EntityJson::customer(before),
                    EntityJson::customer(after));
    transaction.commit();
    Q_EMIT changed(Change::Customers);
}

QHash<QString, Customer> Ledger::customersByCode()
{
    QHash<QString, Customer> result;
    for (const auto& customer : m_customers->all())
        result.insert(customer.code, customer);
    return result;
}

QHash<QString, PaymentTerms> Ledger::termsByName()
{
    // Retired terms too: a customer keeps its term after it is retired, and so do its new invoices.
    QHash<QString, PaymentTerms> result;
    for (const auto& stored : m_terms->stored())
        result.insert(stored.terms.name, stored.terms);
    return result;
}

// ---- invoices -----------------------------------------------------------------------------------

QList<InvoiceRepository::Listed> Ledger::invoices(const InvoiceRepository::Filter& filter, QDate asOf)
{
    if (!filter.customerCode.isEmpty())
        requireCustomer(filter.customerCode);
    return m_invoices->list(filter, asOf);
}

Ledger::InvoiceDetail Ledger::invoice(const QString& number, QDate asOf)
{
    const auto found = m_invoices->findByNumber(number);
    if (!found)
        badInput(QStringLiteral("no invoice has the number \"%1\"").arg(number));
    InvoiceDetail detail;
    detail.invoice = *found;
    detail.balance = m_invoices->balance(found->id, asOf);
    for (const auto& applied : m_invoices->applied(found->id))
        if (applied.allocation.date <= asOf)
            detail.applied << applied;
    // The state as it stood on the as-of date, not as it stands today.
    detail.statusAsOf = found->status;
    if (found->voidedOn.isValid())
        detail.statusAsOf = found->voidedOn <= asOf ? InvoiceStatus::Void : InvoiceStatus::Open;
    else if (found->closedOn.isValid() && found->closedOn > asOf)
        detail.statusAsOf = InvoiceStatus::Open;
    return detail;
}

qint64 Ledger::createDraft(Invoice draft)
{
    const Customer customer = requireCustomer(draft.customerCode);
    if (draft.lines.isEmpty())
        badInput(QStringLiteral("an invoice needs at least one line"));
    for (const auto& line : draft.lines) {
        if (line.quantity < 0 || line.unitPrice < 0)
            badInput(QStringLiteral("a negative line on an invoice: corrections are credit notes"));
        requireText(InputLimits::Field::Description, line.description,
                    QStringLiteral("a line's description"));
    }
    draft.customerId = customer.id;
    draft.number.clear();
    draft.status = InvoiceStatus::Draft;
    if (draft.currency.isEmpty())
        draft.currency = customer.currency;
    if (draft.terms.name.isEmpty())
        draft.terms = termsByName().value(customer.terms);
    if (!draft.issueDate.isValid())
        draft.issueDate = m_clock.today();
    if (!draft.dueDate.isValid())
        draft.dueDate = draft.terms.dueDate(draft.issueDate);
    requireDate(draft.issueDate, QStringLiteral("the issue date"));
    requireDate(draft.dueDate, QStringLiteral("the due date"));
    const auto currency = Currency::fromCode(draft.currency);
    if (!currency)
        badInput(QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(draft.currency));
    {
        // Each line, and the sum, in 128 bits before the 64-bit totals are computed.
        WideInt total = 0;
        for (const auto& line : draft.lines) {
            const WideInt amount = Decimal::divideRoundedWide(WideInt(line.quantity) * line.unitPrice,
                                                              Decimal::pow10(InvoiceLine::QuantityDecimals));
            if (const QString problem = InputLimits::amountProblem(amount, *currency); !problem.isEmpty())
                badInput(QStringLiteral("a line's quantity × unit price: ") + problem);
            total += amount + Decimal::divideRoundedWide(amount * line.taxRate.millionths(), Rate::Scale);
        }
        if (const QString problem = InputLimits::amountProblem(total, *currency); !problem.isEmpty())
            badInput(QStringLiteral("the invoice's total: ") + problem);
    }
    draft.computeTotals();
    Transaction transaction(*m_db);
    requireInvoicedWithinLimits(customer, draft.currency, draft.total);
    const qint64 id = m_invoices->insert(draft);
    m_audit->record(QStringLiteral("invoice"), QStringLiteral("draft-%1").arg(id), QStringLiteral("create"),
                    {}, EntityJson::invoice(draft));
    transaction.commit();
    Q_EMIT changed(Change::Invoices);
    return id;
}

Invoice Ledger::issue(qint64 draftId, QDate issueDate)
{
    Transaction transaction(*m_db);
    auto found = m_invoices->findById(draftId);
    if (!found || found->status != InvoiceStatus::Draft)
        badInput(QStringLiteral("there is no draft invoice %1 to issue").arg(draftId));
    Invoice issued = *found;
    const QString prefix = invoicePrefix();
    const auto existing = m_invoices->numberIndex();
    do {
        // Taken inside this transaction: a failure gives the number back, so none is ever skipped.
        issued.number = prefix + QString::number(m_invoices->takeNextNumber(prefix)).rightJustified(4, u'0');
    } while (existing.contains(issued.number));
    const bool dueFromTerms = found->dueDate == found->terms.dueDate(found->issueDate);
    issued.issueDate = issueDate;
    if (dueFromTerms)
        issued.dueDate = issued.terms.dueDate(issueDate);
    issued.status = InvoiceStatus::Open;
    m_invoices->markIssued(draftId, issued, found->version);
    m_audit->record(QStringLiteral("invoice"), issued.number, QStringLiteral("issue"),
                    EntityJson::invoice(*found), EntityJson::invoice(issued));
    transaction.commit();
    Q_EMIT changed(Change::Invoices);
    return issued;
}

void Ledger::voidInvoice(const QString& number, QDate on)
{
    Transaction transaction(*m_db);
    const auto found = m_invoices->findByNumber(number);
    if (!found)
        badInput(QStringLiteral("no invoice has the number \"%1\"").arg(number));
    if (found->status != InvoiceStatus::Open)
        badInput(QStringLiteral("invoice %1 is %2; only an open invoice can be voided")
                     .arg(number, toString(found->status)));
    if (!m_invoices->applied(found->id).isEmpty())
        badInput(
            QStringLiteral("invoice %1 has payments or credits; issue a credit note instead of voiding it")
                .arg(number));
    m_invoices->markVoid(found->id, on, found->version);
    Invoice after = *found;
    after.status = InvoiceStatus::Void;
    after.voidedOn = on;
    m_audit->record(QStringLiteral("invoice"), number, QStringLiteral("void"), EntityJson::invoice(*found),
                    EntityJson::invoice(after));
    transaction.commit();
    Q_EMIT changed(Change::Invoices);
}

void Ledger::closeIfSettled(qint64 invoiceId, qint64 balance, InvoiceStatus status, QDate on)
{
    if (balance <= 0)
        m_invoices->markClosed(invoiceId, status, on);
}

CreditNote Ledger::issueCreditNote(const QString& invoiceNumber, const Money& amount, QDate on,
                                   const QString& reason)
{
    requireDate(on, QStringLiteral("the credit note's date"));
    requireText(InputLimits::Field::Reason, reason, QStringLiteral("the reason"));
    Transaction transaction(*m_db);
    const auto found = m_invoices->findByNumber(invoiceNumber);
    if (!found)
        badInput(QStringLiteral("no invoice has the number \"%1\"").arg(invoiceNumber));
    if (found->status != InvoiceStatus::Open)
        badInput(QStringLiteral("invoice %1 is %2; a credit note needs an open invoice")
                     .arg(invoiceNumber, toString(found->status)));
    if (amount.currency().code() != found->currency)
        badInput(QStringLiteral("the credit note is in %1, the invoice in %2")
                     .arg(amount.currency().code(), found->currency));
    const qint64 balance = m_invoices->balance(found->id, QDate(9999, 12, 31));
    if (!amount.isPositive() || amount.minor() > balance)
        badInput(QStringLiteral("a credit note for %1 must be more than zero and at most the balance %2")
                     .arg(invoiceNumber, EntityJson::amount(balance, found->currency)));
    CreditNote note;
    note.number = QStringLiteral("CN-") +
                  QString::number(m_invoices->takeNextNumber(QStringLiteral("CN-"))).rightJustified(4, u'0');
    note.invoiceId = found->id;
    note.invoiceNumber = invoiceNumber;
    note.date = on;
    note.amount = amount.minor();
    note.reason = reason;
    note.id = m_invoices->insertCreditNote(note);
    Allocation allocation;
    allocation.invoiceId = found->id;
    allocation.creditNoteId = note.id;
    allocation.kind = Allocation::Kind::CreditNote;
    allocation.date = on;
    allocation.amount = note.amount;
    m_invoices->insertAllocation(allocation);
    closeIfSettled(found->id, balance - note.amount, InvoiceStatus::Paid, on);
    m_audit->record(QStringLiteral("credit_note"), note.number, QStringLiteral("create"), {},
                    EntityJson::creditNote(note, found->currency));
    transaction.commit();
    Q_EMIT changed(Change::Invoices);
    return note;
}

void Ledger::writeOff(const QString& invoiceNumber, QDate on)
{
    Transaction transaction(*m_db);
    const auto found = m_invoices->findByNumber(invoiceNumber);
    if (!found || found->status != InvoiceStatus::Open)
        badInput(QStringLiteral("there is no open invoice \"%1\" to write off").arg(invoiceNumber));
    const qint64 balance = m_invoices->balance(found->id, QDate(9999, 12, 31));
    Allocation allocation;
    allocation.invoiceId = found->id;
    allocation.kind = Allocation::Kind::WriteOff;
    allocation.date = on;
    allocation.amount = balance;
    m_invoices->insertAllocation(allocation);
    m_invoices->markClosed(found->id, InvoiceStatus::WrittenOff, on);
    Invoice after = *found;
    after.status = InvoiceStatus::WrittenOff;
    m_audit->record(QStringLiteral("invoice"), invoiceNumber, QStringLiteral("write_off"),
                    EntityJson::invoice(*found), EntityJson::invoice(after));
    transaction.commit();
    Q_EMIT changed(Change::Invoices);
}

// ---- payments -----------------------------------------------------------------------------------

Ledger::PaymentResult Ledger::applyPayment(Payment payment, QList<OpenItem>& items, qint64 invoiceId)
{
    PaymentResult result;
    payment.id = m_payments->insert(payment, invoiceId);
    const auto plan = PaymentAllocator::allocate(items, payment.date, payment.amount,
                                                 invoiceId ? std::optional<qint64>(invoiceId) : std::nullopt);
    Json::Array allocationsJson;
    for (Allocation allocation : plan.allocations) {
        allocation.paymentId = payment.id;
        m_invoices->insertAllocation(allocation);
        const auto item = std::find_if(items.cbegin(), items.cend(), [&](const OpenItem& i) {
            return i.invoiceId == allocation.invoiceId;
        });
        result.allocations << std::pair{item->number, allocation};
        allocationsJson << EntityJson::allocation(allocation, payment.currency);
    }
    for (const auto& item : items)
        if (item.balance == 0 && std::any_of(plan.allocations.cbegin(), plan.allocations.cend(),
                                             [&](const auto& a) { return a.invoiceId == item.invoiceId; }))
            m_invoices->markClosed(item.invoiceId, InvoiceStatus::Paid, payment.date);
    // Settled items leave the list so that the next payment of an import does not look at them.
    items.erase(std::remove_if(items.begin(), items.end(), [](const OpenItem& i) { return i.balance <= 0; }),
                items.end());
    const Json::Object after{{QStringLiteral("payment"), EntityJson::payment(payment)},
                             {QStringLiteral("allocations"), allocationsJson}};
    m_audit->record(QStringLiteral("payment"), QString::number(payment.id), QStringLiteral("create"), {},
                    after);
    result.payment = payment;
    result.unallocated = plan.unallocated;
    return result;
}

Ledger::PaymentResult Ledger::recordPayment(const QString& customerCode, const Money& amount, QDate on,
                                            PaymentMethod method, const QString& reference,
                                            const QString& invoiceNumber)
{
    const Customer customer = requireCustomer(customerCode);
    QString currency = customer.currency;
    qint64 invoiceId = 0;
    if (!invoiceNumber.isEmpty()) {
        const auto found = m_invoices->findByNumber(invoiceNumber);
        if (!found)
            badInput(QStringLiteral("no invoice has the number \"%1\"").arg(invoiceNumber));
        if (found->customerId != customer.id)
            badInput(QStringLiteral("invoice %1 belongs to another customer, not %2")
                         .arg(invoiceNumber, customerCode));
        if (found->status == InvoiceStatus::Void || found->status == InvoiceStatus::Draft)
            badInput(QStringLiteral("invoice %1 is %2 and cannot be paid")
                         .arg(invoiceNumber, toString(found->status)));
        currency = found->currency;
        invoiceId = found->id;
    }
    if (amount.currency().code() != currency)
        badInput(QStringLiteral("the payment is in %1 but %2 is billed in %3")
                     .arg(amount.currency().code(), invoiceNumber.isEmpty() ? customerCode : invoiceNumber,
                          currency));
    if (!amount.isPositive())
        badInput(QStringLiteral("a payment must be more than zero"));
    checkPayment(amount, on, reference);

    Transaction transaction(*m_db);
    m_customers->lockForUpdate(customer.id);
    requirePaidWithinLimits(customer, amount);
    QList<OpenItem> items;
    for (const auto& item : m_invoices->openItems(customer.id).value(customer.id))
        if (item.currency == currency)
            items << item;
    Payment payment;
    payment.customerId = customer.id;
    payment.customerCode = customer.code;
    payment.date = on;
    payment.amount = amount.minor();
    payment.currency = currency;
    payment.method = method;
    payment.reference = reference;
    payment.invoiceNumber = invoiceNumber;
    PaymentResult result = applyPayment(payment, items, invoiceId);
    transaction.commit();
    Q_EMIT changed(Change::Payments | Change::Invoices);
    return result;
}

void Ledger::checkPayment(const Money& amount, QDate on, const QString& reference)
{
    if (const QString problem = InputLimits::amountProblem(amount.minor(), amount.currency());
        !problem.isEmpty())
        badInput(QStringLiteral("the payment: ") + problem);
    requireDate(on, QStringLiteral("the payment's date"));
    requireText(InputLimits::Field::Reference, reference, QStringLiteral("the reference"));
}

void Ledger::requirePaidWithinLimits(const Customer& customer, const Money& amount)
{
    const auto paid = LedgerTotalsRepository(*m_db).paidByCustomer();
    WideInt customerTotal = WideInt(amount.minor()) + paid.value({customer.id, amount.currency().code()});
    WideInt ledgerTotal = amount.minor();
    for (auto it = paid.cbegin(); it != paid.cend(); ++it)
        if (it.key().second == amount.currency().code())
            ledgerTotal += it.value();
    if (const QString problem = InputLimits::customerTotalProblem(customerTotal, amount.currency());
        !problem.isEmpty())
        badInput(QStringLiteral("with this payment, the payments of %1 would ").arg(customer.code) + problem);
    if (const QString problem = InputLimits::ledgerTotalProblem(ledgerTotal, amount.currency());
        !problem.isEmpty())
        badInput(QStringLiteral("with this payment, the payments would ") + problem);
}

void Ledger::requireInvoicedWithinLimits(const Customer& customer, const QString& currency, qint64 total)
{
    const Currency c = Currency::require(currency);
    const auto invoiced = LedgerTotalsRepository(*m_db).invoicedByCustomer();
    WideInt customerTotal = WideInt(total) + invoiced.value({customer.id, currency});
    WideInt ledgerTotal = total;
    for (auto it = invoiced.cbegin(); it != invoiced.cend(); ++it)
        if (it.key().second == currency)
            ledgerTotal += it.value();
    if (const QString problem = InputLimits::customerTotalProblem(customerTotal, c); !problem.isEmpty())
        badInput(QStringLiteral("with this invoice, the invoices of %1 would ").arg(customer.code) + problem);
    if (const QString problem = InputLimits::ledgerTotalProblem(ledgerTotal, c); !problem.isEmpty())
        badInput(QStringLiteral("with this invoice, the invoices would ") + problem);
}

// ---- import / export ----------------------------------------------------------------------------

// What a CSV row may refer to: the ledger's codes, names and numbers as they stand now.
CustomerCsv::Context Ledger::customerCsvContext()
{
    CustomerCsv::Context context;
    const auto existing = m_customers->idsByCode();
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        context.existingCodes.insert(it.key());
    for (const auto& [id, terms] : m_terms->all())
        context.termsNames.insert(terms.name);
    const auto policies = m_policies->idsByName();
    for (auto it = policies.cbegin(); it != policies.cend(); ++it)
        context.policyNames.insert(it.key());
    context.defaultCurrency = companyCurrency();
    return context;
}

InvoiceCsv::Context Ledger::invoiceCsvContext()
{
    InvoiceCsv::Context context;
    context.customersByCode = customersByCode();
    context.termsByName = termsByName();
    const auto index = m_invoices->numberIndex();
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        context.existingNumbers.insert(it.key());
    context.invoicedByCustomer = LedgerTotalsRepository(*m_db).invoicedByCustomer();
    return context;
}

PaymentCsv::Context Ledger::paymentCsvContext(bool allowDuplicates)
{
    PaymentCsv::Context context;
    context.customersByCode = customersByCode();
    context.invoicesByNumber = m_invoices->numberIndex();
    LedgerTotalsRepository totals(*m_db);
    context.paidByCustomer = totals.paidByCustomer();
    if (!allowDuplicates)
        context.existingPayments = totals.paymentKeys();
    context.allowDuplicates = allowDuplicates;
    return context;
}

int Ledger::importCustomers(const QString& path)
{
    const QList<Customer> customers = CustomerCsv::parse(CsvTable::read(path), customerCsvContext());
    const auto policies = m_policies->idsByName();

    QHash<QString, qint64> termsIds;
    for (const auto& [id, terms] : m_terms->all())
        termsIds.insert(terms.name, id);
    Transaction transaction(*m_db);
    for (const auto& customer : customers) {
        m_customers->insert(customer, termsIds.value(customer.terms), policies.value(customer.policy));
        m_audit->record(QStringLiteral("customer"), customer.code, QStringLiteral("import"), {},
                        EntityJson::customer(customer));
    }
    transaction.commit();
    spdlog::info("imported {} customers from {}", customers.size(), path.toStdString());
    Q_EMIT changed(Change::Customers);
    return int(customers.size());
}

int Ledger::importInvoices(const QString& path)
{
    // The table is gone once parsed, so that a big file's cells do not stay in memory while writing.
    QList<Invoice> invoices = InvoiceCsv::parse(CsvTable::read(path), invoiceCsvContext());

    Transaction transaction(*m_db);
    QHash<QString, qint64> nextByPrefix;
    for (auto& invoice : invoices) {
        if (invoice.total == 0) {
            invoice.status = InvoiceStatus::Paid; // nothing to collect
            invoice.closedOn = invoice.issueDate;
        }
        if (const auto split = splitNumber(invoice.number))
            nextByPrefix[split->first] = std::max(nextByPrefix.value(split->first), split->second + 1);
    }
    m_invoices->insertAll(invoices);
    for (const auto& invoice : std::as_const(invoices))
        m_audit->record(QStringLiteral("invoice"), invoice.number, QStringLiteral("import"), {},
                        EntityJson::invoice(invoice));
    // New invoices continue after the imported numbers instead of colliding with them.
    for (auto it = nextByPrefix.cbegin(); it != nextByPrefix.cend(); ++it)
        m_invoices->raiseSequence(it.key(), it.value());
    transaction.commit();
    spdlog::info("imported {} invoices from {}", invoices.size(), path.toStdString());
    Q_EMIT changed(Change::Invoices);
    return int(invoices.size());
}

int Ledger::importPayments(const QString& path, bool allowDuplicates)
{
    const PaymentCsv::Context context = paymentCsvContext(allowDuplicates);
    QList<Payment> payments = PaymentCsv::parse(CsvTable::read(path), context);
    // Oldest first, so that "oldest due first" sees the ledger as it stood on each payment's date.
    std::stable_sort(payments.begin(), payments.end(),
                     [](const Payment& a, const Payment& b) { return a.date < b.date; });

    Transaction transaction(*m_db);
    QHash<QPair<qint64, QString>, QList<OpenItem>> open;
    const auto byCustomer = m_invoices->openItems();
    for (auto it = byCustomer.cbegin(); it != byCustomer.cend(); ++it)
        for (const auto& item : it.value())
            open[{it.key(), item.currency}] << item;
    // The allocations and closings are written together at the end, in a few multi-row statements:
    // nothing below reads them back, since `open` carries the balances.
    m_invoices->deferWrites();
    const auto discardOnFailure = qScopeGuard([this] { m_invoices->discardDeferred(); });
    for (const auto& payment : payments) {
        const qint64 invoiceId =
            payment.invoiceNumber.isEmpty() ? 0 : context.invoicesByNumber.value(payment.invoiceNumber).id;
        applyPayment(payment, open[{payment.customerId, payment.currency}], invoiceId);
    }
    m_invoices->flushDeferred();
    transaction.commit();
    spdlog::info("imported {} payments from {}", payments.size(), path.toStdString());
    Q_EMIT changed(Change::Payments | Change::Invoices);
    return int(payments.size());
}

QString Ledger::exportCustomers()
{
    return CustomerCsv::write(m_customers->all());
}

QString Ledger::exportInvoices()
{
    return InvoiceCsv::write(m_invoices->allWithLines());
}

QString Ledger::exportPayments()
{
    return PaymentCsv::write(m_payments->all());
}

AgingReport Ledger::aging(QDate asOf)
{
    return AgingReport::build(asOf, m_invoices->agingItems(asOf));
}

} // namespace settle

// ---- for the desktop app --------------------------------------------------------------

namespace settle {

QList<Customer> Ledger::customers()
{
    return m_customers->all();
}

QList<PaymentTerms> Ledger::paymentTerms()
{
    QList<PaymentTerms> result;
    for (const auto& [id, terms] : m_terms->all())
        result << terms;
    return result;
}

QStringList Ledger::policyNames()
{
    QStringList names = m_policies->idsByName().keys();
    names.sort();
    return names;
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
    const Customer customer = requireCustomer(customerCode);
    QList<OpenItem> items;
    for (const auto& item : m_invoices->openItems(customer.id).value(customer.id))
        if (item.currency == currency)
            items << item;
    return items;
}

qint64 Ledger::invoiceCount(const InvoicePageRepository::Query& query, QDate asOf)
{
    return InvoicePageRepository(*m_db).count(query, asOf);
}

QList<InvoicePageRepository::Row> Ledger::invoicePage(const InvoicePageRepository::Query& query, QDate asOf,
                                                      qint64 offset, int limit)
{
    return InvoicePageRepository(*m_db).page(query, asOf, offset, limit);
}

QList<InputProblem> Ledger::checkImport(ImportKind kind, const QString& path)
{
    // The same reading and checking as the imports below, stopping before anything is written.
    try {
        const CsvTable table = CsvTable::read(path);
        switch (kind) {
        case ImportKind::Customers:
            CustomerCsv::parse(table, customerCsvContext());
            break;
        case ImportKind::Invoices:
            InvoiceCsv::parse(table, invoiceCsvContext());
            break;
        case ImportKind::Payments:
            PaymentCsv::parse(table, paymentCsvContext(false));
            break;
        }
    } catch (const InputProblems& problems) {
        return problems.problems();
    }
    return {};
}

int Ledger::import(ImportKind kind, const QString& path)
{
    switch (kind) {
    case ImportKind::Customers:
        return importCustomers(path);
    case ImportKind::Invoices:
        return importInvoices(path);
    case ImportKind::Payments:
        return importPayments(path);
    }
    return 0;
}

void Ledger::updateCustomer(const Customer& customer)
{
    const auto terms = m_terms->findByName(customer.terms);
    if (!terms)
        badInput(QStringLiteral("\"%1\" is not a payment term of this ledger").arg(customer.terms));
    const auto policies = m_policies->idsByName();
    if (!policies.contains(customer.policy))
        badInput(QStringLiteral("\"%1\" is not a reminder policy of this ledger").arg(customer.policy));
    if (customer.name.trimmed().isEmpty())
        badInput(QStringLiteral("customer %1 needs a name").arg(customer.code));
    Transaction transaction(*m_db);
    const Customer before = requireCustomer(customer.code);
    {
        // The currency stays (below), so it is the stored one that is checked.
        Customer checked = customer;
        checked.currency = before.currency;
        requireCustomerFields(checked);
    }
    // A retired term stays with the customers that have it, but no customer moves to one.
    if (customer.terms != before.terms && m_terms->findStored(terms->first)->retired)
        badInput(QStringLiteral("payment term \"%1\" is retired; choose another").arg(customer.terms));
    Customer after = customer;
    after.id = before.id;
    // The currency stays: its invoices and payments are in it.
    after.currency = before.currency;
    m_customers->update(after, terms->first, policies.value(customer.policy));
    m_audit->record(QStringLiteral("customer"), customer.code, QStringLiteral("update"),
                    EntityJson::customer(before), EntityJson::customer(after));
    transaction.commit();
    Q_EMIT changed(Change::Customers);
}

Ledger::PaymentResult Ledger::recordPaymentSplit(const QString& customerCode, const Money& amount, QDate on,
                                                 PaymentMethod method, const QString& reference,
                                                 const QList<std::pair<QString, qint64>>& split)
{
    const Customer customer = requireCustomer(customerCode);
    const QString currency = amount.currency().code();
    if (!amount.isPositive())
        badInput(QStringLiteral("a payment must be more than zero"));
    if (!on.isValid())
        badInput(QStringLiteral("a payment needs a date"));
    checkPayment(amount, on, reference);

    Transaction transaction(*m_db);
    requirePaidWithinLimits(customer, amount);
    QList<OpenItem> items;
    for (const auto& item : m_invoices->openItems(customer.id).value(customer.id))
        if (item.currency == currency)
            items << item;
    // Each part goes through the same allocator as an automatic payment, so that the discount rule
    // applies in one place.
    PaymentAllocator::Result plan;
    qint64 available = amount.minor();
    for (const auto& [number, part] : split) {
        const auto item =
            std::find_if(items.begin(), items.end(), [&](const OpenItem& i) { return i.number == number; });
        if (item == items.end())
            badInput(QStringLiteral("invoice %1 is not an open %2 invoice of %3")
                         .arg(number, currency, customerCode));
        if (part <= 0)
            badInput(QStringLiteral("the amount for invoice %1 must be more than zero").arg(number));
        if (part > available)
            badInput(QStringLiteral("the amounts for the invoices add up to more than the payment"));
        const qint64 balance = item->balance;
        const auto step = PaymentAllocator::allocate(items, on, part, item->invoiceId);
        if (step.unallocated > 0)
            badInput(
                QStringLiteral("%1 is more than the balance %2 of invoice %3")
                    .arg(EntityJson::amount(part, currency), EntityJson::amount(balance, currency), number));
        plan.allocations << step.allocations;
        available -= part;
    }

    Payment payment;
    payment.customerId = customer.id;
    payment.customerCode = customer.code;
    payment.date = on;
    payment.amount = amount.minor();
    payment.currency = currency;
    payment.method = method;
    payment.reference = reference;
    payment.id = m_payments->insert(payment, 0);
    PaymentResult result;
    Json::Array allocationsJson;
    for (Allocation allocation : plan.allocations) {
        allocation.paymentId = payment.id;
        m_invoices->insertAllocation(allocation);
        const auto item = std::find_if(items.cbegin(), items.cend(), [&](const OpenItem& i) {
            return i.invoiceId == allocation.invoiceId;
        });
        result.allocations << std::pair{item->number, allocation};
        allocationsJson << EntityJson::allocation(allocation, currency);
        if (item->balance == 0)
            m_invoices->markClosed(item->invoiceId, InvoiceStatus::Paid, on);
    }
    payment.unallocated = available;
    m_audit->record(QStringLiteral("payment"), QString::number(payment.id), QStringLiteral("create"), {},
                    Json::Object{{QStringLiteral("payment"), EntityJson::payment(payment)},
                                 {QStringLiteral("allocations"), allocationsJson}});
    transaction.commit();
    result.payment = payment;
    result.unallocated = available;
    Q_EMIT changed(Change::Payments | Change::Invoices);
    return result;
}

QList<SearchRepository::Hit> Ledger::search(const QString& text, std::optional<qint64> totalMinor, int limit)
{
    return SearchRepository(*m_db).find(text, totalMinor, limit);
}

void Ledger::noteChangedElsewhere(Changes changes)
{
    if (changes)
        Q_EMIT changed(changes);
}

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

} // namespace settle

// ---- settings page and reports page ---------------------------------------------------

namespace settle {

void Ledger::setSettings(const QList<std::pair<QString, QString>>& values)
{
    Transaction transaction(*m_db);
    for (const auto& [key, value] : values)
        checkSetting(key, value);
    for (const auto& [key, value] : values) {
        const QString before = m_settings->value(key);
        // The audit log shows real edits only: an unchanged value, or an empty one for a key never set, is no
        // edit.
        if (before == value && (value.isEmpty() || m_settings->contains(key)))
            continue;
        m_settings->setValue(key, value);
        m_audit->record(QStringLiteral("setting"), key, QStringLiteral("set"), before, value);
    }
    transaction.commit();
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
