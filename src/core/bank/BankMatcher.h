#pragma once

#include "bank/InvoiceReference.h"
#include "domain/BankEntry.h"
#include "domain/BankEntryRecord.h"
#include "domain/OpenItem.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <utility>

namespace settle {

// Decides what a bank credit is, most certain first (docs/DESIGN.md, "Bank statements"):
//   1. its text or structured reference names open invoices of one customer and the amount is their
//      open balance, or their discounted amount inside the discount window: matched, to be recorded;
//   2. it names invoices and the amount is less: matched, recorded as a partial payment of them;
//      more: suggested;
//   3. it names none, but the payer is known (a learned IBAN, or a name equal to one customer's) and
//      the amount is one open invoice's balance or the sum of the oldest ones: suggested;
//   4. anything else: unmatched.
// It reads the open invoices the caller holds (and lowers as it records payments), indexed once by
// the key of their numbers, so that a statement of any size is matched without a query per entry.
class BankMatcher
{
public:
    // (customer id, currency) -> the customer's open invoices in that currency, with their discounts.
    using OpenItems = QHash<QPair<qint64, QString>, QList<OpenItem>>;
    // (invoice number, amount) pairs, as Ledger::recordPaymentSplit takes them.
    using Split = QList<std::pair<QString, qint64>>;

    struct Payer
    {
        qint64 id = 0;
        QString name;
    };

    struct Decision
    {
        BankEntryRecord::Status status = BankEntryRecord::Status::Unmatched;
        qint64 customerId = 0;
        QList<qint64> invoiceIds; // the match, the suggestion, or (unmatched) the invoices named
        QStringList numbers;      // parallel to invoiceIds
        Split split;              // for a match to record: what goes to each invoice
        bool record = false;      // a payment is to be recorded now
    };

    // `open` stays the caller's: a payment it records lowers the balances the next entries see.
    BankMatcher(const OpenItems& open, const QList<Payer>& customers, const QHash<QString, qint64>& payerIbans);

    Decision match(const BankEntry& entry) const;

    // How `amount` paid on `date` goes to `items`, in their order: each its balance, or its balance
    // less the discount when the rest covers that inside the window (the allocator then records the
    // discount); what is left is credit on account.
    static Split splitOver(const QList<OpenItem>& items, qint64 amount, QDate date);
    // Oldest effective due date first, then by number: the order "the oldest ones" means.
    static void sortOldestFirst(QList<OpenItem>& items);

    static QString normalisedName(const QString& name);

private:
    struct Indexed
    {
        qint64 invoiceId = 0;
        qint64 customerId = 0;
        QString currency;
        QString prefix;
    };

    // The open invoices `entry` names, in the order named, without repeats.
    QList<Indexed> named(const BankEntry& entry) const;
    const OpenItem* current(const Indexed& invoice) const;
    Decision byNamedInvoices(const BankEntry& entry, const QList<Indexed>& invoices) const;
    Decision byPayer(const BankEntry& entry) const;

    const OpenItems& m_open;
    QHash<QString, QList<Indexed>> m_byDigits;
    QHash<QString, qint64> m_customerByName; // unique names only
    QHash<QString, qint64> m_payerIbans;
};

} // namespace settle
