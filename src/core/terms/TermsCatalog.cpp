#include "terms/TermsCatalog.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "money/Decimal.h"
#include "storage/AuditLog.h"
#include "terms/DefaultTerms.h"

#include <algorithm>

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

void validate(const PaymentTerms& terms, qint64 id, const QList<TermsRepository::Stored>& existing)
{
    QStringList problems = terms.problems();
    for (const auto& other : existing)
        if (other.id != id && other.terms.name.compare(terms.name.trimmed(), Qt::CaseInsensitive) == 0)
            problems << QStringLiteral("a payment term named \"%1\" already exists%2")
                            .arg(other.terms.name, other.retired ? QStringLiteral(" (retired)") : QString());
    if (!problems.isEmpty())
        badInput(problems.join(QStringLiteral("; ")));
}

TermsRepository::Stored requireStored(TermsRepository& repository, qint64 id)
{
    if (auto found = repository.findStored(id))
        return *found;
    badInput(QStringLiteral("there is no payment term %1 to change").arg(id));
}

} // namespace

Json TermsCatalog::toJson(const PaymentTerms& t)
{
    return Json::Object{
        {QStringLiteral("name"), t.name},
        {QStringLiteral("rule"), PaymentTerms::ruleName(t.rule)},
        {QStringLiteral("days"), t.days},
        {QStringLiteral("day_of_month"), t.dayOfMonth},
        {QStringLiteral("discount_percent"), Json::number(t.discount.toPercentString())},
        {QStringLiteral("discount_days"), t.discountDays},
        {QStringLiteral("interest_percent"), Json::number(t.annualInterest.toPercentString())},
        {QStringLiteral("grace_days"), t.graceDays},
        {QStringLiteral("late_fee"), Json::number(Decimal::formatShort(t.lateFeeMicros, 6))}};
}

QList<TermsRepository::Stored> TermsCatalog::all()
{
    return TermsRepository(m_ledger.database()).stored();
}

TermsRepository::Stored TermsCatalog::require(const QString& name)
{
    for (const auto& stored : all())
        if (stored.terms.name == name)
            return stored;
    badInput(QStringLiteral("\"%1\" is not a payment term of this ledger").arg(name));
}

TermsRepository::Stored TermsCatalog::add(const PaymentTerms& terms)
{
    return m_ledger.write(Ledger::Change::Terms, [&](AuditLog& audit) {
        TermsRepository repository(m_ledger.database());
        TermsRepository::Stored added{0, terms, false, 1};
        added.terms.name = terms.name.trimmed();
        validate(added.terms, 0, repository.stored());
        added.id = repository.insert(added.terms);
        audit.record(QStringLiteral("payment_terms"), added.terms.name, QStringLiteral("create"), {},
                     toJson(added.terms));
        return added;
    });
}

TermsRepository::Stored TermsCatalog::update(const TermsRepository::Stored& stored)
{
    return m_ledger.write(Ledger::Change::Terms, [&](AuditLog& audit) {
        TermsRepository repository(m_ledger.database());
        const TermsRepository::Stored before = requireStored(repository, stored.id);
        TermsRepository::Stored after = stored;
        after.terms.name = stored.terms.name.trimmed();
        after.retired = before.retired;
        validate(after.terms, after.id, repository.stored());
        repository.update(after.id, after.terms, stored.version);
        after.version = stored.version + 1;
        audit.record(QStringLiteral("payment_terms"), after.terms.name, QStringLiteral("update"),
                     toJson(before.terms), toJson(after.terms));
        return after;
    });
}

qint64 TermsCatalog::customerCount(qint64 termsId)
{
    return TermsRepository(m_ledger.database()).customerCount(termsId);
}

TermsRepository::Stored TermsCatalog::retire(const TermsRepository::Stored& stored)
{
    return setRetired(stored, true);
}

TermsRepository::Stored TermsCatalog::reinstate(const TermsRepository::Stored& stored)
{
    return setRetired(stored, false);
}

TermsRepository::Stored TermsCatalog::setRetired(const TermsRepository::Stored& stored, bool retired)
{
    return m_ledger.write(Ledger::Change::Terms, [&](AuditLog& audit) {
        TermsRepository repository(m_ledger.database());
        TermsRepository::Stored after = requireStored(repository, stored.id);
        if (retired) {
            // A ledger with no term to offer could not take a new customer.
            const auto active = repository.all();
            if (active.size() == 1 && active.first().first == stored.id)
                badInput(QStringLiteral(
                             "payment term \"%1\" is the last one in use; add another before retiring it")
                             .arg(after.terms.name));
            // Customers imported without terms get the fallback (docs/CLI.md customers.csv: default Net 30).
            if (after.terms.name == DefaultTerms::fallbackName())
                badInput(QStringLiteral(
                             "payment term \"%1\" is the default for new customers and cannot be retired")
                             .arg(after.terms.name));
        }
        repository.setRetired(stored.id, retired, stored.version);
        after.retired = retired;
        after.version = stored.version + 1;
        audit.record(QStringLiteral("payment_terms"), after.terms.name,
                     retired ? QStringLiteral("retire") : QStringLiteral("reinstate"), toJson(after.terms),
                     toJson(after.terms));
        return after;
    });
}

} // namespace settle
