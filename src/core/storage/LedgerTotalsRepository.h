#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace settle {

class Database;

// What the input limits compare against: the sums already in the ledger, and the payments a new one
// could duplicate (domain/InputLimits, Ledger's imports).
class LedgerTotalsRepository
{
public:
    using CustomerCurrency = QPair<qint64, QString>; // customer id, currency

    struct PaymentKey
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QDate date;
        qint64 amount = 0;
        QString currency;
        QString reference;
        qint64 invoiceId = 0; // the invoice the payer named, 0 for none
    };

    explicit LedgerTotalsRepository(Database& db) : m_db(db) {}

    // The totals of every invoice that is not void, per customer and currency.
    QHash<CustomerCurrency, qint64> invoicedByCustomer();
    // The amounts of every payment, per customer and currency.
    QHash<CustomerCurrency, qint64> paidByCustomer();
    QList<PaymentKey> paymentKeys();
    bool hasInvoices();

private:
    QHash<CustomerCurrency, qint64> sums(const QString& sql);

    Database& m_db;
};

} // namespace settle
