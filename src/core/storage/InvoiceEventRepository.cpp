#include "storage/InvoiceEventRepository.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

namespace {

const QString eventColumns = QStringLiteral(
    "SELECT e.id, e.invoice_id, e.customer_id, i.number, c.code, e.kind, e.event_date, e.until_date, e.reason, "
    "e.recorded_at FROM invoice_events e JOIN customers c ON c.id = e.customer_id "
    "LEFT JOIN invoices i ON i.id = e.invoice_id ");

InvoiceEvent readEvent(const Statement& q)
{
    InvoiceEvent e;
    e.id = q.integer(0);
    e.invoiceId = q.integer(1);
    e.customerId = q.integer(2);
    e.invoiceNumber = q.text(3);
    e.customerCode = q.text(4);
    e.kind = InvoiceEvent::kindFromName(q.text(5)).value_or(InvoiceEvent::Kind::Dispute);
    e.date = q.date(6);
    e.until = q.date(7);
    e.reason = q.text(8);
    e.recordedAt = QDateTime::fromString(q.text(9), Qt::ISODateWithMs);
    return e;
}

} // namespace

InvoiceEventRepository::InvoiceEventRepository(Database& db) : m_db(db) {}

InvoiceEventRepository::~InvoiceEventRepository() = default;

qint64 InvoiceEventRepository::insert(const InvoiceEvent& e)
{
    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db.connection(), QStringLiteral("INSERT INTO invoice_events (invoice_id, customer_id, kind, event_date, "
                                              "until_date, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                              "RETURNING id"));
    m_insert->exec({e.invoiceId ? QVariant(e.invoiceId) : QVariant(), e.customerId, InvoiceEvent::kindName(e.kind),
                    IsoDate::format(e.date), Statement::dateOrNull(e.until), Statement::textOrNull(e.reason),
                    e.recordedAt.toUTC().toString(Qt::ISODateWithMs)});
    return m_insert->returnedId();
}

QList<InvoiceEvent> InvoiceEventRepository::select(const QString& where, std::initializer_list<QVariant> values)
{
    Statement query(m_db.connection(), eventColumns + where + QStringLiteral(" ORDER BY e.event_date, e.id"));
    query.exec(values);
    QList<InvoiceEvent> result;
    while (query.next())
        result << readEvent(query);
    return result;
}

QList<InvoiceEvent> InvoiceEventRepository::forInvoice(qint64 invoiceId)
{
    return select(QStringLiteral("WHERE e.invoice_id = ?"), {invoiceId});
}

QList<InvoiceEvent> InvoiceEventRepository::forCustomer(qint64 customerId)
{
    return select(QStringLiteral("WHERE e.customer_id = ?"), {customerId});
}

QHash<qint64, QList<InvoiceEvent>> InvoiceEventRepository::pausingByInvoice()
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT id, invoice_id, kind, event_date, until_date FROM invoice_events "
                                   "WHERE kind IN ('dispute', 'resolve', 'promise') ORDER BY invoice_id, event_date, id"));
    query.exec();
    QHash<qint64, QList<InvoiceEvent>> result;
    while (query.next()) {
        InvoiceEvent e;
        e.id = query.integer(0);
        e.invoiceId = query.integer(1);
        e.kind = InvoiceEvent::kindFromName(query.text(2)).value_or(InvoiceEvent::Kind::Dispute);
        e.date = query.date(3);
        e.until = query.date(4);
        result[e.invoiceId] << e;
    }
    return result;
}

QList<InvoiceEvent> InvoiceEventRepository::promisesAwaitingVerdict(QDate d)
{
    return select(
        QStringLiteral(
            "WHERE e.kind = 'promise' AND e.until_date < ? AND i.status <> 'void' "
            "AND NOT EXISTS (SELECT 1 FROM invoice_events v WHERE v.invoice_id = e.invoice_id "
            "  AND v.kind IN ('promise_kept', 'promise_broken') AND v.until_date = e.until_date) "
            "AND NOT EXISTS (SELECT 1 FROM invoice_events n WHERE n.invoice_id = e.invoice_id AND n.kind = 'promise' "
            "  AND n.event_date <= e.until_date "
            "  AND (n.event_date > e.event_date OR (n.event_date = e.event_date AND n.id > e.id)))"),
        {IsoDate::format(d)});
}

void InvoiceEventRepository::requireOneRow(const Statement& statement, const QString& what)
{
    if (statement.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("%1 was changed by someone else; reload and try again").arg(what));
}

void InvoiceEventRepository::setDispute(qint64 invoiceId, QDate disputedOn, const QString& reason, int version)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE invoices SET disputed_on = ?, dispute_reason = ?, "
                                                       "version = version + 1 WHERE id = ? AND version = ?"));
    update.exec({Statement::dateOrNull(disputedOn), disputedOn.isValid() ? Statement::textOrNull(reason) : QVariant(),
                 invoiceId, version});
    requireOneRow(update, QStringLiteral("invoice %1").arg(invoiceId));
}

void InvoiceEventRepository::setPromiseUntil(qint64 invoiceId, QDate until, int version)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE invoices SET promise_until = ?, version = version + 1 "
                                                       "WHERE id = ? AND version = ?"));
    update.exec({Statement::dateOrNull(until), invoiceId, version});
    requireOneRow(update, QStringLiteral("invoice %1").arg(invoiceId));
}

void InvoiceEventRepository::setExtendedDueDate(qint64 invoiceId, QDate due, int version)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE invoices SET extended_due_date = ?, "
                                                       "version = version + 1 WHERE id = ? AND version = ?"));
    update.exec({Statement::dateOrNull(due), invoiceId, version});
    requireOneRow(update, QStringLiteral("invoice %1").arg(invoiceId));
}

void InvoiceEventRepository::setOnHold(qint64 customerId, bool onHold, int version)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE customers SET on_hold = ?, version = version + 1 "
                                                       "WHERE id = ? AND version = ?"));
    update.exec({onHold ? 1 : 0, customerId, version});
    requireOneRow(update, QStringLiteral("customer %1").arg(customerId));
}

QList<Installment> InvoiceEventRepository::installments(qint64 invoiceId)
{
    Statement query(m_db.connection(), QStringLiteral("SELECT seq, due_date, amount FROM invoice_installments "
                                                      "WHERE invoice_id = ? ORDER BY seq"));
    query.exec({invoiceId});
    QList<Installment> result;
    while (query.next())
        result << Installment{int(query.integer(0)), query.date(1), query.integer(2)};
    return result;
}

QHash<qint64, QList<Installment>> InvoiceEventRepository::allInstallments()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT invoice_id, seq, due_date, amount "
                                                      "FROM invoice_installments ORDER BY invoice_id, seq"));
    query.exec();
    QHash<qint64, QList<Installment>> result;
    while (query.next())
        result[query.integer(0)] << Installment{int(query.integer(1)), query.date(2), query.integer(3)};
    return result;
}

void InvoiceEventRepository::replaceInstallments(qint64 invoiceId, const QList<Installment>& installments)
{
    Statement(m_db.connection(), QStringLiteral("DELETE FROM invoice_installments WHERE invoice_id = ?")).exec({invoiceId});
    Statement insert(m_db.connection(), QStringLiteral("INSERT INTO invoice_installments (invoice_id, seq, due_date, "
                                                       "amount) VALUES (?, ?, ?, ?)"));
    for (const auto& installment : installments)
        insert.exec({invoiceId, installment.seq, IsoDate::format(installment.dueDate), installment.amount});
}

namespace {

const QString planColumns = QStringLiteral(
    "SELECT p.id, p.invoice_id, i.number, c.code, i.currency, p.agreed_on, p.open_balance, p.cancelled_on "
    "FROM payment_plans p JOIN invoices i ON i.id = p.invoice_id JOIN customers c ON c.id = i.customer_id ");

PaymentPlan readPlan(const Statement& q)
{
    PaymentPlan plan;
    plan.id = q.integer(0);
    plan.invoiceId = q.integer(1);
    plan.invoiceNumber = q.text(2);
    plan.customerCode = q.text(3);
    plan.currency = q.text(4);
    plan.agreedOn = q.date(5);
    plan.openBalance = q.integer(6);
    plan.cancelledOn = q.date(7);
    return plan;
}

QList<PaymentPlan> selectPlans(Database& db, const QString& where, std::initializer_list<QVariant> values)
{
    Statement query(db.connection(), planColumns + where + QStringLiteral(" ORDER BY i.number, p.id"));
    query.exec(values);
    QList<PaymentPlan> result;
    while (query.next())
        result << readPlan(query);
    return result;
}

} // namespace

int InvoiceEventRepository::lastInstallmentNumber(qint64 invoiceId)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT MAX(seq) FROM (SELECT seq FROM invoice_installments WHERE invoice_id = ? "
                                   "UNION ALL SELECT installment FROM followup_items WHERE invoice_id = ?) n"));
    query.exec({invoiceId, invoiceId});
    return query.next() ? int(query.integer(0)) : 0;
}

qint64 InvoiceEventRepository::insertPlan(const PaymentPlan& plan, const QDateTime& recordedAt)
{
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO payment_plans (invoice_id, agreed_on, open_balance, recorded_at) "
                                    "VALUES (?, ?, ?, ?) RETURNING id"));
    insert.exec({plan.invoiceId, IsoDate::format(plan.agreedOn), plan.openBalance,
                 recordedAt.toUTC().toString(Qt::ISODateWithMs)});
    return insert.returnedId();
}

void InvoiceEventRepository::cancelPlan(qint64 planId, QDate on, const QDateTime& recordedAt)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE payment_plans SET cancelled_on = ?, cancelled_at = ? "
                                    "WHERE id = ? AND cancelled_on IS NULL"));
    update.exec({IsoDate::format(on), recordedAt.toUTC().toString(Qt::ISODateWithMs), planId});
    requireOneRow(update, QStringLiteral("payment plan %1").arg(planId));
}

std::optional<PaymentPlan> InvoiceEventRepository::planInForce(qint64 invoiceId)
{
    const auto found = selectPlans(m_db, QStringLiteral("WHERE p.invoice_id = ? AND p.cancelled_on IS NULL"), {invoiceId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<PaymentPlan> InvoiceEventRepository::plans(qint64 invoiceId)
{
    return selectPlans(m_db, QStringLiteral("WHERE p.invoice_id = ?"), {invoiceId});
}

QList<PaymentPlan> InvoiceEventRepository::plansInForce(qint64 customerId)
{
    return selectPlans(m_db, QStringLiteral("WHERE i.customer_id = ? AND p.cancelled_on IS NULL"), {customerId});
}

} // namespace settle
