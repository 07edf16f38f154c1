#include "plans/PaymentPlans.h"

#include "errors/SettleError.h"

namespace settle {

namespace {

[[noreturn]] void notYet()
{
    throw SettleError(SettleError::Kind::Runtime, QStringLiteral("payment plans are not built yet"));
}

} // namespace

PaymentPlans::PaymentPlans(Ledger& ledger) : m_ledger(ledger) {}

QList<Installment> PaymentPlans::split(qint64, int, PlanRequest::Every, QDate) { notYet(); }
PaymentPlan PaymentPlans::preview(const QString&, const PlanRequest&) { notYet(); }
PaymentPlan PaymentPlans::agree(const QString&, const PlanRequest&) { notYet(); }
PaymentPlan PaymentPlans::cancel(const QString&, QDate) { notYet(); }
std::optional<PaymentPlan> PaymentPlans::current(const QString&, QDate) { notYet(); }
QList<PaymentPlan> PaymentPlans::history(const QString&) { notYet(); }
QList<PaymentPlan> PaymentPlans::forCustomer(const QString&, QDate) { notYet(); }
qint64 PaymentPlans::openBalance(const QString&, QDate) { notYet(); }

} // namespace settle
