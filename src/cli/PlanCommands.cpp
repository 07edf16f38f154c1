#include "PlanCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "io/EntityJson.h"
#include "mail/PaymentPlanMail.h"
#include "money/Money.h"
#include "plans/PaymentPlans.h"
#include "storage/AuditLog.h"

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

// --schedule 2026-02-15=300.00,2026-03-15=333.33: data, so a malformed entry is bad input naming it.
QList<Installment> parseSchedule(const QString& text, const QString& currency)
{
    QList<Installment> schedule;
    const QStringList entries = text.split(u',');
    for (qsizetype k = 0; k < entries.size(); ++k) {
        const QString entry = entries[k].trimmed();
        const QString where = QStringLiteral("invoice plan --schedule, entry %1 \"%2\"").arg(k + 1).arg(entry);
        const qsizetype equals = entry.indexOf(u'=');
        if (equals < 0)
            badInput(QStringLiteral("%1: expected DATE=AMOUNT").arg(where));
        const auto due = IsoDate::parse(entry.left(equals).trimmed());
        if (!due)
            badInput(QStringLiteral("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(where, entry.left(equals).trimmed()));
        Money amount;
        if (const QString error = Money::parseError(entry.mid(equals + 1).trimmed(), Currency::require(currency), &amount);
            !error.isEmpty())
            badInput(QStringLiteral("%1: %2").arg(where, error));
        schedule << Installment{int(k + 1), *due, amount.minor()};
    }
    return schedule;
}

Json::Object planJson(const PaymentPlan& plan)
{
    Json::Array lines;
    for (const auto& line : plan.lines)
        lines << Json(Json::Object{{QStringLiteral("due_date"), IsoDate::format(line.dueDate)},
                                   {QStringLiteral("amount"), EntityJson::amount(line.amount, plan.currency)},
                                   {QStringLiteral("balance"), EntityJson::amount(line.balance, plan.currency)}});
    auto optionalDate = [](QDate d) { return d.isValid() ? Json(IsoDate::format(d)) : Json(); };
    return Json::Object{{QStringLiteral("invoice"), plan.invoiceNumber},
                        {QStringLiteral("agreed_on"), optionalDate(plan.agreedOn)},
                        {QStringLiteral("cancelled_on"), optionalDate(plan.cancelledOn)},
                        {QStringLiteral("open_balance"), EntityJson::amount(plan.openBalance, plan.currency)},
                        {QStringLiteral("currency"), plan.currency},
                        {QStringLiteral("installments"), Json(lines)}};
}

void printPlan(QTextStream& out, const PaymentPlan& plan)
{
    for (qsizetype k = 0; k < plan.lines.size(); ++k) {
        const auto& line = plan.lines[k];
        out << QStringLiteral("  %1  %2 %3 %4  open %5\n")
                   .arg(QString::number(k + 1).rightJustified(3), IsoDate::format(line.dueDate), plan.currency,
                        EntityJson::amount(line.amount, plan.currency).rightJustified(12),
                        EntityJson::amount(line.balance, plan.currency).rightJustified(12));
    }
}

} // namespace

int PlanCommands::plan(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("invoice plan"),
                    QStringLiteral("invoice plan NUMBER --installments N --every week|month --first DATE [--on DATE] "
                                   "[--send] [--json] | invoice plan NUMBER --schedule DATE=AMOUNT,... [--on DATE] "
                                   "[--send] [--json] | invoice plan NUMBER --cancel [--on DATE] [--json] | "
                                   "invoice plan NUMBER [--json]"),
                    args.mid(1));
    cmd.parse({QStringLiteral("installments"), QStringLiteral("every"), QStringLiteral("first"),
               QStringLiteral("schedule"), QStringLiteral("on")},
              {QStringLiteral("send"), QStringLiteral("cancel"), QStringLiteral("json")}, 1, 1);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Splits the invoice's open balance on the day the plan is agreed (--on, default today)\n"
                         "into installments: N equal ones (the rounding remainder on the last) every week or\n"
                         "month from --first, or the dates and amounts of --schedule, which must add up to that\n"
                         "balance. Each installment then ages and is reminded on its own; the invoice's due date\n"
                         "no longer raises stages. --send queues the customer's confirmation (template\n"
                         "payment_plan). --cancel ends the plan. Without options: the plan in force.\n";
        return 0;
    }
    const QString number = cmd.positional(0);
    const bool json = cmd.format() == CommandLine::Format::Json;
    const bool equalSplit = cmd.has(QStringLiteral("installments")) || cmd.has(QStringLiteral("every")) ||
                            cmd.has(QStringLiteral("first"));
    const bool schedule = cmd.has(QStringLiteral("schedule"));
    const bool cancel = cmd.flag(QStringLiteral("cancel"));
    if (int(equalSplit) + int(schedule) + int(cancel) > 1)
        cmd.usageError(QStringLiteral("give one of --installments/--every/--first, --schedule or --cancel"));
    if (cmd.flag(QStringLiteral("send")) && !equalSplit && !schedule)
        cmd.usageError(QStringLiteral("--send goes with a plan being agreed (--installments or --schedule)"));
    if (!equalSplit && !schedule && !cancel && cmd.has(QStringLiteral("on")))
        cmd.usageError(QStringLiteral("--on goes with a plan being agreed or --cancel"));
    Ledger& ledger = context.ledger();
    PaymentPlans plans(ledger);
    QTextStream& out = context.out();
    const QDate on = cmd.date(QStringLiteral("on"), QDate());

    if (cancel) {
        const PaymentPlan plan = plans.cancel(number, on);
        if (json)
            out << Json(planJson(plan)).dump() << "\n";
        else
            out << "Invoice " << number << ": the payment plan is cancelled on " << IsoDate::format(plan.cancelledOn)
                << "; the invoice is due as one amount again.\n";
        return 0;
    }
    if (!equalSplit && !schedule) {
        const auto plan = plans.current(number);
        if (json) {
            out << (plan ? Json(planJson(*plan)) : Json()).dump() << "\n";
            return 0;
        }
        if (!plan) {
            out << "Invoice " << number << " has no payment plan.\n";
            return 0;
        }
        out << "Invoice " << number << ": payment plan"
            << (plan->agreedOn.isValid() ? QStringLiteral(" agreed on ") + IsoDate::format(plan->agreedOn) : QString())
            << " over " << EntityJson::amount(plan->openBalance, plan->currency) << " " << plan->currency << "\n";
        printPlan(out, *plan);
        return 0;
    }

    PlanRequest request;
    request.agreedOn = on;
    if (schedule) {
        request.schedule =
            parseSchedule(cmd.value(QStringLiteral("schedule")), ledger.invoice(number, ledger.clock().today()).invoice.currency);
    } else {
        for (const QString& required : {QStringLiteral("installments"), QStringLiteral("every"), QStringLiteral("first")})
            if (!cmd.has(required))
                cmd.usageError(QStringLiteral("--%1 is required with an equal split").arg(required));
        const QString every = cmd.value(QStringLiteral("every"));
        if (every == u"week")
            request.every = PlanRequest::Every::Week;
        else if (every == u"month")
            request.every = PlanRequest::Every::Month;
        else
            cmd.usageError(QStringLiteral("--every: \"%1\" is not week or month").arg(every));
        bool ok = false;
        const QString count = cmd.value(QStringLiteral("installments"));
        request.count = count.toInt(&ok);
        if (!ok)
            badInput(QStringLiteral("invoice plan --installments: \"%1\" is not a whole number").arg(count));
        if (request.count < 2)
            badInput(QStringLiteral("invoice plan --installments: a plan needs at least 2 installments, not %1")
                         .arg(request.count));
        request.first = cmd.date(QStringLiteral("first"), QDate());
    }
    // The plan and its confirmation in one write: a confirmation that cannot be sent (no email address)
    // leaves no plan behind.
    qint64 outboxId = 0;
    const PaymentPlan plan = ledger.write(Ledger::Change::Invoices, [&](AuditLog&) {
        PaymentPlan agreed = plans.agree(number, request);
        if (cmd.flag(QStringLiteral("send")))
            outboxId = PaymentPlanMail(ledger).queue(number);
        return agreed;
    });
    if (json) {
        Json::Object object = planJson(plan);
        object.append({QStringLiteral("outbox_id"), outboxId ? Json(outboxId) : Json()});
        out << Json(object).dump() << "\n";
        return 0;
    }
    out << "Invoice " << number << ": payment plan agreed on " << IsoDate::format(plan.agreedOn) << " over "
        << EntityJson::amount(plan.openBalance, plan.currency) << " " << plan.currency << " in "
        << plan.lines.size() << " installments.\n";
    printPlan(out, plan);
    if (outboxId)
        out << "Queued the confirmation as outbox message " << outboxId << "; settle-cli outbox send delivers it.\n";
    return 0;
}

} // namespace settle
