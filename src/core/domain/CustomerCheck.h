#pragma once

#include "domain/Customer.h"

#include <QList>
#include <QString>

namespace settle {

// The rules a customer's own fields must meet, in one place: the desktop app's customer dialog
// checks them while the user types, and the ledger (adding or changing a customer) and the customer
// import refuse what breaks them, with the same words. Lengths and characters come from InputLimits;
// what the ledger must hold (the payment term, the reminder policy, a code not yet taken) is checked
// by whoever knows the ledger.
class CustomerCheck
{
public:
    struct Problem
    {
        QString field; // "code", "name", "email", "cc", "phone", "address", "currency", "language", "notes",
                       // "vat_id"
        QString message;
    };

    static QList<Problem> problems(const Customer& customer);
    // Empty when `addresses` is empty or a list of plausible addresses separated by commas or semicolons.
    static QString emailListProblem(const QString& addresses);
};

} // namespace settle
