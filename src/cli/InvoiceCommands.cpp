#include "InvoiceCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "FollowupCommands.h"
#include "dates/IsoDate.h"
#include "io/EntityJson.h"
#include "mail/InvoiceMail.h"
#include "money/Decimal.h"
#include "plans/PaymentPlans.h"

namespace settle {

namespace {

int list(CliContext& context, const CommandLine& cmd)
{
    InvoiceRepository::Filter filter;
    filter.customerCode = cmd.value(QStringLiteral("customer"));
    filter.openOnly = cmd.flag(QStringLiteral("open"));
    const QDate today = context.clock().today();
    const auto rows = context.ledger().invoices(filter, today);
    if (cmd.format() == CommandLine::Format::Json) {
        Json::Array invoices;
        for (const auto& [i, balance] : rows)
            invoices << Json(Json::Object{
                {QStringLiteral("number"), i.number},
                {QStringLiteral("customer"), i.customerCode},
                {QStringLiteral("status"), toString(i.status)},
                {QStringLiteral("issue_date"), IsoDate::format(i.issueDate)},
                {QStringLiteral("due_date"), IsoDate::format(i.dueDate)},
                {QStringLiteral("effective_due_date"), IsoDate::format(i.effectiveDueDate())},
                {QStringLiteral("currency"), i.currency},
                {QStringLiteral("total"), EntityJson::amount(i.total, i.currency)},
                {QStringLiteral("balance"), EntityJson::amount(balance, i.currency)}});
        context.out() << Json(Json::Object{{QStringLiteral("as_of"), IsoDate::format(today)},
                                           {QStringLiteral("invoices"), invoices}})
                             .dump()
                      << "\n";
        return 0;
    }
    const QString format = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n");
    context.out() << format.arg(QStringLiteral("NUMBER").leftJustified(12), QStringLiteral("CUSTOMER").leftJustified(8),
                                QStringLiteral("STATUS").leftJustified(11), QStringLiteral("ISSUED").leftJustified(10),
                                QStringLiteral("DUE").leftJustified(10), QStringLiteral("CUR"),
                                QStringLiteral("TOTAL").rightJustified(12), QStringLiteral("BALANCE").rightJustified(12));
    for (const auto& [i, balance] : rows)
        context.out() << format.arg(i.number.leftJustified(12), i.customerCode.leftJustified(8),
                                    toString(i.status).leftJustified(11), IsoDate::format(i.issueDate),
                                    IsoDate::format(i.effectiveDueDate()), i.currency,
                                    EntityJson::amount(i.total, i.currency).rightJustified(12),
                                    EntityJson::amount(balance, i.currency).rightJustified(12));
    return 0;
}

int show(CliContext& context, const CommandLine& cmd)
{
    const QDate asOf = cmd.date(QStringLiteral("as-of"), context.clock().today());
    const auto detail = context.ledger().invoice(cmd.positional(1), asOf);
    const Invoice& i = detail.invoice;
    auto amount = [&](qint64 minor) { return EntityJson::amount(minor, i.currency); };
    const QDate discountUntil = i.terms.discountUntil(i.issueDate);
    const qint64 discount = i.terms.hasDiscount() ? i.terms.discountAmount(i.totalMoney()).minor() : 0;
    const bool disputed = i.disputedOn.isValid() && i.disputedOn <= asOf;
    const auto plan = i.status == InvoiceStatus::Draft ? std::nullopt : PaymentPlans(context.ledger()).current(i.number, asOf);

    if (cmd.format() == CommandLine::Format::Json) {
        Json::Array lines;
        for (const auto& line : i.lines)
            lines << Json(Json::Object{
                {QStringLiteral("description"), line.description},
                {QStringLiteral("quantity"), Decimal::formatShort(line.quantity, InvoiceLine::QuantityDecimals)},
                {QStringLiteral("unit_price"), amount(line.unitPrice)},
                {QStringLiteral("tax_rate"), line.taxRate.toPercentString()},
                {QStringLiteral("amount"), amount(line.amount)},
                {QStringLiteral("tax"), amount(line.tax)}});
        Json::Array payments, credits;
        for (const auto& applied : detail.applied) {
            const auto& a = applied.allocation;
            if (a.kind == Allocation::Kind::Payment)
                payments << Json(Json::Object{{QStringLiteral("date"), IsoDate::format(a.date)},
                                              {QStringLiteral("amount"), amount(a.amount)},
                                              {QStringLiteral("method"), applied.method},
                                              {QStringLiteral("reference"), applied.reference}});
            else
                credits << Json(Json::Object{{QStringLiteral("date"), IsoDate::format(a.date)},
                                             {QStringLiteral("kind"), Allocation::kindName(a.kind)},
                                             {QStringLiteral("amount"), amount(a.amount)},
                                             {QStringLiteral("reference"), applied.reference}});
        }
        Json::Array installments;
        if (plan)
            for (const auto& line : plan->lines)
                installments << Json(Json::Object{{QStringLiteral("due_date"), IsoDate::format(line.dueDate)},
                                                  {QStringLiteral("amount"), amount(line.amount)},
                                                  {QStringLiteral("balance"), amount(line.balance)}});
        const Json::Object object{
            {QStringLiteral("number"), i.number},
            {QStringLiteral("customer"), i.customerCode},
            {QStringLiteral("status"), toString(detail.statusAsOf)},
            {QStringLiteral("issue_date"), IsoDate::format(i.issueDate)},
            {QStringLiteral("due_date"), IsoDate::format(i.dueDate)},
            {QStringLiteral("effective_due_date"), IsoDate::format(i.effectiveDueDate())},
            {QStringLiteral("currency"), i.currency},
            {QStringLiteral("terms"), i.terms.name},
            {QStringLiteral("subtotal"), amount(i.subtotal)},
            {QStringLiteral("tax"), amount(i.tax)},
            {QStringLiteral("total"), amount(i.total)},
            {QStringLiteral("balance"), amount(detail.balance)},
            {QStringLiteral("discount_until"), discountUntil.isValid() ? Json(IsoDate::format(discountUntil)) : Json()},
            {QStringLiteral("discount_amount"), discountUntil.isValid() ? Json(amount(discount)) : Json()},
            {QStringLiteral("disputed"), disputed},
            {QStringLiteral("promise_until"), i.promiseUntil.isValid() ? Json(IsoDate::format(i.promiseUntil)) : Json()},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("credits"), credits},
            {QStringLiteral("installments"), installments}};
        context.out() << Json(object).dump() << "\n";
        return 0;
    }
    QTextStream& out = context.out();
    out << "Invoice " << i.number << " to " << i.customerCode << " — " << toString(detail.statusAsOf) << "\n";
    out << "Issued " << IsoDate::format(i.issueDate) << ", due " << IsoDate::format(i.effectiveDueDate());
    if (i.extendedDueDate.isValid())
        out << " (extended from " << IsoDate::format(i.dueDate) << ")";
    out << " — " << i.terms.name << "\n\n";
    for (const auto& line : i.lines)
        out << QStringLiteral("  %1 %2 × %3 %4\n")
                   .arg(line.description.leftJustified(36, u' ', true),
                        Decimal::formatShort(line.quantity, InvoiceLine::QuantityDecimals).rightJustified(8),
                        amount(line.unitPrice).rightJustified(12), amount(line.amount).rightJustified(12));
    out << QStringLiteral("  %1 %2\n").arg(QStringLiteral("Tax").leftJustified(59), amount(i.tax).rightJustified(12));
    out << QStringLiteral("  %1 %2 %3\n")
               .arg(QStringLiteral("Total").leftJustified(55), i.currency, amount(i.total).rightJustified(12));
    if (discountUntil.isValid())
        out << "\n" << i.terms.discount.toPercentString() << " % discount (" << amount(discount) << ") if paid by "
            << IsoDate::format(discountUntil) << "\n";
    for (const auto& applied : detail.applied)
        out << QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(IsoDate::format(applied.allocation.date),
                        Allocation::kindName(applied.allocation.kind).leftJustified(12),
                        applied.reference.leftJustified(30, u' ', true), amount(-applied.allocation.amount).rightJustified(14));
    out << QStringLiteral("  %1 %2\n")
               .arg((QStringLiteral("Balance as of ") + IsoDate::format(asOf)).leftJustified(59),
                    amount(detail.balance).rightJustified(12));
    if (disputed)
        out << "Disputed since " << IsoDate::format(i.disputedOn) << ": " << i.disputeReason << "\n";
    if (plan) {
        out << "\nPayment plan"
            << (plan->agreedOn.isValid() ? QStringLiteral(" agreed on ") + IsoDate::format(plan->agreedOn) : QString())
            << ":\n";
        for (const auto& line : plan->lines)
            out << QStringLiteral("  %1 %2  open %3\n")
                       .arg(IsoDate::format(line.dueDate), amount(line.amount).rightJustified(12),
                            amount(line.balance).rightJustified(12));
    }
    return 0;
}

// Queues the invoice's email with its PDF; `outbox send` delivers it. A customer without an email
// address is bad input (exit 3) and nothing is queued.
int send(CliContext& context, const CommandLine& cmd)
{
    const QString number = cmd.positional(1);
    const QDate asOf = cmd.date(QStringLiteral("as-of"), context.clock().today());
    InvoiceMail mail(context.ledger());
    const OutboxMessage message = mail.compose(number, asOf);
    const qint64 id = mail.queue(message);
    if (cmd.format() == CommandLine::Format::Json) {
        context.out() << Json(Json::Object{{QStringLiteral("invoice"), number},
                                           {QStringLiteral("outbox_id"), id},
                                           {QStringLiteral("to"), message.to},
                                           {QStringLiteral("cc"), message.cc.isEmpty() ? Json() : Json(message.cc)}})
                             .dump()
                      << "\n";
        return 0;
    }
    context.out() << "Queued invoice " << number << " for " << message.to << " as outbox message " << id
                  << "; settle-cli outbox send delivers it.\n";
    return 0;
}

} // namespace

int InvoiceCommands::run(CliContext& context, const QStringList& args)
{
    // dispute | resolve | promise | extend: the events that pause follow-ups, each with its own options.
    if (!args.isEmpty() && FollowupCommands::isInvoiceEventVerb(args.first()))
        return FollowupCommands::invoiceEvent(context, args);
    CommandLine cmd(QStringLiteral("invoice"),
                    QStringLiteral("invoice list [--customer CODE] [--open] [--json] | "
                                   "invoice show NUMBER [--as-of DATE] [--json] | invoice void NUMBER | "
                                   "invoice send NUMBER [--as-of DATE] [--json]"),
                    args);
    cmd.parse({QStringLiteral("customer"), QStringLiteral("as-of")}, {QStringLiteral("json"), QStringLiteral("open")}, 1,
              2);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n";
        return 0;
    }
    const QString verb = cmd.positional(0);
    const int count = int(cmd.positionals().size());
    if (verb == u"list" && count == 1)
        return list(context, cmd);
    if (verb == u"show" && count == 2)
        return show(context, cmd);
    if (verb == u"send" && count == 2)
        return send(context, cmd);
    if (verb == u"void" && count == 2) {
        context.ledger().voidInvoice(cmd.positional(1), context.clock().today());
        context.out() << "Invoice " << cmd.positional(1) << " is void.\n";
        return 0;
    }
    cmd.usageError(
        QStringLiteral("expected list, show NUMBER, void NUMBER, send NUMBER, dispute, resolve, promise or extend NUMBER"));
}

} // namespace settle
