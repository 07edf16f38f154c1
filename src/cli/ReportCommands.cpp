#include "ReportCommands.h"

#include "CliContext.h"
#include "CommandLine.h"

namespace settle {

int ReportCommands::aging(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("aging"), QStringLiteral("aging [--as-of DATE] [--json | --csv]"), args);
    cmd.parse({QStringLiteral("as-of")}, {QStringLiteral("json"), QStringLiteral("csv")}, 0, 0);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Receivables by days past due (current, 1-30, 31-60, 61-90, 91+), per customer and in\n"
                         "total, per currency. --as-of defaults to today. In --csv the totals row has the\n"
                         "customer TOTAL.\n";
        return 0;
    }
    const auto report = context.ledger().aging(cmd.date(QStringLiteral("as-of"), context.clock().today()));
    switch (cmd.format()) {
    case CommandLine::Format::Json:
        context.out() << report.toJson().dump() << "\n";
        break;
    case CommandLine::Format::Csv:
        context.out() << report.toCsv();
        break;
    case CommandLine::Format::Text:
        context.out() << report.toText();
        break;
    }
    return 0;
}

} // namespace settle
