#include "credit/CreditOnAccount.h"

#include "domain/Customer.h"
#include "io/EntityJson.h"
#include "ledger/InputGuard.h"
#include "ledger/Ledger.h"
#include "ledger/PaymentAllocator.h"
#include "mail/Outbox.h"
#include "storage/AuditLog.h"
#include "storage/CreditRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

#include <algorithm>

namespace settle {

QHash<QString, qint64> CreditOnAccount::credit(const QString& customerCode, QDate on)
{
    InputGuard::requireDate(on, QStringLiteral("the date of the credit"));
    const Customer customer = m_ledger.requireCustomer(customerCode);
    return CreditRepository(m_ledger.database()).creditAt(on, customer.id).value(customer.id);
}

QHash<qint64, QHash<QString, qint64>> CreditOnAccount::creditByCustomer(QDate on)
{
    return CreditRepository(m_ledger.database()).creditAt(on);
}

QHash<std::pair<qint64, int>, qint64> CreditOnAccount::spread(qint64 credit, QList<OpenAmount> open)
{
    // The order a payment without a named invoice settles in (PaymentAllocator), so that what the
    // follow-ups count as covered is what applying the credit would settle.
    std::stable_sort(open.begin(), open.end(), [](const OpenAmount& a, const OpenAmount& b) {
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        if (a.number != b.number)
            return PaymentAllocator::numberLess(a.number, b.number);
        return a.installment < b.installment;
    });
    QHash<std::pair<qint64, int>, qint64> covered;
    for (const auto& amount : std::as_const(open)) {
        if (credit <= 0)
            break;
        if (amount.balance <= 0)
            continue;
        const qint64 part = std::min(credit, amount.balance);
        covered.insert({amount.id, amount.installment}, part);
        credit -= part;
    }
    return covered;
}

CreditOnAccount::Result CreditOnAccount::apply(const QString& customerCode, QDate on)
{
    InputGuard::requireDate(on, QStringLiteral("the date to apply the credit on"));
    const Customer customer = m_ledger.requireCustomer(customerCode);
    // No credit at all: nothing is written, and no view is told of a change.
    if (CreditRepository(m_ledger.database()).creditAt(on, customer.id).isEmpty())
        return Result{on, {}, {}, {}};
    return m_ledger.write(Ledger::Change::Payments | Ledger::Change::Invoices | Ledger::Change::Outbox,
                          [&](AuditLog& audit) {
        // As a payment does: a payment recorded meanwhile for this customer waits, then reads what
        // this left, so no credit and no balance is used twice.
        CustomerRepository(m_ledger.database()).lockForUpdate(customer.id);
        CreditRepository credits(m_ledger.database());
        InvoiceRepository invoices(m_ledger.database());
        Result result;
        result.on = on;
        QHash<QString, QList<OpenItem>> itemsByCurrency;
        QHash<qint64, qsizetype> appliedIndex; // invoice id -> its row in result.applied
        // The oldest payment's credit first, each payment's part with its own allocations and audit
        // row, as if it had named no invoice on the day the credit is applied.
        for (const auto& payment : credits.unapplied(customer.id, on)) {
            if (!itemsByCurrency.contains(payment.currency))
                itemsByCurrency.insert(payment.currency, m_ledger.openItems(customerCode, payment.currency));
            QList<OpenItem>& items = itemsByCurrency[payment.currency];
            const auto plan = PaymentAllocator::allocate(items, on, payment.left);
            if (plan.allocations.isEmpty())
                continue;
            Json::Array allocationsJson;
            for (Allocation allocation : plan.allocations) {
                allocation.paymentId = payment.paymentId;
                invoices.insertAllocation(allocation);
                allocationsJson << EntityJson::allocation(allocation, payment.currency);
                if (allocation.kind != Allocation::Kind::Payment)
                    continue;
                const auto item = std::find_if(items.cbegin(), items.cend(), [&](const OpenItem& i) {
                    return i.invoiceId == allocation.invoiceId;
                });
                auto row = appliedIndex.constFind(allocation.invoiceId);
                if (row == appliedIndex.constEnd()) {
                    row = appliedIndex.insert(allocation.invoiceId, result.applied.size());
                    result.applied << Applied{item->number, payment.currency, 0, 0};
                }
                result.applied[*row].amount += allocation.amount;
                result.applied[*row].balanceAfter = item->balance;
            }
            audit.record(QStringLiteral("payment"), QString::number(payment.paymentId),
                         QStringLiteral("apply_credit"),
                         Json::Object{{QStringLiteral("unallocated"),
                                       EntityJson::amount(payment.left, payment.currency)}},
                         Json::Object{{QStringLiteral("unallocated"),
                                       EntityJson::amount(plan.unallocated, payment.currency)},
                                      {QStringLiteral("allocations"), allocationsJson}});
        }
        for (const auto& items : std::as_const(itemsByCurrency))
            for (const auto& item : items)
                if (item.balance <= 0 && appliedIndex.contains(item.invoiceId))
                    invoices.markClosed(item.invoiceId, InvoiceStatus::Paid, on);
        result.creditLeft = credits.creditAt(on, customer.id).value(customer.id);
        // Nobody is chased for what the credit settled, as after a payment.
        if (!result.applied.isEmpty())
            result.dismissedMessages = Outbox(m_ledger).dismissSettled(customer.id);
        return result;
    });
}

} // namespace settle
