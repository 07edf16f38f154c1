#include "CreditCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "credit/CreditOnAccount.h"
#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "io/EntityJson.h"
#include "io/Json.h"

#include <algorithm>

namespace settle {

int CreditCommands::applyCredit(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("customer apply-credit"),
                    QStringLiteral("customer apply-credit CODE [--on DATE] [--json]"), args);
    cmd.parse({QStringLiteral("on")}, {QStringLiteral("json")}, 2, 2);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Applies the customer's credit on account (payments not yet applied to invoices) at DATE\n"
                         "(default today) to their open invoices, oldest due date first, in each currency.\n";
        return 0;
    }
    const QString code = cmd.positional(1);
    const QDate on = cmd.date(QStringLiteral("on"), context.clock().today());
    const auto result = CreditOnAccount(context.ledger()).apply(code, on);

    QStringList currencies = result.creditLeft.keys();
    std::sort(currencies.begin(), currencies.end());
    if (cmd.format() == CommandLine::Format::Json) {
        Json::Array applied;
        for (const auto& each : result.applied)
            applied << Json(Json::Object{{QStringLiteral("invoice"), each.invoiceNumber},
                                         {QStringLiteral("amount"), EntityJson::amount(each.amount, each.currency)},
                                         {QStringLiteral("currency"), each.currency},
                                         {QStringLiteral("balance"),
                                          EntityJson::amount(each.balanceAfter, each.currency)}});
        Json::Object left;
        for (const auto& currency : currencies)
            left << std::pair{currency, Json(EntityJson::amount(result.creditLeft.value(currency), currency))};
        context.out() << Json(Json::Object{{QStringLiteral("customer"), code},
                                           {QStringLiteral("on"), IsoDate::format(on)},
                                           {QStringLiteral("applied"), applied},
                                           {QStringLiteral("credit_left"), left}})
                             .dump()
                      << "\n";
        return 0;
    }
    QTextStream& out = context.out();
    if (result.isEmpty()) {
        out << "Nothing to apply for " << code << " on " << IsoDate::format(on)
            << (currencies.isEmpty() ? QStringLiteral(": no credit on account.\n")
                                     : QStringLiteral(": no open invoice the credit could settle.\n"));
    } else {
        out << "Applied credit on account of " << code << " on " << IsoDate::format(on) << ":\n";
        for (const auto& each : result.applied)
            out << "  " << each.invoiceNumber << ": " << EntityJson::amount(each.amount, each.currency) << " "
                << each.currency << " applied, "
                << (each.balanceAfter == 0
                        ? QStringLiteral("settled")
                        : QStringLiteral("%1 %2 still open").arg(EntityJson::amount(each.balanceAfter, each.currency),
                                                                 each.currency))
                << "\n";
        if (!result.dismissedMessages.isEmpty())
            out << "  " << result.dismissedMessages.size()
                << " queued reminder(s) for settled invoices dismissed\n";
    }
    for (const auto& currency : currencies)
        out << "  credit left: " << EntityJson::amount(result.creditLeft.value(currency), currency) << " " << currency
            << "\n";
    return 0;
}

} // namespace settle
