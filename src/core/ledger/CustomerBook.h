#pragma once

#include "domain/Customer.h"
#include "ledger/Ledger.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace settle {

class LedgerStores;

// The ledger's customers: who they are, what they owe, and the one way a customer is added or
// changed (the fields checked by CustomerCheck, the payment term and reminder policy by name).
class CustomerBook
{
public:
    CustomerBook(Ledger& ledger, LedgerStores& stores);

    QList<Ledger::CustomerBalance> balances(QDate asOf);
    std::optional<Customer> find(const QString& code);
    Customer require(const QString& code);
    QList<Customer> all();
    QHash<QString, Customer> byCode();

    qint64 add(const Customer& customer);
    // Contact data, terms, policy, language and notes; the currency stays. Refuses (Conflict) a stale version.
    void update(const Customer& customer);

private:
    // Refuses a customer CustomerCheck finds a problem with, naming the customer and the field.
    static void requireValid(const Customer& customer);
    // The ids of the customer's payment term and reminder policy. A retired term stays with the
    // customers that have it (`currentTerms`) but no customer moves to one.
    std::pair<qint64, qint64> termsAndPolicy(const Customer& customer, const QString& currentTerms);

    Ledger& m_ledger;
    LedgerStores& m_stores;
};

} // namespace settle
