#pragma once

#include "domain/ReminderPolicy.h"

#include <QList>

namespace settle {

// The policies that ship with every ledger (docs/DESIGN.md "Reminder policy"). resources/sql/0002 writes
// Standard and resources/sql/0013 Gentle and Firm, the same stages; a test keeps them equal.
class DefaultPolicy
{
public:
    static QString name() { return QStringLiteral("Standard"); }
    static QString gentleName() { return QStringLiteral("Gentle"); }
    static QString firmName() { return QStringLiteral("Firm"); }

    static ReminderPolicy standard();
    // For key accounts: later and further apart, no fee, no interest, a call instead of the letter.
    static ReminderPolicy gentle();
    // For customers at risk: earlier and closer together, a fee and interest from the final notice.
    static ReminderPolicy firm();
    // Standard, Gentle and Firm.
    static QList<ReminderPolicy> all();
};

} // namespace settle
