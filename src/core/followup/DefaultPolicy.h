#pragma once

#include "domain/ReminderPolicy.h"

namespace settle {

// The policy that ships with every ledger. resources/sql/0002 writes
// the same stages; a test keeps the two equal.
class DefaultPolicy
{
public:
    static QString name() { return QStringLiteral("Standard"); }
    static ReminderPolicy standard();
};

} // namespace settle
