#pragma once

#include "domain/Customer.h"
#include "domain/OpenItem.h"
#include "domain/Payment.h"
#include "domain/PaymentMethod.h"
#include "ledger/Ledger.h"
#include "ledger/PaymentAllocator.h"
#include "money/Money.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace settle {

class AuditLog;
class InvoiceBook;
class LedgerStores;

// The ledger's payments. Every payment, whether allocated by the rule, to a named invoice, by the
// user's own split or from an import, is written by apply(): the payment, its allocations, the
// invoices it settles and its audit row. The ones made one at a time first take the customer's row
// lock, so that two bookkeepers paying the same customer's invoices wait for each other.
class PaymentBook
{
public:
    // (invoice number, amount) pairs a user chose.
    using Split = QList<std::pair<QString, qint64>>;

    PaymentBook(Ledger& ledger, LedgerStores& stores, InvoiceBook& invoices);

    QList<Payment> all(const QString& customerCode);
    QHash<qint64, QStringList> paidInvoices(const QString& customerCode);
    // The customer's open invoices in `currency` with their balances now and their discount windows.
    QList<OpenItem> openItems(qint64 customerId, const QString& currency);

    // Oldest effective due date first, or to `invoiceNumber` when one is named.
    Ledger::PaymentResult record(const QString& customerCode, const Money& amount, QDate on, PaymentMethod method,
                                 const QString& reference, const QString& invoiceNumber);
    // Each part at most the invoice's balance (or its balance less the early-payment discount inside
    // the window, which settles it); the rest stays as credit on account.
    Ledger::PaymentResult recordSplit(const QString& customerCode, const Money& amount, QDate on,
                                      PaymentMethod method, const QString& reference, const Split& split);

    // Allocates one payment over `items` (by the rule, to `invoiceId`, or by the user's `split`) and
    // writes it with its allocations and audit row; the items it settles are closed and leave `items`,
    // so that the next payment of an import does not look at them. Runs inside the caller's write.
    Ledger::PaymentResult apply(Payment payment, QList<OpenItem>& items, qint64 invoiceId,
                                const std::optional<Split>& split, AuditLog& audit);

private:
    // The one writer of a single payment: locks the customer, checks the totals, reads the open
    // items inside the lock and applies the payment to them.
    Ledger::PaymentResult write(const Customer& customer, const Payment& payment, qint64 invoiceId,
                                const std::optional<Split>& split);
    // The allocation of a user's split, each part through PaymentAllocator so that the discount rule
    // applies in one place.
    static PaymentAllocator::Result planSplit(QList<OpenItem>& items, const Payment& payment, const Split& split);
    // The bounds of InputLimits for one payment.
    static void checkPayment(const Money& amount, QDate on, const QString& reference);
    static Payment newPayment(const Customer& customer, const Money& amount, QDate on, PaymentMethod method,
                              const QString& reference);

    Ledger& m_ledger;
    LedgerStores& m_stores;
    InvoiceBook& m_invoices;
};

} // namespace settle
