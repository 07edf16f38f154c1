#pragma once

#include "domain/ReminderPolicy.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

class Database;

// Reminder policies and their ordered stages (tables reminder_policies, reminder_stages).
class PolicyRepository
{
public:
    explicit PolicyRepository(Database& db) : m_db(db) {}

    qint64 ensure(const QString& name);
    QHash<QString, qint64> idsByName();

    // Every policy with its stages, by name.
    QList<ReminderPolicy> all();
    std::optional<ReminderPolicy> findByName(const QString& name);
    // Writes a new policy and its stages; returns its id.
    qint64 insert(const ReminderPolicy& policy);
    // Renames and replaces the stages; refuses (Conflict) when the stored version is not policy.version.
    void update(const ReminderPolicy& policy);
    // Points a customer to a policy; refuses (Conflict) when the customer's version is stale.
    void assign(qint64 customerId, qint64 policyId, int customerVersion);
    // How many customers point to each policy, by policy id (policies nobody uses are absent).
    QHash<qint64, int> customerCounts();
    // How many follow-ups were raised under the policy (they name it for their history).
    int followupCount(qint64 policyId);
    // Deletes the policy and its stages; refuses (Conflict) when the stored version is not `version`.
    void remove(qint64 policyId, int version, const QString& name);

private:
    void insertStages(qint64 policyId, const QList<Stage>& stages);

    Database& m_db;
};

} // namespace settle
