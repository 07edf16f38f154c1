#pragma once

#include "domain/Payment.h"

#include <QHash>
#include <QList>

#include <memory>

namespace settle {

class Database;
class Statement;

class PaymentRepository
{
public:
    explicit PaymentRepository(Database& db);
    ~PaymentRepository();

    qint64 insert(const Payment& payment, qint64 invoiceId);
    // Every payment, oldest first, with the part not allocated to any invoice.
    QList<Payment> all(const QString& customerCode = {});
    // customer id -> currency -> credit on account (payments not allocated to invoices)
    QHash<qint64, QHash<QString, qint64>> creditByCustomer();
    // payment id -> the numbers of the invoices it paid, in the order they were allocated.
    QHash<qint64, QStringList> paidInvoices(const QString& customerCode = {});

private:
    Database& m_db;
    std::unique_ptr<Statement> m_insert;
};

} // namespace settle
