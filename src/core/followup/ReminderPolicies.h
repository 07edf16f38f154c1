#pragma once

#include "domain/ReminderPolicy.h"
#include "io/Json.h"
#include "reports/PaymentBehaviour.h"

#include <QHash>
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
    // Standard keeps its name: it is the policy a new customer gets when none is named.
    ReminderPolicy update(const ReminderPolicy& policy);
    void assign(const QString& customerCode, const QString& policyName);
    // Refused while a customer uses it, when follow-ups raised under it keep it for their history,
    // for Standard, and when someone else changed it since policy.version was read.
    void remove(const ReminderPolicy& policy);
    // How many customers use each policy, by name (every policy present, 0 for unused ones).
    QHash<QString, int> customerCounts();

    // The policy a customer of this rating is best served by (docs/DESIGN.md "Reminder policy"): Gentle
    // for a reliable payer, Firm for one at risk, Standard for one usually late; none without a
    // rating. Only a suggestion: nothing assigns it but a person.
    static QString suggestionFor(PaymentBehaviour::Rating rating);

    // {"name": ..., "stages": [...]}, as the audit log keeps it.
    static Json toJson(const ReminderPolicy& policy);
    // The stages alone, each {"name", "offset", "gap", "channel", "template", "fee", "fee_percent",
    // "states_interest", "needs_approval"} (docs/CLI.md, policy list --json).
    static Json stagesJson(const ReminderPolicy& policy);

private:
    Ledger& m_ledger;
};

} // namespace settle
