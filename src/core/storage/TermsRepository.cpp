#include "storage/TermsRepository.h"

#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, name, due_rule, days, day_of_month, discount_rate, discount_days, interest_rate, grace_days, "
    "late_fee_micros, retired, version FROM payment_terms ");

std::pair<qint64, PaymentTerms> readTerms(const Statement& q)
{
    PaymentTerms t;
    t.name = q.text(1);
    t.rule = PaymentTerms::ruleFromName(q.text(2)).value_or(PaymentTerms::DueRule::Net);
    t.days = int(q.integer(3));
    t.dayOfMonth = int(q.integer(4));
    t.discount = Rate::fromMillionths(q.integer(5));
    t.discountDays = int(q.integer(6));
    t.annualInterest = Rate::fromMillionths(q.integer(7));
    t.graceDays = int(q.integer(8));
    t.lateFeeMicros = q.integer(9);
    return {q.integer(0), t};
}

TermsRepository::Stored readStored(const Statement& q)
{
    const auto [id, terms] = readTerms(q);
    return TermsRepository::Stored{id, terms, q.integer(10) != 0, int(q.integer(11))};
}

void requireOneRow(const Statement& statement, const QString& name)
{
    if (statement.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("payment term \"%1\" was changed by someone else; reload and try again")
                              .arg(name));
}

} // namespace

qint64 TermsRepository::insert(const PaymentTerms& t)
{
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO payment_terms (name, due_rule, days, day_of_month, discount_rate, "
                                    "discount_days, interest_rate, grace_days, late_fee_micros) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.exec({t.name, PaymentTerms::ruleName(t.rule), t.days, t.dayOfMonth, t.discount.millionths(),
                 t.discountDays, t.annualInterest.millionths(), t.graceDays, t.lateFeeMicros});
    return insert.returnedId();
}

QList<std::pair<qint64, PaymentTerms>> TermsRepository::all()
{
    Statement query(m_db.connection(), selectColumns + QStringLiteral("WHERE retired = 0 ORDER BY id"));
    query.exec();
    QList<std::pair<qint64, PaymentTerms>> result;
    while (query.next())
        result << readTerms(query);
    return result;
}

std::optional<std::pair<qint64, PaymentTerms>> TermsRepository::findByName(const QString& name)
{
    Statement query(m_db.connection(), selectColumns + QStringLiteral("WHERE name = ?"));
    query.exec({name});
    if (!query.next())
        return std::nullopt;
    return readTerms(query);
}

QList<TermsRepository::Stored> TermsRepository::stored()
{
    Statement query(m_db.connection(), selectColumns + QStringLiteral("ORDER BY id"));
    query.exec();
    QList<Stored> result;
    while (query.next())
        result << readStored(query);
    return result;
}

std::optional<TermsRepository::Stored> TermsRepository::findStored(qint64 id)
{
    Statement query(m_db.connection(), selectColumns + QStringLiteral("WHERE id = ?"));
    query.exec({id});
    if (!query.next())
        return std::nullopt;
    return readStored(query);
}

void TermsRepository::update(qint64 id, const PaymentTerms& t, int version)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE payment_terms SET name = ?, due_rule = ?, days = ?, day_of_month = ?, "
                                    "discount_rate = ?, discount_days = ?, interest_rate = ?, grace_days = ?, "
                                    "late_fee_micros = ?, version = version + 1 WHERE id = ? AND version = ?"));
    update.exec({t.name, PaymentTerms::ruleName(t.rule), t.days, t.dayOfMonth, t.discount.millionths(), t.discountDays,
                 t.annualInterest.millionths(), t.graceDays, t.lateFeeMicros, id, version});
    requireOneRow(update, t.name);
}

void TermsRepository::setRetired(qint64 id, bool retired, int version)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE payment_terms SET retired = ?, version = version + 1 "
                                                       "WHERE id = ? AND version = ?"));
    update.exec({retired ? 1 : 0, id, version});
    requireOneRow(update, QString::number(id));
}

qint64 TermsRepository::customerCount(qint64 id)
{
    Statement query(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE terms_id = ?"));
    query.exec({id});
    return query.next() ? query.integer(0) : 0;
}

} // namespace settle
