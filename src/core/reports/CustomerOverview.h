#pragma once

#include "domain/Customer.h"
#include "ledger/Ledger.h"
#include "reports/AgingReport.h"
#include "reports/PaymentBehaviour.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace settle {

// One line per customer for the customers table: what they owe, how much of it is
// overdue and their credit on account, in their own currency (other currencies listed apart).
class CustomerOverview
{
public:
    struct Row
    {
        Customer customer;
        qint64 balance = 0; // in customer.currency
        qint64 overdue = 0; // the part past its effective due date
        qint64 credit = 0;  // unallocated payments
        QMap<QString, qint64> otherBalances; // currency -> balance, for the rare customer billed in several
        PaymentBehaviour::Rating rating = PaymentBehaviour::Rating::None; // how they pay
        QString ratingReason;
        QDate lastReminder; // the last follow-up raised for them; invalid when none was
    };

    static QList<Row> build(Ledger& ledger, QDate asOf);
    // The pure part, by customer code.
    static QList<Row> combine(const QList<Ledger::CustomerBalance>& balances, const AgingReport& aging,
                              const PaymentBehaviour* behaviour = nullptr,
                              const QHash<QString, QDate>& lastReminders = {});
};

} // namespace settle
