#include "storage/TermsRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, name, due_rule, days, day_of_month, discount_rate, discount_days, interest_rate, grace_days, "
    "late_fee_micros FROM payment_terms ");

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

} // namespace settle
