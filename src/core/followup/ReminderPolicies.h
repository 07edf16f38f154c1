#pragma once

#include "domain/ReminderPolicy.h"
#include "io/Json.h"

#include <QList>

namespace settle {

class Ledger;

// Reminder policies as a user edits them: listed, added, changed, and assigned to customers, each
// change validated (stages in order, names unique), in one transaction with its audit row.
class ReminderPolicies
{
public:
    explicit ReminderPolicies(Ledger& ledger) : m_ledger(ledger) {}

    QList<ReminderPolicy> all();
    ReminderPolicy require(const QString& name);
    ReminderPolicy add(const ReminderPolicy& policy);
    // Identified by policy.id; refused when someone else changed it since policy.version was read.
    ReminderPolicy update(const ReminderPolicy& policy);
    void assign(const QString& customerCode, const QString& policyName);

    static Json toJson(const ReminderPolicy& policy);

private:
    Ledger& m_ledger;
};

} // namespace settle
