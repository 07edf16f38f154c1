#include "plans/PaymentPlans.h"

#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "followup/InstallmentSchedule.h"
#include "io/EntityJson.h"
#include "ledger/Ledger.h"
#include "storage/AuditLog.h"
#include "storage/InvoiceEventRepository.h"
#include "storage/InvoiceRepository.h"

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

QString date(QDate d)
{
    return IsoDate::format(d);
}

Invoice requireInvoice(InvoiceRepository& invoices, const QString& number)
{
    auto found = invoices.findByNumber(number);
    if (!found || found->status == InvoiceStatus::Draft)
        badInput(QStringLiteral("no invoice has the number \"%1\"").arg(number));
    return *found;
}

// The day something was agreed: given, or today; never still to come, never before the invoice.
QDate agreedDay(const Invoice& invoice, QDate on, QDate today, const QString& what)
{
    if (!on.isValid())
        return today < invoice.issueDate ? invoice.issueDate : today;
    if (on > today)
        badInput(QStringLiteral("invoice %1: the %2 date %3 is in the future (today is %4)")
                     .arg(invoice.number, what, date(on), date(today)));
    if (on < invoice.issueDate)
        badInput(QStringLiteral("invoice %1: the %2 date %3 is before the invoice's issue date %4")
                     .arg(invoice.number, what, date(on), date(invoice.issueDate)));
    return on;
}

Json planJson(const PaymentPlan& plan)
{
    Json::Array lines;
    for (const auto& line : plan.lines)
        lines << Json(Json::Object{{QStringLiteral("seq"), line.seq},
                                   {QStringLiteral("due_date"), date(line.dueDate)},
                                   {QStringLiteral("amount"), EntityJson::amount(line.amount, plan.currency)}});
    return Json::Object{
        {QStringLiteral("agreed_on"), date(plan.agreedOn)},
        {QStringLiteral("open_balance"), EntityJson::amount(plan.openBalance, plan.currency)},
        {QStringLiteral("cancelled_on"), plan.cancelledOn.isValid() ? Json(date(plan.cancelledOn)) : Json()},
        {QStringLiteral("installments"), Json(lines)}};
}

} // namespace

PaymentPlans::PaymentPlans(Ledger& ledger) : m_ledger(ledger) {}

QList<Installment> PaymentPlans::split(qint64 amount, int count, PlanRequest::Every every, QDate first)
{
    if (count < 2)
        badInput(QStringLiteral("a payment plan needs at least 2 installments, not %1").arg(count));
    if (!first.isValid())
        badInput(QStringLiteral("a payment plan needs the date of its first installment"));
    if (amount < count)
        badInput(QStringLiteral("%1 minor units cannot be split into %2 installments").arg(amount).arg(count));
    const qint64 each = amount / count;
    QList<Installment> result;
    for (int k = 0; k < count; ++k) {
        // Anchored on the first date, so that a plan starting on the 31st keeps month ends.
        const QDate due = every == PlanRequest::Every::Week ? first.addDays(7 * k) : first.addMonths(k);
        result << Installment{k + 1, due, k + 1 < count ? each : amount - each * (count - 1)};
    }
    return result;
}

PaymentPlan PaymentPlans::preview(const QString& invoiceNumber, const PlanRequest& request)
{
    InvoiceRepository invoices(m_ledger.database());
    InvoiceEventRepository events(m_ledger.database());
    const Invoice invoice = requireInvoice(invoices, invoiceNumber);
    const QString number = invoice.number;
    if (invoice.status != InvoiceStatus::Open)
        badInput(QStringLiteral("invoice %1 is %2; only an open invoice can get a payment plan")
                     .arg(number, toString(invoice.status)));
    if (const auto plan = events.planInForce(invoice.id))
        badInput(QStringLiteral("invoice %1 already has a payment plan, agreed on %2; cancel it first")
                     .arg(number, date(plan->agreedOn)));
    if (!events.installments(invoice.id).isEmpty())
        badInput(QStringLiteral("invoice %1 already has installments; cancel them first").arg(number));
    const QDate agreed = agreedDay(invoice, request.agreedOn, m_ledger.clock().today(), QStringLiteral("agreed"));
    const qint64 open = invoices.balance(invoice.id, agreed);
    if (open <= 0)
        badInput(QStringLiteral("invoice %1 has nothing open on %2").arg(number, date(agreed)));

    QList<Installment> schedule = request.schedule;
    if (schedule.isEmpty()) {
        if (request.count < 2)
            badInput(QStringLiteral("invoice %1: a payment plan needs at least 2 installments, not %2")
                         .arg(number)
                         .arg(request.count));
        if (!request.first.isValid())
            badInput(QStringLiteral("invoice %1: the plan needs the date of its first installment").arg(number));
        if (open < request.count)
            badInput(QStringLiteral("invoice %1: the open balance %2 cannot be split into %3 installments")
                         .arg(number, EntityJson::amount(open, invoice.currency))
                         .arg(request.count));
        schedule = split(open, request.count, request.every, request.first);
    } else if (schedule.size() < 2) {
        badInput(QStringLiteral("invoice %1: a payment plan needs at least 2 installments (one later date is an "
                                "extension)")
                     .arg(number));
    }

    PaymentPlan plan;
    plan.invoiceId = invoice.id;
    plan.invoiceNumber = number;
    plan.customerCode = invoice.customerCode;
    plan.currency = invoice.currency;
    plan.agreedOn = agreed;
    plan.openBalance = open;
    qint64 sum = 0;
    for (qsizetype k = 0; k < schedule.size(); ++k) {
        const Installment& installment = schedule[k];
        const int seq = int(k + 1);
        const QString where = QStringLiteral("invoice %1, installment %2").arg(number).arg(seq);
        if (!installment.dueDate.isValid())
            badInput(QStringLiteral("%1: needs a due date").arg(where));
        if (k == 0 && installment.dueDate < agreed)
            badInput(QStringLiteral("%1: the first due date %2 is before the day the plan is agreed, %3")
                         .arg(where, date(installment.dueDate), date(agreed)));
        if (k > 0 && installment.dueDate <= schedule[k - 1].dueDate)
            badInput(QStringLiteral("%1: the due date %2 is not after installment %3's %4")
                         .arg(where, date(installment.dueDate))
                         .arg(k)
                         .arg(date(schedule[k - 1].dueDate)));
        if (installment.amount <= 0)
            badInput(QStringLiteral("%1: the amount must be more than zero").arg(where));
        sum += installment.amount;
        plan.lines << PaymentPlan::Line{seq, installment.dueDate, installment.amount, installment.amount};
    }
    if (sum != open)
        badInput(QStringLiteral("invoice %1: the installments add up to %2, but the open balance on %3 is %4")
                     .arg(number, EntityJson::amount(sum, invoice.currency), date(agreed),
                          EntityJson::amount(open, invoice.currency)));
    return plan;
}

PaymentPlan PaymentPlans::agree(const QString& invoiceNumber, const PlanRequest& request)
{
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        PaymentPlan plan = preview(invoiceNumber, request);
        InvoiceEventRepository events(m_ledger.database());
        // Installment numbers are never reused on an invoice: the follow-up history is kept per number,
        // and an installment of a new plan starts from no stage.
        const int base = events.lastInstallmentNumber(plan.invoiceId);
        QList<Installment> installments;
        for (auto& line : plan.lines) {
            line.seq += base;
            installments << Installment{line.seq, line.dueDate, line.amount};
        }
        events.replaceInstallments(plan.invoiceId, installments);
        plan.id = events.insertPlan(plan, m_ledger.clock().now());
        audit.record(QStringLiteral("invoice"), plan.invoiceNumber, QStringLiteral("plan_agreed"), Json(),
                     planJson(plan));
        return plan;
    });
}

PaymentPlan PaymentPlans::cancel(const QString& invoiceNumber, QDate on)
{
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository invoices(m_ledger.database());
        InvoiceEventRepository events(m_ledger.database());
        const Invoice invoice = requireInvoice(invoices, invoiceNumber);
        const QDate cancelled = agreedDay(invoice, on, m_ledger.clock().today(), QStringLiteral("cancellation"));
        std::optional<PaymentPlan> found = current(invoice.number, cancelled);
        if (!found)
            badInput(QStringLiteral("invoice %1 has no payment plan to cancel").arg(invoice.number));
        PaymentPlan plan = *found;
        if (plan.agreedOn.isValid() && cancelled < plan.agreedOn)
            badInput(QStringLiteral("invoice %1: the cancellation date %2 is before the plan was agreed, on %3")
                         .arg(invoice.number, date(cancelled), date(plan.agreedOn)));
        const Json before = planJson(plan);
        if (plan.id)
            events.cancelPlan(plan.id, cancelled, m_ledger.clock().now());
        events.replaceInstallments(invoice.id, {});
        plan.cancelledOn = cancelled;
        audit.record(QStringLiteral("invoice"), invoice.number, QStringLiteral("plan_cancelled"), before,
                     planJson(plan));
        return plan;
    });
}

std::optional<PaymentPlan> PaymentPlans::current(const QString& invoiceNumber, QDate asOf)
{
    if (!asOf.isValid())
        asOf = m_ledger.clock().today();
    InvoiceRepository invoices(m_ledger.database());
    InvoiceEventRepository events(m_ledger.database());
    const Invoice invoice = requireInvoice(invoices, invoiceNumber);
    const QList<Installment> installments = events.installments(invoice.id);
    std::optional<PaymentPlan> plan = events.planInForce(invoice.id);
    if (!plan) {
        if (installments.isEmpty())
            return std::nullopt;
        // Installments set directly (InvoiceEvents::setInstallments) cover the invoice's total.
        plan = PaymentPlan{};
        plan->invoiceId = invoice.id;
        plan->invoiceNumber = invoice.number;
        plan->customerCode = invoice.customerCode;
        plan->currency = invoice.currency;
        for (const auto& installment : installments)
            plan->openBalance += installment.amount;
    }
    const auto due = InstallmentSchedule::dueAmounts(invoice.total, std::max<qint64>(0, invoices.balance(invoice.id, asOf)),
                                                     invoice.dueDate, invoice.extendedDueDate, installments);
    for (qsizetype k = 0; k < installments.size(); ++k)
        plan->lines << PaymentPlan::Line{installments[k].seq, installments[k].dueDate, installments[k].amount,
                                         k < due.size() ? due[k].balance : installments[k].amount};
    return plan;
}

QList<PaymentPlan> PaymentPlans::history(const QString& invoiceNumber)
{
    InvoiceRepository invoices(m_ledger.database());
    InvoiceEventRepository events(m_ledger.database());
    const Invoice invoice = requireInvoice(invoices, invoiceNumber);
    QList<PaymentPlan> result = events.plans(invoice.id);
    for (auto& plan : result)
        if (plan.active())
            if (const auto inForce = current(invoice.number))
                plan.lines = inForce->lines;
    return result;
}

QList<PaymentPlan> PaymentPlans::forCustomer(const QString& customerCode, QDate asOf)
{
    const Customer customer = m_ledger.requireCustomer(customerCode);
    QList<PaymentPlan> result;
    for (const auto& plan : InvoiceEventRepository(m_ledger.database()).plansInForce(customer.id))
        if (const auto withLines = current(plan.invoiceNumber, asOf))
            result << *withLines;
    return result;
}

qint64 PaymentPlans::openBalance(const QString& invoiceNumber, QDate on)
{
    InvoiceRepository invoices(m_ledger.database());
    const Invoice invoice = requireInvoice(invoices, invoiceNumber);
    return std::max<qint64>(0, invoices.balance(invoice.id, on.isValid() ? on : m_ledger.clock().today()));
}

} // namespace settle
