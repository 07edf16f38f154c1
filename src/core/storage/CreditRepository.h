#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace settle {

class Database;

// The reads behind credit on account (credit/CreditOnAccount): payments not yet allocated to invoices.
class CreditRepository
{
public:
    // One payment with credit left on it.
    struct Unapplied
    {
        qint64 paymentId = 0;
        QDate date;
        QString currency;
        qint64 left = 0; // the amount less every allocation made from it, whatever its date
    };

    explicit CreditRepository(Database& db) : m_db(db) {}

    // customer id -> currency -> credit at `on`: payments dated on or before `on` less their
    // allocations dated on or before `on`. Of one customer, or of all when customerId is 0.
    QHash<qint64, QHash<QString, qint64>> creditAt(QDate on, qint64 customerId = 0);
    // The customer's payments dated on or before `on` with credit left, oldest first.
    QList<Unapplied> unapplied(qint64 customerId, QDate on);

private:
    Database& m_db;
};

} // namespace settle
