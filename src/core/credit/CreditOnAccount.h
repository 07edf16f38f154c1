#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace settle {

class Ledger;

// docs/DESIGN.md, "Credit on account": what a customer paid and nobody applied yet, per currency at a
// date, and applying it to the oldest open items. A credit note is allocated in full to its invoice
// when issued, so the unapplied credit is the unallocated part of the customer's payments.
class CreditOnAccount
{
public:
    // One part of the credit set against one invoice.
    struct Applied
    {
        QString invoiceNumber;
        QString currency;
        qint64 amount = 0;       // minor units applied
        qint64 balanceAfter = 0; // the invoice's balance after it (0: settled)
    };

    struct Result
    {
        QDate on;
        QList<Applied> applied;          // oldest effective due date first, as applied
        QHash<QString, qint64> creditLeft; // currency -> credit still on account afterwards (non-zero only)
        QList<qint64> dismissedMessages; // queued reminders dismissed because their invoices are settled

        bool isEmpty() const { return applied.isEmpty(); }
    };

    // One open amount as the credit sees it (an invoice, or one installment of it).
    struct OpenAmount
    {
        qint64 id = 0;
        QString number;
        QDate dueDate; // effective
        int installment = 0;
        qint64 balance = 0;
    };

    explicit CreditOnAccount(Ledger& ledger) : m_ledger(ledger) {}

    // currency -> the customer's unapplied credit at `on`: payments dated on or before `on`, less what
    // was allocated from them on or before `on`. Currencies without credit are left out. An unknown
    // customer is refused (BadInput).
    QHash<QString, qint64> credit(const QString& customerCode, QDate on);
    // customer id -> currency -> unapplied credit at `on`, for every customer with some.
    QHash<qint64, QHash<QString, qint64>> creditByCustomer(QDate on);

    // Applies the customer's credit at `on` to their open invoices issued on or before `on`, in each
    // currency oldest effective due date first (then by number), the oldest payment's credit first:
    // allocations dated `on` and their audit rows in one write; queued reminders whose invoices are
    // all settled afterwards are dismissed in the same write. Nothing to apply: an empty result and
    // nothing written. An unknown customer is refused (BadInput).
    Result apply(const QString& customerCode, QDate on);

    // The rule as a pure function: `credit` set against `open` oldest due date first (then by
    // number, then installment). Returns id-and-installment -> the part of its balance the credit
    // covers; amounts the credit does not reach are left out.
    static QHash<std::pair<qint64, int>, qint64> spread(qint64 credit, QList<OpenAmount> open);

private:
    Ledger& m_ledger;
};

} // namespace settle
