#pragma once

#include "domain/Customer.h"

#include <QList>
#include <QString>

namespace settle {

// The rules a customer's fields must meet, as one place the desktop app checks while the user
// types; the ledger and the customer import refuse what breaks them, with the same words. Lengths
// and characters come from InputLimits.
class CustomerCheck
{
public:
    struct Problem
    {
        QString field; // "code", "name", "email", "cc", "phone", "address", "currency", "notes"
        QString message;
    };

    static QList<Problem> problems(const Customer& customer);
    // Empty when `addresses` is empty or a list of plausible addresses separated by commas or semicolons.
    static QString emailListProblem(const QString& addresses);
};

} // namespace settle
