#include "BehaviourReportCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "dates/IsoDate.h"
#include "reports/BehaviourReports.h"

namespace settle {

namespace {

template<typename Report>
void write(CliContext& context, const CommandLine& cmd, const Report& report)
{
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
}

const char* helpText =
    "  customers  payment behaviour per customer over their paid invoices: days to pay, days late,\n"
    "             on-time and discount shares, trend, open disputes, overdue now, and a rating\n"
    "             (reliable / usually late / at risk) whose thresholds are the report.rating.* settings.\n"
    "  forecast   open balances per currency by predicted payment week for the next 12 weeks, with the\n"
    "             balance whose predicted date has already passed shown apart.\n"
    "  dso        days sales outstanding for the period --from DATE (default: the 90 days ending on the\n"
    "             as-of date) and for each of the last 12 months; null when a period had no credit sales.\n"
    "Only what happened on or before --as-of (default today) counts. docs/REPORTS.md has the formulas.\n";

} // namespace

int BehaviourReportCommands::run(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("report"),
                    QStringLiteral("report customers|forecast|dso [--as-of DATE] [--from DATE] [--json | --csv]"), args);
    cmd.parse({QStringLiteral("as-of"), QStringLiteral("from")}, {QStringLiteral("json"), QStringLiteral("csv")}, 1, 1);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n" << helpText;
        return 0;
    }
    const QString which = cmd.positional(0);
    if (which != u"customers" && which != u"forecast" && which != u"dso")
        cmd.usageError(QStringLiteral("\"%1\" is not customers, forecast or dso").arg(which));
    const QDate asOf = cmd.date(QStringLiteral("as-of"), context.clock().today());
    if (cmd.has(QStringLiteral("from")) && which != u"dso")
        cmd.usageError(QStringLiteral("--from is for report dso only"));
    const QDate from = cmd.date(QStringLiteral("from"), QDate());
    if (from.isValid() && from > asOf)
        cmd.usageError(QStringLiteral("--from %1 is after --as-of %2").arg(IsoDate::format(from), IsoDate::format(asOf)));

    BehaviourReports reports(context.ledger());
    if (which == u"customers")
        write(context, cmd, reports.customers(asOf));
    else if (which == u"forecast")
        write(context, cmd, reports.forecast(asOf));
    else
        write(context, cmd, reports.dso(asOf, from));
    return 0;
}

} // namespace settle
