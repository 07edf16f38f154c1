#include "RecurringCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "dates/IsoDate.h"
#include "io/Json.h"
#include "recurring/RecurringInvoices.h"

namespace settle {

namespace {

const QString recurringUsage = QStringLiteral(
    "recurring add --from-invoice NUMBER --every month|quarter|year [--start DATE] [--until DATE] [--send] | "
    "recurring list [--json] | recurring stop ID | recurring run [--as-of DATE] [--json]");

Json dateJson(const QDate& date)
{
    return date.isValid() ? Json(IsoDate::format(date)) : Json();
}

// One line with a space after each ':' and ',' between values (the form docs/CLI.md gives for
// `recurring run --json`, word for word): the compact form with the spaces put in outside strings.
QString oneLine(const Json& json)
{
    const QString compact = json.dump(-1);
    QString out;
    out.reserve(compact.size() * 5 / 4);
    bool inString = false;
    bool escaped = false;
    for (const QChar c : compact) {
        out += c;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u':' || c == u',') {
            out += u' ';
        }
    }
    return out;
}

int addSchedule(CliContext& context, const CommandLine& cmd)
{
    if (!cmd.has(QStringLiteral("from-invoice")))
        cmd.usageError(QStringLiteral("--from-invoice NUMBER is required"));
    if (!cmd.has(QStringLiteral("every")))
        cmd.usageError(QStringLiteral("--every month|quarter|year is required"));
    const auto every = RecurringSchedule::everyFromName(cmd.value(QStringLiteral("every")));
    if (!every)
        cmd.usageError(QStringLiteral("--every: \"%1\" is not month, quarter or year").arg(cmd.value(QStringLiteral("every"))));
    const QDate start = cmd.date(QStringLiteral("start"), {});
    const QDate until = cmd.date(QStringLiteral("until"), {});
    // Like a statement's period: an end before the start given with it is wrong usage. Against the
    // default start (known only from the invoice) the core refuses it as bad input.
    if (start.isValid() && until.isValid() && until < start)
        cmd.usageError(QStringLiteral("--until %1 lies before --start %2")
                           .arg(IsoDate::format(until), IsoDate::format(start)));
    const qint64 id = RecurringInvoices(context.ledger())
                          .add(cmd.value(QStringLiteral("from-invoice")), *every, start, until,
                               cmd.flag(QStringLiteral("send")));
    context.out() << id << "\n";
    return 0;
}

int listSchedules(CliContext& context, const CommandLine& cmd)
{
    const auto schedules = RecurringInvoices(context.ledger()).list();
    QTextStream& out = context.out();
    if (cmd.format() == CommandLine::Format::Json) {
        Json::Array array;
        for (const auto& s : schedules)
            array << Json::Object{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("from_invoice"), s.templateNumber},
                                  {QStringLiteral("customer"), s.customerCode},
                                  {QStringLiteral("every"), RecurringSchedule::everyName(s.every)},
                                  {QStringLiteral("start"), IsoDate::format(s.start)},
                                  {QStringLiteral("anchor_day"), s.anchorDay},
                                  {QStringLiteral("until"), dateJson(s.until)},
                                  {QStringLiteral("send"), s.send},
                                  {QStringLiteral("stopped_on"), dateJson(s.stoppedOn)},
                                  {QStringLiteral("issued"), s.issuedCount},
                                  {QStringLiteral("last_issued"), dateJson(s.lastIssued)},
                                  {QStringLiteral("next_date"), dateJson(s.nextDate)}};
        out << Json(Json::Object{{QStringLiteral("schedules"), array}}).dump() << "\n";
        return 0;
    }
    if (schedules.isEmpty()) {
        out << "No repeating invoices.\n";
        return 0;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("ID").leftJustified(5), QStringLiteral("FROM").leftJustified(10),
                    QStringLiteral("CUSTOMER").leftJustified(9), QStringLiteral("EVERY").leftJustified(7),
                    QStringLiteral("START").leftJustified(10), QStringLiteral("UNTIL").leftJustified(10),
                    QStringLiteral("ISSUED").leftJustified(6), QStringLiteral("NEXT"));
    for (const auto& s : schedules) {
        const QString next = !s.isActive() ? QStringLiteral("stopped %1").arg(IsoDate::format(s.stoppedOn))
                             : s.nextDate.isValid() ? IsoDate::format(s.nextDate)
                                                    : QStringLiteral("ended");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8%9\n")
                   .arg(QString::number(s.id).leftJustified(5), s.templateNumber.leftJustified(10),
                        s.customerCode.leftJustified(9), RecurringSchedule::everyName(s.every).leftJustified(7),
                        IsoDate::format(s.start).leftJustified(10),
                        (s.until.isValid() ? IsoDate::format(s.until) : QStringLiteral("-")).leftJustified(10),
                        QString::number(s.issuedCount).leftJustified(6), next,
                        s.send ? QStringLiteral(" (emailed)") : QString());
    }
    return 0;
}

int stopSchedule(CliContext& context, const CommandLine& cmd)
{
    bool ok = false;
    const qint64 id = cmd.positional(1).toLongLong(&ok);
    if (!ok || id <= 0)
        cmd.usageError(QStringLiteral("\"%1\" is not a schedule ID (see settle-cli recurring list)")
                           .arg(cmd.positional(1)));
    RecurringInvoices(context.ledger()).stop(id);
    context.out() << "Schedule " << id << " stopped; it issues no more invoices.\n";
    return 0;
}

int runSchedules(CliContext& context, const CommandLine& cmd)
{
    const QDate asOf = cmd.date(QStringLiteral("as-of"), context.clock().today());
    const auto result = RecurringInvoices(context.ledger()).run(asOf);
    QTextStream& out = context.out();
    if (cmd.format() == CommandLine::Format::Json) {
        Json::Array issued;
        for (const auto& i : result.issued)
            issued << Json::Object{{QStringLiteral("schedule"), i.scheduleId},
                                   {QStringLiteral("number"), i.number},
                                   {QStringLiteral("customer"), i.customerCode},
                                   {QStringLiteral("issue_date"), IsoDate::format(i.issueDate)},
                                   {QStringLiteral("total"), i.total.toDecimalString()}};
        out << oneLine(Json::Object{{QStringLiteral("as_of"), IsoDate::format(result.asOf)},
                                    {QStringLiteral("issued"), issued}})
            << "\n";
    } else {
        for (const auto& i : result.issued)
            out << i.number << "  " << i.customerCode << "  " << IsoDate::format(i.issueDate) << "  "
                << i.total.toDecimalString() << ' ' << i.total.currency().code() << "  (schedule " << i.scheduleId
                << ")"
                << (i.outboxId > 0 ? QStringLiteral(", queued for email as message %1").arg(i.outboxId) : QString())
                << "\n";
        out << "Issued " << result.issued.size() << (result.issued.size() == 1 ? " invoice" : " invoices")
            << " as of " << IsoDate::format(result.asOf) << ".\n";
    }
    // An invoice issued but not emailed is a failure a cron job must notice: said on stderr, exit 1.
    int status = 0;
    for (const auto& i : result.issued) {
        if (i.mailProblem.isEmpty())
            continue;
        out.flush();
        QTextStream(stderr) << "settle-cli: " << i.number << " was issued but not emailed: " << i.mailProblem << "\n";
        status = 1;
    }
    return status;
}

} // namespace

int RecurringCommands::run(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("recurring"), recurringUsage, args);
    cmd.parse({QStringLiteral("from-invoice"), QStringLiteral("every"), QStringLiteral("start"),
               QStringLiteral("until"), QStringLiteral("as-of")},
              {QStringLiteral("send"), QStringLiteral("json")}, 1, 2);
    if (cmd.helpRequested()) {
        context.out()
            << "usage: settle-cli " << cmd.usage() << "\n"
            << "add makes a schedule that copies an issued invoice's lines and terms onto a new invoice every\n"
               "month, quarter or year, and prints its ID. --start defaults to the invoice's issue date plus one\n"
               "period; every date keeps the day of the month it started from, or the month's last day when the\n"
               "month is shorter (from 01-31: 02-28, 03-31, 04-30). --until is the last date it may issue on;\n"
               "--send queues each new invoice for email (settle-cli outbox send delivers it).\n"
               "list shows the schedules with what they issued and their next date; stop ends one.\n"
               "run issues every date that has come and is not issued yet, oldest first, each with its own\n"
               "date as issue date, the due date from the terms and the next invoice number; a date is issued\n"
               "once, even when two runs meet. Exit status 1 when a schedule that sends could not email an\n"
               "invoice it issued (stderr says which and why; the invoice stays issued).\n";
        return 0;
    }
    const QString verb = cmd.positional(0);
    const int count = int(cmd.positionals().size());
    const bool json = cmd.flag(QStringLiteral("json"));
    const auto only = [&](const QStringList& allowed) {
        for (const QString& option : {QStringLiteral("from-invoice"), QStringLiteral("every"), QStringLiteral("start"),
                                      QStringLiteral("until"), QStringLiteral("as-of")})
            if (cmd.has(option) && !allowed.contains(option))
                cmd.usageError(QStringLiteral("recurring %1 takes no --%2").arg(verb, option));
        if (cmd.flag(QStringLiteral("send")) && !allowed.contains(QStringLiteral("send")))
            cmd.usageError(QStringLiteral("recurring %1 takes no --send").arg(verb));
        if (json && !allowed.contains(QStringLiteral("json")))
            cmd.usageError(QStringLiteral("recurring %1 takes no --json").arg(verb));
    };
    if (verb == u"add" && count == 1) {
        only({QStringLiteral("from-invoice"), QStringLiteral("every"), QStringLiteral("start"), QStringLiteral("until"),
              QStringLiteral("send")});
        return addSchedule(context, cmd);
    }
    if (verb == u"list" && count == 1) {
        only({QStringLiteral("json")});
        return listSchedules(context, cmd);
    }
    if (verb == u"stop" && count == 2) {
        only({});
        return stopSchedule(context, cmd);
    }
    if (verb == u"run" && count == 1) {
        only({QStringLiteral("as-of"), QStringLiteral("json")});
        return runSchedules(context, cmd);
    }
    cmd.usageError(QStringLiteral("expected add, list, stop ID or run"));
}

} // namespace settle
