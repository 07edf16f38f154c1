#include "FollowupCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "dates/IsoDate.h"
#include "domain/InputLimits.h"
#include "errors/SettleError.h"
#include "followup/FollowupDesk.h"
#include "followup/FollowupQueue.h"
#include "followup/FollowupRunner.h"
#include "followup/InvoiceEvents.h"

namespace settle {

namespace {

const QString followupsUsage = QStringLiteral(
    "followups plan [--as-of DATE] [--json] | followups run [--as-of DATE] [--json] | "
    "followups list [--pending] [--json] | followups approve ID | followups dismiss ID | "
    "followups snooze ID --until DATE | followups done ID --outcome note|promise|dispute|legal [--note TEXT] "
    "[--until DATE] | followups history INVOICE");

QString row(const QString& customer, const QString& stage, const QString& channel, const QStringList& invoices)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(customer.leftJustified(9), stage.leftJustified(20), channel.leftJustified(13),
             invoices.join(QStringLiteral(", ")));
}

void printPlan(QTextStream& out, const FollowupPlan& plan, const QList<qint64>& ids)
{
    for (qsizetype k = 0; k < plan.actions.size(); ++k) {
        const auto& action = plan.actions[k];
        out << "  " << (ids.isEmpty() ? QString() : QStringLiteral("#%1 ").arg(ids[k]).leftJustified(7))
            << row(action.customerCode, action.stage.name, action.stage.channels.name(), action.invoiceNumbers());
        if (action.stage.needsApproval)
            out << "  (needs approval)";
        out << "\n";
    }
}

int plan(CliContext& context, const CommandLine& cmd)
{
    const QDate asOf = cmd.date(QStringLiteral("as-of"), context.clock().today());
    const FollowupPlan plan = FollowupRunner(context.ledger()).plan(asOf);
    if (cmd.format() == CommandLine::Format::Json) {
        context.out() << plan.toJson().dump() << "\n";
        return 0;
    }
    context.out() << "Follow-ups due at " << IsoDate::format(asOf) << ": " << plan.actions.size() << " (for "
                  << plan.itemCount() << " due amounts)\n";
    printPlan(context.out(), plan, {});
    return 0;
}

int runEngine(CliContext& context, const CommandLine& cmd)
{
    const QDate asOf = cmd.date(QStringLiteral("as-of"), context.clock().today());
    const FollowupRunResult result = FollowupRunner(context.ledger()).run(asOf);
    if (cmd.format() == CommandLine::Format::Json) {
        context.out() << result.raised.toJson().dump() << "\n";
        return 0;
    }
    QTextStream& out = context.out();
    out << "Raised " << result.raised.actions.size() << " follow-ups at " << IsoDate::format(asOf);
    if (result.pendingApproval > 0)
        out << " (" << result.pendingApproval << " wait for approval: settle-cli followups approve ID)";
    out << "\n";
    printPlan(out, result.raised, result.followupIds);
    for (const auto& verdict : result.verdicts)
        out << "Promise " << (verdict.kind == InvoiceEvent::Kind::PromiseKept ? "kept" : "broken") << ": "
            << verdict.invoiceNumber << " (" << verdict.customerCode << "), promised by "
            << IsoDate::format(verdict.until) << "\n";
    return 0;
}

Json recordJson(const FollowupRecord& r)
{
    Json::Array invoices;
    for (const QString& number : r.invoiceNumbers())
        invoices << Json(number);
    return Json::Object{{QStringLiteral("id"), r.id},
                        {QStringLiteral("customer"), r.customerCode},
                        {QStringLiteral("stage"), r.stageName},
                        {QStringLiteral("stage_index"), r.stageIndex},
                        {QStringLiteral("channel"), r.channel},
                        {QStringLiteral("raised_on"), IsoDate::format(r.raisedOn)},
                        {QStringLiteral("state"), FollowupRecord::stateName(r.state)},
                        {QStringLiteral("needs_approval"), r.needsApproval},
                        {QStringLiteral("invoices"), invoices}};
}

int list(CliContext& context, const CommandLine& cmd)
{
    const auto records = FollowupQueue(context.ledger()).list(cmd.flag(QStringLiteral("pending")));
    if (cmd.format() == CommandLine::Format::Json) {
        Json::Array array;
        for (const auto& record : records)
            array << recordJson(record);
        context.out() << Json(Json::Object{{QStringLiteral("followups"), array}}).dump() << "\n";
        return 0;
    }
    context.out() << QStringLiteral("%1 %2 %3 %4\n")
                         .arg(QStringLiteral("ID").leftJustified(6), QStringLiteral("RAISED").leftJustified(10),
                              QStringLiteral("STATE").leftJustified(16),
                              row(QStringLiteral("CUSTOMER"), QStringLiteral("STAGE"), QStringLiteral("CHANNEL"),
                                  {QStringLiteral("INVOICES")}));
    for (const auto& r : records)
        context.out() << QStringLiteral("%1 %2 %3 %4\n")
                             .arg(QString::number(r.id).leftJustified(6), IsoDate::format(r.raisedOn),
                                  FollowupRecord::stateName(r.state).leftJustified(16),
                                  row(r.customerCode, r.stageName, r.channel, r.invoiceNumbers()));
    return 0;
}

int decide(CliContext& context, const CommandLine& cmd, bool approve)
{
    bool ok = false;
    const qint64 id = cmd.positional(1).toLongLong(&ok);
    if (!ok || id <= 0)
        cmd.usageError(QStringLiteral("\"%1\" is not a follow-up ID (see settle-cli followups list)").arg(cmd.positional(1)));
    FollowupQueue queue(context.ledger());
    const FollowupRecord record = approve ? queue.approve(id) : queue.dismiss(id);
    context.out() << "Follow-up " << id << " (" << record.stageName << " for " << record.customerCode << ": "
                  << record.invoiceNumbers().join(QStringLiteral(", ")) << ") is "
                  << (approve ? "approved and delivered" : "dismissed") << ".\n";
    return 0;
}

qint64 followupId(const CommandLine& cmd)
{
    bool ok = false;
    const qint64 id = cmd.positional(1).toLongLong(&ok);
    if (!ok || id <= 0)
        cmd.usageError(QStringLiteral("\"%1\" is not a follow-up ID (see settle-cli followups list)").arg(cmd.positional(1)));
    return id;
}

int snooze(CliContext& context, const CommandLine& cmd)
{
    const qint64 id = followupId(cmd);
    if (!cmd.has(QStringLiteral("until")))
        cmd.usageError(QStringLiteral("--until is required"));
    const FollowupRecord record = FollowupDesk(context.ledger()).snooze(id, cmd.date(QStringLiteral("until"), {}));
    context.out() << "Follow-up " << id << " (" << record.stageName << " for " << record.customerCode
                  << ") is snoozed until " << IsoDate::format(record.snoozedUntil)
                  << "; its queued email is not sent before then.\n";
    return 0;
}

int done(CliContext& context, const CommandLine& cmd)
{
    const qint64 id = followupId(cmd);
    if (!cmd.has(QStringLiteral("outcome")))
        cmd.usageError(QStringLiteral("--outcome is required (note, promise, dispute or legal)"));
    const auto kind = ContactNote::kindFromName(cmd.value(QStringLiteral("outcome")));
    if (!kind)
        cmd.usageError(QStringLiteral("--outcome: \"%1\" is not note, promise, dispute or legal")
                           .arg(cmd.value(QStringLiteral("outcome"))));
    FollowupDesk desk(context.ledger());
    qint64 taskId = 0;
    for (const auto& task : desk.tasksOf(id))
        if (task.state == u"open" && taskId == 0)
            taskId = task.id;
    if (taskId == 0) {
        FollowupQueue(context.ledger()).get(id); // "there is no follow-up N" first
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("follow-up %1 has no open task to close").arg(id));
    }
    FollowupDesk::Outcome outcome;
    outcome.kind = *kind;
    outcome.note = cmd.value(QStringLiteral("note"));
    if (const QString problem = InputLimits::textProblem(InputLimits::Field::Reason, outcome.note); !problem.isEmpty())
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("followups done --note: ") + problem);
    outcome.until = cmd.has(QStringLiteral("until")) ? cmd.date(QStringLiteral("until"), {}) : QDate();
    const FollowupTask task = desk.closeTask(taskId, outcome);
    context.out() << "Task " << task.id << " of follow-up " << id << " (" << task.title << ") is done: " << task.outcome;
    if (outcome.until.isValid())
        context.out() << " until " << IsoDate::format(outcome.until);
    context.out() << ".\n";
    return 0;
}

int history(CliContext& context, const CommandLine& cmd)
{
    const QString number = cmd.positional(1);
    for (const auto& entry : FollowupDesk(context.ledger()).history(number))
        context.out() << IsoDate::format(entry.date) << "  " << entry.title
                      << (entry.detail.isEmpty() ? QString() : QStringLiteral(" — ") + entry.detail) << "\n";
    return 0;
}

} // namespace

int FollowupCommands::run(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("followups"), followupsUsage, args);
    cmd.parse({QStringLiteral("as-of"), QStringLiteral("until"), QStringLiteral("outcome"), QStringLiteral("note")},
              {QStringLiteral("json"), QStringLiteral("pending")}, 1, 2);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "plan shows what the follow-up engine would raise at a date and changes nothing; run raises\n"
                         "it: emails go to the outbox, letters to print, tasks for a person. Stages that need\n"
                         "approval wait in the queue (list --pending) until approved or dismissed. --as-of defaults\n"
                         "to today.\n"
                         "snooze puts a follow-up aside until a date (its email waits until then); done closes a\n"
                         "follow-up's call or collections review with its outcome: a note (--note), a promise to pay\n"
                         "(--until, recorded on its open invoices), a dispute (--note is the reason) or legal (a\n"
                         "collections review only); history lists what was raised and sent for one invoice.\n";
        return 0;
    }
    const QString verb = cmd.positional(0);
    const bool deskOptions = cmd.has(QStringLiteral("until")) || cmd.has(QStringLiteral("outcome")) ||
                             cmd.has(QStringLiteral("note"));
    const int count = int(cmd.positionals().size());
    const bool asOf = cmd.has(QStringLiteral("as-of"));
    const bool pending = cmd.flag(QStringLiteral("pending"));
    const bool json = cmd.flag(QStringLiteral("json"));
    const bool onlyUntil = !cmd.has(QStringLiteral("outcome")) && !cmd.has(QStringLiteral("note"));
    if ((verb == u"plan" || verb == u"run") && count == 1 && !pending && !deskOptions)
        return verb == u"plan" ? plan(context, cmd) : runEngine(context, cmd);
    if (verb == u"list" && count == 1 && !asOf && !deskOptions)
        return list(context, cmd);
    if ((verb == u"approve" || verb == u"dismiss") && count == 2 && !asOf && !pending && !json && !deskOptions)
        return decide(context, cmd, verb == u"approve");
    if (verb == u"snooze" && count == 2 && !asOf && !pending && !json && onlyUntil)
        return snooze(context, cmd);
    if (verb == u"done" && count == 2 && !asOf && !pending && !json)
        return done(context, cmd);
    if (verb == u"history" && count == 2 && !asOf && !pending && !json && !deskOptions)
        return history(context, cmd);
    cmd.usageError(QStringLiteral(
        "expected plan, run, list, approve ID, dismiss ID, snooze ID, done ID or history INVOICE, with their options"));
}

bool FollowupCommands::isInvoiceEventVerb(const QString& verb)
{
    return verb == u"dispute" || verb == u"resolve" || verb == u"promise" || verb == u"extend";
}

int FollowupCommands::invoiceEvent(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    QString usage;
    QStringList options;
    if (verb == u"dispute") {
        usage = QStringLiteral("invoice dispute NUMBER --reason TEXT [--on DATE]");
        options = {QStringLiteral("reason"), QStringLiteral("on")};
    } else if (verb == u"resolve") {
        usage = QStringLiteral("invoice resolve NUMBER [--on DATE]");
        options = {QStringLiteral("on")};
    } else if (verb == u"promise") {
        usage = QStringLiteral("invoice promise NUMBER --until DATE [--on DATE]");
        options = {QStringLiteral("until"), QStringLiteral("on")};
    } else {
        usage = QStringLiteral("invoice extend NUMBER --to DATE [--on DATE]");
        options = {QStringLiteral("to"), QStringLiteral("on")};
    }
    CommandLine cmd(QStringLiteral("invoice ") + verb, usage, args.mid(1));
    cmd.parse(options, {}, 1, 1);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "A dispute pauses follow-ups until resolved; a promise to pay pauses them until its date\n"
                         "(when it passes with a balance left, the promise counts as broken and escalation resumes);\n"
                         "an extension moves the due date the follow-ups count from, keeping the original. --on (the\n"
                         "day it was agreed, when the pause starts) defaults to today.\n";
        return 0;
    }
    for (const QString& required : options)
        if (required != u"on" && !cmd.has(required))
            cmd.usageError(QStringLiteral("--%1 is required").arg(required));
    const QString number = cmd.positional(0);
    const QDate today = context.clock().today();
    InvoiceEvents events(context.ledger());
    QTextStream& out = context.out();
    if (verb == u"dispute") {
        if (const QString problem =
                InputLimits::textProblem(InputLimits::Field::Reason, cmd.value(QStringLiteral("reason")));
            !problem.isEmpty())
            throw SettleError(SettleError::Kind::BadInput, QStringLiteral("invoice dispute --reason: ") + problem);
        const auto event = events.dispute(number, cmd.value(QStringLiteral("reason")), cmd.date(QStringLiteral("on"), today));
        out << "Invoice " << number << " is disputed since " << IsoDate::format(event.date) << ": " << event.reason
            << "\n";
    } else if (verb == u"resolve") {
        const auto event = events.resolve(number, cmd.date(QStringLiteral("on"), today));
        out << "Invoice " << number << ": the dispute is resolved on " << IsoDate::format(event.date) << ".\n";
    } else if (verb == u"promise") {
        const auto event =
            events.promise(number, cmd.date(QStringLiteral("until"), {}), cmd.date(QStringLiteral("on"), today));
        out << "Invoice " << number << ": promised to be paid by " << IsoDate::format(event.until) << ".\n";
    } else {
        const auto event =
            events.extend(number, cmd.date(QStringLiteral("to"), {}), cmd.date(QStringLiteral("on"), today));
        out << "Invoice " << number << " is now due " << IsoDate::format(event.until) << " (was " << event.reason
            << ").\n";
    }
    return 0;
}

} // namespace settle
