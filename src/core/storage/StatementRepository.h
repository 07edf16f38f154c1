#pragma once

#include "domain/BalanceDue.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace settle {

class Database;
class Statement;

// The reads behind statements of account: one customer's transactions up to a date, the
// invoices open at a date and the credit left on account. Every figure follows the ledger's rule
// balance(i, d) = total − allocations dated on or before d, so a statement agrees with the aging.
class StatementRepository
{
public:
    // One line of a customer's account. `amount` is signed: positive raises what the customer owes.
    struct Entry
    {
        enum class Kind { Invoice, Fee, Void, Payment, Discount, CreditNote, WriteOff };
        Kind kind = Kind::Invoice;
        QDate date;
        QString currency;
        QString reference; // invoice number, payment reference, credit note number
        QString invoice;   // the invoice it concerns (discount, credit note, write-off, void)
        QString detail;    // first line of an invoice, payment method, credit note reason
        qint64 amount = 0;
        QDate dueDate; // invoices and fees
    };

    // One line of a statement's open invoices: an invoice, or one open installment of it (number "N/k").
    struct OpenInvoice
    {
        QString number;
        QString currency;
        QDate issueDate;
        QDate dueDate; // the effective due date (extended when extended), as the aging reads it
        qint64 total = 0;
        qint64 balance = 0; // at the date asked for, > 0
        bool fee = false;
    };

    explicit StatementRepository(Database& db);
    ~StatementRepository();

    // Everything on the customer's account dated on or before `to`, by date (invoices before the
    // credits of the same day).
    QList<Entry> entries(qint64 customerId, QDate to);
    // The invoices with a balance at `asOf`, by effective due date, each with its installment plan —
    // the customer's aging items (AccountStatement::openInvoices lists them).
    QList<BalanceDue> balancesDue(qint64 customerId, QDate asOf);
    // currency -> payments received by `asOf` that no invoice took (credit on account).
    QHash<QString, qint64> unallocatedCredit(qint64 customerId, QDate asOf);
    // The codes of the customers who owe something or hold credit at `asOf`, sorted.
    QStringList customersWithBalance(QDate asOf);

private:
    Database& m_db;
    // Prepared once per repository: a batch asks the same questions for every customer.
    std::unique_ptr<Statement> m_entries;
    std::unique_ptr<Statement> m_open;
    std::unique_ptr<Statement> m_credit;
    std::unique_ptr<Statement> m_installments;
};

} // namespace settle
