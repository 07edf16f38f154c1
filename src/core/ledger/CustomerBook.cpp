#include "ledger/CustomerBook.h"

#include "domain/CustomerCheck.h"
#include "domain/InputLimits.h"
#include "io/EntityJson.h"
#include "ledger/InputGuard.h"
#include "ledger/LedgerStores.h"
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/TermsRepository.h"

namespace settle {

CustomerBook::CustomerBook(Ledger& ledger, LedgerStores& stores) : m_ledger(ledger), m_stores(stores) {}

QList<Ledger::CustomerBalance> CustomerBook::balances(QDate asOf)
{
    const auto balances = m_stores.invoices().balancesByCustomer(asOf);
    const auto credits = m_stores.payments().creditByCustomer();
    QList<Ledger::CustomerBalance> result;
    for (const auto& customer : m_stores.customers().all())
        result << Ledger::CustomerBalance{customer, balances.value(customer.id), credits.value(customer.id)};
    return result;
}

std::optional<Customer> CustomerBook::find(const QString& code)
{
    return m_stores.customers().findByCode(code);
}

Customer CustomerBook::require(const QString& code)
{
    if (auto found = m_stores.customers().findByCode(code))
        return *found;
    InputGuard::refuse(QStringLiteral("no customer has the code \"%1\"").arg(code));
}

QList<Customer> CustomerBook::all()
{
    return m_stores.customers().all();
}

QHash<QString, Customer> CustomerBook::byCode()
{
    QHash<QString, Customer> result;
    for (const auto& customer : m_stores.customers().all())
        result.insert(customer.code, customer);
    return result;
}

void CustomerBook::requireValid(const Customer& customer)
{
    const auto problems = CustomerCheck::problems(customer);
    if (!problems.isEmpty())
        InputGuard::refuse(QStringLiteral("customer %1: %2: %3")
                               .arg(customer.code.left(InputLimits::rule(InputLimits::Field::CustomerCode).maxLength),
                                    problems.first().field, problems.first().message));
}

std::pair<qint64, qint64> CustomerBook::termsAndPolicy(const Customer& customer, const QString& currentTerms)
{
    const auto terms = m_stores.terms().findByName(customer.terms);
    if (!terms)
        InputGuard::refuse(QStringLiteral("\"%1\" is not a payment term of this ledger").arg(customer.terms));
    if (customer.terms != currentTerms && m_stores.terms().findStored(terms->first)->retired)
        InputGuard::refuse(currentTerms.isEmpty()
                               ? QStringLiteral("payment term \"%1\" is retired; choose another for a new customer")
                                     .arg(customer.terms)
                               : QStringLiteral("payment term \"%1\" is retired; choose another").arg(customer.terms));
    const auto policies = m_stores.policies().idsByName();
    if (!policies.contains(customer.policy))
        InputGuard::refuse(QStringLiteral("\"%1\" is not a reminder policy of this ledger").arg(customer.policy));
    return {terms->first, policies.value(customer.policy)};
}

qint64 CustomerBook::add(const Customer& customer)
{
    return m_ledger.write(Ledger::Change::Customers, [&](AuditLog& audit) {
        requireValid(customer);
        const auto [termsId, policyId] = termsAndPolicy(customer, {});
        if (m_stores.customers().findByCode(customer.code))
            InputGuard::refuse(QStringLiteral("customer \"%1\" already exists").arg(customer.code));
        const qint64 id = m_stores.customers().insert(customer, termsId, policyId);
        audit.record(QStringLiteral("customer"), customer.code, QStringLiteral("create"), {},
                     EntityJson::customer(customer));
        return id;
    });
}

void CustomerBook::update(const Customer& customer)
{
    m_ledger.write(Ledger::Change::Customers, [&](AuditLog& audit) {
        const Customer before = require(customer.code);
        Customer after = customer;
        after.id = before.id;
        // The currency stays: its invoices and payments are in it.
        after.currency = before.currency;
        requireValid(after);
        const auto [termsId, policyId] = termsAndPolicy(after, before.terms);
        m_stores.customers().update(after, termsId, policyId);
        audit.record(QStringLiteral("customer"), customer.code, QStringLiteral("update"), EntityJson::customer(before),
                     EntityJson::customer(after));
    });
}

} // namespace settle
