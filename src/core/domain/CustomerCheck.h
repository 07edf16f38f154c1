#pragma once

#include "domain/Customer.h"

#include <QList>
#include <QString>

namespace settle {

// The rules a customer's fields must meet, as one place the desktop app checks while the user
// types (issue 6) — the ledger still refuses what breaks them when the customer is saved.
class CustomerCheck
{
public:
    struct Problem
    {
        QString field; // "code", "name", "email", "cc", "currency"
        QString message;
    };

    static QList<Problem> problems(const Customer& customer);
    // Empty when `addresses` is empty or a list of plausible addresses separated by commas or semicolons.
    static QString emailListProblem(const QString& addresses);
};

} // namespace settle
