#include "storage/PolicyRepository.h"

#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

qint64 PolicyRepository::ensure(const QString& name)
{
    const auto ids = idsByName();
    if (ids.contains(name))
        return ids.value(name);
    Statement insert(m_db.connection(), QStringLiteral("INSERT INTO reminder_policies (name) VALUES (?) RETURNING id"));
    insert.exec({name});
    return insert.returnedId();
}

QHash<QString, qint64> PolicyRepository::idsByName()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT id, name FROM reminder_policies"));
    query.exec();
    QHash<QString, qint64> result;
    while (query.next())
        result.insert(query.text(1), query.integer(0));
    return result;
}

QList<ReminderPolicy> PolicyRepository::all()
{
    QList<ReminderPolicy> policies;
    QHash<qint64, qsizetype> indexById;
    {
        Statement query(m_db.connection(), QStringLiteral("SELECT id, name, version FROM reminder_policies ORDER BY name"));
        query.exec();
        while (query.next()) {
            ReminderPolicy policy;
            policy.id = query.integer(0);
            policy.name = query.text(1);
            policy.version = int(query.integer(2));
            indexById.insert(policy.id, policies.size());
            policies << policy;
        }
    }
    Statement stages(m_db.connection(),
                     QStringLiteral("SELECT policy_id, name, offset_days, gap_days, channel, template_key, fee_micros, "
                                    "fee_rate, states_interest, needs_approval FROM reminder_stages "
                                    "ORDER BY policy_id, position"));
    stages.exec();
    while (stages.next()) {
        const auto it = indexById.constFind(stages.integer(0));
        if (it == indexById.constEnd())
            continue;
        Stage stage;
        stage.name = stages.text(1);
        stage.offsetDays = int(stages.integer(2));
        stage.gapDays = int(stages.integer(3));
        const auto channels = Channels::parse(stages.text(4));
        if (!channels)
            throw SettleError(SettleError::Kind::Runtime,
                              QStringLiteral("reminder policy \"%1\", stage \"%2\": \"%3\" is not a channel")
                                  .arg(policies[it.value()].name, stage.name, stages.text(4)));
        stage.channels = *channels;
        stage.templateKey = stages.text(5);
        stage.feeMicros = stages.integer(6);
        stage.feeRate = Rate::fromMillionths(stages.integer(7));
        stage.statesInterest = stages.integer(8) != 0;
        stage.needsApproval = stages.integer(9) != 0;
        policies[it.value()].stages << stage;
    }
    return policies;
}

std::optional<ReminderPolicy> PolicyRepository::findByName(const QString& name)
{
    for (const auto& policy : all())
        if (policy.name == name)
            return policy;
    return std::nullopt;
}

void PolicyRepository::insertStages(qint64 policyId, const QList<Stage>& stages)
{
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO reminder_stages (policy_id, position, name, offset_days, gap_days, "
                                    "channel, template_key, fee_micros, fee_rate, states_interest, needs_approval) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const auto& s : stages)
        insert.exec({policyId, position++, s.name, s.offsetDays, s.gapDays, s.channels.name(), s.templateKey,
                     s.feeMicros, s.feeRate.millionths(), s.statesInterest ? 1 : 0, s.needsApproval ? 1 : 0});
}

qint64 PolicyRepository::insert(const ReminderPolicy& policy)
{
    Statement insert(m_db.connection(), QStringLiteral("INSERT INTO reminder_policies (name) VALUES (?) RETURNING id"));
    insert.exec({policy.name});
    const qint64 id = insert.returnedId();
    insertStages(id, policy.stages);
    return id;
}

void PolicyRepository::update(const ReminderPolicy& policy)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE reminder_policies SET name = ?, version = version + 1 "
                                                       "WHERE id = ? AND version = ?"));
    update.exec({policy.name, policy.id, policy.version});
    if (update.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("reminder policy \"%1\" was changed by someone else; reload and try again")
                              .arg(policy.name));
    Statement(m_db.connection(), QStringLiteral("DELETE FROM reminder_stages WHERE policy_id = ?")).exec({policy.id});
    insertStages(policy.id, policy.stages);
}

void PolicyRepository::assign(qint64 customerId, qint64 policyId, int customerVersion)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE customers SET policy_id = ?, version = version + 1 "
                                                       "WHERE id = ? AND version = ?"));
    update.exec({policyId, customerId, customerVersion});
    if (update.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("customer %1 was changed by someone else; reload and try again").arg(customerId));
}

QHash<qint64, int> PolicyRepository::customerCounts()
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT policy_id, COUNT(*) FROM customers GROUP BY policy_id"));
    query.exec();
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.integer(0), int(query.integer(1)));
    return counts;
}

int PolicyRepository::followupCount(qint64 policyId)
{
    Statement query(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM followups WHERE policy_id = ?"));
    query.exec({policyId});
    return query.next() ? int(query.integer(0)) : 0;
}

void PolicyRepository::remove(qint64 policyId, int version, const QString& name)
{
    // The version check first, so that a policy someone changed meanwhile keeps its stages.
    Statement bump(m_db.connection(), QStringLiteral("UPDATE reminder_policies SET version = version + 1 "
                                                     "WHERE id = ? AND version = ?"));
    bump.exec({policyId, version});
    if (bump.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("reminder policy \"%1\" was changed by someone else; reload and try again")
                              .arg(name));
    Statement(m_db.connection(), QStringLiteral("DELETE FROM reminder_stages WHERE policy_id = ?")).exec({policyId});
    Statement(m_db.connection(), QStringLiteral("DELETE FROM reminder_policies WHERE id = ?")).exec({policyId});
}

} // namespace settle
