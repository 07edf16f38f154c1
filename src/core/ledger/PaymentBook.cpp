#include "ledger/PaymentBook.h"

#include "domain/InputLimits.h"
#include "io/EntityJson.h"
#include "ledger/InputGuard.h"
#include "ledger/InvoiceBook.h"
#include "ledger/LedgerStores.h"
#include "ledger/OpenItemRules.h"
#include "mail/Outbox.h"
#include "mail/PaymentThanks.h"
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/LedgerTotalsRepository.h"
#include "storage/PaymentRepository.h"

#include <algorithm>

namespace settle {

PaymentBook::PaymentBook(Ledger& ledger, LedgerStores& stores, InvoiceBook& invoices)
    : m_ledger(ledger), m_stores(stores), m_invoices(invoices)
{
}

QList<Payment> PaymentBook::all(const QString& customerCode)
{
    return m_stores.payments().all(customerCode);
}

QHash<qint64, QStringList> PaymentBook::paidInvoices(const QString& customerCode)
{
    return m_stores.payments().paidInvoices(customerCode);
}

QList<OpenItem> PaymentBook::openItems(qint64 customerId, const QString& currency)
{
    QList<OpenItem> items;
    for (const auto& item : OpenItemRules::withDiscounts(m_stores.invoices().openItems(customerId).value(customerId)))
        if (item.currency == currency)
            items << item;
    return items;
}

void PaymentBook::checkPayment(const Money& amount, QDate on, const QString& reference)
{
    if (!amount.isPositive())
        InputGuard::refuse(QStringLiteral("a payment must be more than zero"));
    if (!on.isValid())
        InputGuard::refuse(QStringLiteral("a payment needs a date"));
    if (const QString problem = InputLimits::amountProblem(amount.minor(), amount.currency()); !problem.isEmpty())
        InputGuard::refuse(QStringLiteral("the payment: ") + problem);
    InputGuard::requireDate(on, QStringLiteral("the payment's date"));
    InputGuard::requireText(InputLimits::Field::Reference, reference, QStringLiteral("the reference"));
}

Payment PaymentBook::newPayment(const Customer& customer, const Money& amount, QDate on, PaymentMethod method,
                                const QString& reference)
{
    Payment payment;
    payment.customerId = customer.id;
    payment.customerCode = customer.code;
    payment.date = on;
    payment.amount = amount.minor();
    payment.currency = amount.currency().code();
    payment.method = method;
    payment.reference = reference;
    return payment;
}

Ledger::PaymentResult PaymentBook::record(const QString& customerCode, const Money& amount, QDate on,
                                          PaymentMethod method, const QString& reference,
                                          const QString& invoiceNumber)
{
    const Customer customer = m_ledger.requireCustomer(customerCode);
    QString currency = customer.currency;
    qint64 invoiceId = 0;
    if (!invoiceNumber.isEmpty()) {
        const Invoice found = m_invoices.require(invoiceNumber);
        if (found.customerId != customer.id)
            InputGuard::refuse(
                QStringLiteral("invoice %1 belongs to another customer, not %2").arg(invoiceNumber, customerCode));
        if (found.status == InvoiceStatus::Void || found.status == InvoiceStatus::Draft)
            InputGuard::refuse(QStringLiteral("invoice %1 is %2 and cannot be paid")
                                   .arg(invoiceNumber, toString(found.status)));
        currency = found.currency;
        invoiceId = found.id;
    }
    if (amount.currency().code() != currency)
        InputGuard::refuse(QStringLiteral("the payment is in %1 but %2 is billed in %3")
                               .arg(amount.currency().code(), invoiceNumber.isEmpty() ? customerCode : invoiceNumber,
                                    currency));
    checkPayment(amount, on, reference);
    Payment payment = newPayment(customer, amount, on, method, reference);
    payment.invoiceNumber = invoiceNumber;
    return write(customer, payment, invoiceId, std::nullopt);
}

Ledger::PaymentResult PaymentBook::recordSplit(const QString& customerCode, const Money& amount, QDate on,
                                               PaymentMethod method, const QString& reference, const Split& split)
{
    const Customer customer = m_ledger.requireCustomer(customerCode);
    checkPayment(amount, on, reference);
    return write(customer, newPayment(customer, amount, on, method, reference), 0, split);
}

Ledger::PaymentResult PaymentBook::write(const Customer& customer, const Payment& payment, qint64 invoiceId,
                                         const std::optional<Split>& split)
{
    return m_ledger.write(Ledger::Change::Payments | Ledger::Change::Invoices, [&](AuditLog& audit) {
        // First, so that a second payment for this customer waits here and then reads the balances the
        // first one left: without it both would allocate the same balance twice.
        m_stores.customers().lockForUpdate(customer.id);
        const Currency currency = Currency::require(payment.currency);
        InputGuard::requireTotalsWithinLimits(LedgerTotalsRepository(m_stores.database()).paidByCustomer(),
                                              customer.id, customer.code, payment.amount, currency,
                                              QStringLiteral("payment"));
        QList<OpenItem> items = openItems(customer.id, payment.currency);
        const Ledger::PaymentResult result = apply(payment, items, invoiceId, split, audit);
        // A person's payment only (imports call apply() themselves): the thank-you, when switched on,
        // goes in the same write.
        PaymentThanks(m_ledger).queueFor(result);
        // Nobody is chased for money already paid: reminders still queued for what this payment
        // settled are dismissed in the same write.
        Outbox(m_ledger).dismissSettled(customer.id);
        return result;
    });
}

PaymentAllocator::Result PaymentBook::planSplit(QList<OpenItem>& items, const Payment& payment, const Split& split)
{
    PaymentAllocator::Result plan;
    qint64 available = payment.amount;
    for (const auto& [number, part] : split) {
        const auto item =
            std::find_if(items.begin(), items.end(), [&](const OpenItem& i) { return i.number == number; });
        if (item == items.end())
            InputGuard::refuse(QStringLiteral("invoice %1 is not an open %2 invoice of %3")
                                   .arg(number, payment.currency, payment.customerCode));
        if (part <= 0)
            InputGuard::refuse(QStringLiteral("the amount for invoice %1 must be more than zero").arg(number));
        if (part > available)
            InputGuard::refuse(QStringLiteral("the amounts for the invoices add up to more than the payment"));
        const qint64 balance = item->balance;
        const auto step = PaymentAllocator::allocate(items, payment.date, part, item->invoiceId);
        if (step.unallocated > 0)
            InputGuard::refuse(QStringLiteral("%1 is more than the balance %2 of invoice %3")
                                   .arg(EntityJson::amount(part, payment.currency),
                                        EntityJson::amount(balance, payment.currency), number));
        plan.allocations << step.allocations;
        available -= part;
    }
    plan.unallocated = available;
    return plan;
}

Ledger::PaymentResult PaymentBook::apply(Payment payment, QList<OpenItem>& items, qint64 invoiceId,
                                         const std::optional<Split>& split, AuditLog& audit)
{
    const PaymentAllocator::Result plan =
        split ? planSplit(items, payment, *split)
              : PaymentAllocator::allocate(items, payment.date, payment.amount,
                                           invoiceId ? std::optional<qint64>(invoiceId) : std::nullopt);
    Ledger::PaymentResult result;
    payment.id = m_stores.payments().insert(payment, invoiceId);
    payment.unallocated = plan.unallocated;
    Json::Array allocationsJson;
    for (Allocation allocation : plan.allocations) {
        allocation.paymentId = payment.id;
        m_stores.invoices().insertAllocation(allocation);
        const auto item = std::find_if(items.cbegin(), items.cend(),
                                       [&](const OpenItem& i) { return i.invoiceId == allocation.invoiceId; });
        result.allocations << std::pair{item->number, allocation};
        allocationsJson << EntityJson::allocation(allocation, payment.currency);
    }
    for (const auto& item : std::as_const(items))
        if (item.balance == 0 && std::any_of(plan.allocations.cbegin(), plan.allocations.cend(),
                                             [&](const auto& a) { return a.invoiceId == item.invoiceId; }))
            m_stores.invoices().markClosed(item.invoiceId, InvoiceStatus::Paid, payment.date);
    items.erase(std::remove_if(items.begin(), items.end(), [](const OpenItem& i) { return i.balance <= 0; }),
                items.end());
    audit.record(QStringLiteral("payment"), QString::number(payment.id), QStringLiteral("create"), {},
                 Json::Object{{QStringLiteral("payment"), EntityJson::payment(payment)},
                              {QStringLiteral("allocations"), allocationsJson}});
    result.payment = payment;
    result.unallocated = plan.unallocated;
    return result;
}

} // namespace settle
