#include "CustomerCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "followup/InvoiceEvents.h"
#include "io/EntityJson.h"

namespace settle {

namespace {

int list(CliContext& context, const CommandLine& cmd)
{
    const auto rows = context.ledger().customerBalances(context.clock().today());
    if (cmd.format() == CommandLine::Format::Json) {
        Json::Array customers;
        for (const auto& row : rows) {
            const auto& c = row.customer;
            customers << Json(Json::Object{
                {QStringLiteral("code"), c.code},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("email"), c.email},
                {QStringLiteral("cc"), c.cc},
                {QStringLiteral("phone"), c.phone},
                {QStringLiteral("currency"), c.currency},
                {QStringLiteral("terms"), c.terms},
                {QStringLiteral("policy"), c.policy},
                {QStringLiteral("language"), c.language},
                {QStringLiteral("on_hold"), c.onHold},
                {QStringLiteral("balance"), EntityJson::amount(row.balanceByCurrency.value(c.currency), c.currency)},
                {QStringLiteral("credit"), EntityJson::amount(row.creditByCurrency.value(c.currency), c.currency)}});
        }
        context.out() << Json(Json::Object{{QStringLiteral("customers"), customers}}).dump() << "\n";
        return 0;
    }
    context.out() << QStringLiteral("%1  %2  %3 %4 %5  %6\n")
                         .arg(QStringLiteral("CODE").leftJustified(8), QStringLiteral("NAME").leftJustified(30),
                              QStringLiteral("CUR"), QStringLiteral("BALANCE").rightJustified(14),
                              QStringLiteral("CREDIT").rightJustified(12), QStringLiteral("STATUS"));
    for (const auto& row : rows) {
        const auto& c = row.customer;
        context.out() << QStringLiteral("%1  %2  %3 %4 %5  %6\n")
                             .arg(c.code.leftJustified(8), c.name.leftJustified(30, u' ', true), c.currency,
                                  EntityJson::amount(row.balanceByCurrency.value(c.currency), c.currency).rightJustified(14),
                                  EntityJson::amount(row.creditByCurrency.value(c.currency), c.currency).rightJustified(12),
                                  c.onHold ? QStringLiteral("on hold") : QStringLiteral("active"));
    }
    return 0;
}

} // namespace

int CustomerCommands::run(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("customer"), QStringLiteral("customer list [--json] | customer hold|release CODE"),
                    args);
    cmd.parse({}, {QStringLiteral("json")}, 1, 2);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "A customer on hold gets no follow-ups until released.\n";
        return 0;
    }
    const QString verb = cmd.positional(0);
    if (verb == u"list" && cmd.positionals().size() == 1)
        return list(context, cmd);
    if ((verb == u"hold" || verb == u"release") && cmd.positionals().size() == 2) {
        const QString code = cmd.positional(1);
        // Through the follow-up events, so that the hold and the release are kept with their dates.
        InvoiceEvents(context.ledger()).setOnHold(code, verb == u"hold");
        context.out() << "Customer " << code << (verb == u"hold" ? " is on hold.\n" : " is released.\n");
        return 0;
    }
    cmd.usageError(QStringLiteral("expected list, hold CODE or release CODE"));
}

} // namespace settle
