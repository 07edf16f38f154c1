#include "followup/ReminderPolicies.h"

#include "errors/SettleError.h"
#include "followup/DefaultPolicy.h"
#include "io/EntityJson.h"
#include "ledger/Ledger.h"
#include "money/Decimal.h"
#include "storage/AuditLog.h"
#include "storage/PolicyRepository.h"

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

void validate(const ReminderPolicy& policy, const QList<ReminderPolicy>& existing)
{
    QStringList problems = policy.problems();
    for (const auto& other : existing)
        if (other.id != policy.id && other.name.compare(policy.name.trimmed(), Qt::CaseInsensitive) == 0)
            problems << QStringLiteral("a reminder policy named \"%1\" already exists").arg(other.name);
    if (!problems.isEmpty())
        badInput(problems.join(QStringLiteral("; ")));
}

} // namespace

Json ReminderPolicies::toJson(const ReminderPolicy& policy)
{
    return Json::Object{{QStringLiteral("name"), policy.name}, {QStringLiteral("stages"), stagesJson(policy)}};
}

Json ReminderPolicies::stagesJson(const ReminderPolicy& policy)
{
    Json::Array stages;
    for (const auto& s : policy.stages)
        stages << Json(
            Json::Object{{QStringLiteral("name"), s.name},
                         {QStringLiteral("offset"), s.offsetDays},
                         {QStringLiteral("gap"), s.gapDays},
                         {QStringLiteral("channel"), s.channels.name()},
                         {QStringLiteral("template"), s.templateKey},
                         {QStringLiteral("fee"), Json::number(Decimal::formatShort(s.feeMicros, 6))},
                         {QStringLiteral("fee_percent"), Json::number(s.feeRate.toPercentString())},
                         {QStringLiteral("states_interest"), s.statesInterest},
                         {QStringLiteral("needs_approval"), s.needsApproval}});
    return stages;
}

QList<ReminderPolicy> ReminderPolicies::all()
{
    return PolicyRepository(m_ledger.database()).all();
}

ReminderPolicy ReminderPolicies::require(const QString& name)
{
    PolicyRepository repository(m_ledger.database());
    if (auto found = repository.findByName(name))
        return *found;
    QStringList names = repository.idsByName().keys();
    names.sort(Qt::CaseInsensitive);
    badInput(QStringLiteral("\"%1\" is not a reminder policy of this ledger (it has %2)")
                 .arg(name, names.join(QStringLiteral(", "))));
}

ReminderPolicy ReminderPolicies::add(const ReminderPolicy& policy)
{
    return m_ledger.write(Ledger::Change::Policies, [&](AuditLog& audit) {
        PolicyRepository repository(m_ledger.database());
        ReminderPolicy added = policy;
        added.id = 0;
        added.name = policy.name.trimmed();
        validate(added, repository.all());
        added.id = repository.insert(added);
        added.version = 1;
        audit.record(QStringLiteral("reminder_policy"), added.name, QStringLiteral("create"), {},
                     toJson(added));
        return added;
    });
}

ReminderPolicy ReminderPolicies::update(const ReminderPolicy& policy)
{
    return m_ledger.write(Ledger::Change::Policies, [&](AuditLog& audit) {
        PolicyRepository repository(m_ledger.database());
        const auto existing = repository.all();
        const auto before = std::find_if(existing.cbegin(), existing.cend(),
                                         [&](const ReminderPolicy& p) { return p.id == policy.id; });
        if (before == existing.cend())
            badInput(QStringLiteral("there is no reminder policy %1 to change").arg(policy.id));
        ReminderPolicy after = policy;
        after.name = policy.name.trimmed();
        if (before->name == DefaultPolicy::name() && after.name != before->name)
            badInput(QStringLiteral("policy \"%1\" cannot be renamed: it is the policy a new customer gets")
                         .arg(before->name));
        validate(after, existing);
        repository.update(after);
        after.version = policy.version + 1;
        audit.record(QStringLiteral("reminder_policy"), after.name, QStringLiteral("update"), toJson(*before),
                     toJson(after));
        return after;
    });
}

void ReminderPolicies::assign(const QString& customerCode, const QString& policyName)
{
    // The customer's row changes (its policy and version) as well as what the policy applies to.
    m_ledger.write(Ledger::Change::Customers | Ledger::Change::Policies, [&](AuditLog& audit) {
        const Customer before = m_ledger.requireCustomer(customerCode);
        const ReminderPolicy policy = require(policyName);
        PolicyRepository(m_ledger.database()).assign(before.id, policy.id, before.version);
        Customer after = before;
        after.policy = policy.name;
        audit.record(QStringLiteral("customer"), customerCode, QStringLiteral("policy"),
                     EntityJson::customer(before), EntityJson::customer(after));
    });
}

void ReminderPolicies::remove(const ReminderPolicy& policy)
{
    m_ledger.write(Ledger::Change::Policies, [&](AuditLog& audit) {
        PolicyRepository repository(m_ledger.database());
        const auto existing = repository.all();
        const auto found = std::find_if(existing.cbegin(), existing.cend(),
                                        [&](const ReminderPolicy& p) { return p.id == policy.id; });
        if (found == existing.cend())
            badInput(QStringLiteral("there is no reminder policy \"%1\" to delete").arg(policy.name));
        if (found->name == DefaultPolicy::name())
            badInput(QStringLiteral("policy \"%1\" cannot be deleted: it is the policy a new customer gets")
                         .arg(found->name));
        if (const int customers = repository.customerCounts().value(found->id); customers > 0)
            badInput(QStringLiteral("policy \"%1\" cannot be deleted: %2 %3 it; give %4 another policy first")
                         .arg(found->name)
                         .arg(customers)
                         .arg(customers == 1 ? QStringLiteral("customer uses") : QStringLiteral("customers use"))
                         .arg(customers == 1 ? QStringLiteral("that customer") : QStringLiteral("them")));
        if (const int raised = repository.followupCount(found->id); raised > 0)
            badInput(QStringLiteral("policy \"%1\" cannot be deleted: %2 follow-up%3 raised under it keep%4 it "
                                    "for the record")
                         .arg(found->name)
                         .arg(raised)
                         .arg(raised == 1 ? QString() : QStringLiteral("s"))
                         .arg(raised == 1 ? QStringLiteral("s") : QString()));
        repository.remove(found->id, policy.version, found->name);
        audit.record(QStringLiteral("reminder_policy"), found->name, QStringLiteral("delete"), toJson(*found), {});
    });
}

QHash<QString, int> ReminderPolicies::customerCounts()
{
    PolicyRepository repository(m_ledger.database());
    const auto counts = repository.customerCounts();
    QHash<QString, int> byName;
    const auto ids = repository.idsByName();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        byName.insert(it.key(), counts.value(it.value()));
    return byName;
}

QString ReminderPolicies::suggestionFor(PaymentBehaviour::Rating rating)
{
    switch (rating) {
    case PaymentBehaviour::Rating::Reliable:
        return DefaultPolicy::gentleName();
    case PaymentBehaviour::Rating::AtRisk:
        return DefaultPolicy::firmName();
    case PaymentBehaviour::Rating::UsuallyLate:
        return DefaultPolicy::name();
    case PaymentBehaviour::Rating::None:
        break;
    }
    return {};
}

} // namespace settle
