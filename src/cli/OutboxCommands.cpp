#include "OutboxCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "errors/SettleError.h"
#include "mail/Outbox.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpPassword.h"
#include "mail/SmtpSettings.h"

#include <algorithm>

namespace settle {

namespace {

using State = OutboxMessage::State;

const QString outboxUsage =
    QStringLiteral("outbox list [--json] | outbox send | outbox resend ID | outbox dismiss ID");

QString moment(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

Json momentJson(const QDateTime& at)
{
    return at.isValid() ? Json(moment(at)) : Json();
}

Json messageJson(const OutboxMessage& m)
{
    return Json::Object{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("customer"), m.customerCode.isEmpty() ? Json() : Json(m.customerCode)},
        {QStringLiteral("followup"), m.followupId > 0 ? Json(m.followupId) : Json()},
        {QStringLiteral("state"), OutboxMessage::stateName(m.state)},
        {QStringLiteral("to"), m.to},
        {QStringLiteral("cc"), m.cc},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("attempts"), m.attempts},
        {QStringLiteral("next_attempt_at"), m.state == State::Queued ? momentJson(m.nextAttemptAt) : Json()},
        {QStringLiteral("created_at"), momentJson(m.createdAt)},
        {QStringLiteral("sent_at"), momentJson(m.sentAt)},
        {QStringLiteral("message_id"), m.messageId},
        {QStringLiteral("server_reply"), m.serverReply},
        {QStringLiteral("last_error"), m.lastError}};
}

QString stateLabel(State state)
{
    return state == State::Unknown ? QStringLiteral("unknown") : OutboxMessage::stateName(state);
}

int list(CliContext& context, const CommandLine& cmd)
{
    const auto messages = Outbox(context.ledger()).list();
    if (cmd.format() == CommandLine::Format::Json) {
        Json::Array array;
        for (const auto& m : messages)
            array << messageJson(m);
        context.out() << Json(Json::Object{{QStringLiteral("messages"), array}}).dump() << "\n";
        return 0;
    }
    QTextStream& out = context.out();
    // The recipients' column is as wide as its longest entry, so the subjects line up.
    qsizetype toWidth = 2;
    for (const auto& m : messages)
        toWidth = std::max(toWidth, m.to.size());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("ID").leftJustified(6), QStringLiteral("STATE").leftJustified(9),
                    QStringLiteral("TRIES").leftJustified(5), QStringLiteral("CUSTOMER").leftJustified(9),
                    QStringLiteral("TO").leftJustified(toWidth), QStringLiteral("SUBJECT"));
    for (const auto& m : messages) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QString::number(m.id).leftJustified(6), stateLabel(m.state).leftJustified(9),
                        QString::number(m.attempts).leftJustified(5), m.customerCode.leftJustified(9),
                        m.to.leftJustified(toWidth), m.subject);
        if ((m.state == State::Failed || m.state == State::Unknown || m.state == State::Queued) &&
            !m.lastError.isEmpty())
            out << "       " << m.lastError << "\n";
        if (m.state == State::Queued && m.nextAttemptAt.isValid() && m.attempts > 0)
            out << "       next attempt " << moment(m.nextAttemptAt) << "\n";
    }
    return 0;
}

int send(CliContext& context)
{
    Ledger& ledger = context.ledger();
    QTextStream& out = context.out();
    // Start-up first, whatever else happens: an interrupted send is never retried by itself, and a send
    // another process is in the middle of is left to it.
    const auto recovery = OutboxSender::recoverInterrupted(ledger);
    const QList<qint64>& interrupted = recovery.markedUnknown;
    for (const qint64 id : interrupted)
        out << "Message " << id
            << ": delivery unknown (found mid-send, its sender gone); check, then "
            << "settle-cli outbox resend " << id << " or outbox dismiss " << id << ".\n";
    for (const OutboxMessage& m : recovery.heldElsewhere)
        out << "Message " << m.id << ": being sent by process " << m.claimPid << " on " << m.claimHost
            << " (its claim holds until " << moment(m.leaseUntil) << "); left to it.\n";

    const auto queued = Outbox(ledger).list(State::Queued);
    const QDateTime now = ledger.clock().now();
    const auto due = std::count_if(queued.begin(), queued.end(), [&](const OutboxMessage& m) {
        return !m.nextAttemptAt.isValid() || m.nextAttemptAt <= now;
    });
    if (due == 0) {
        out << "Nothing to send";
        if (!queued.isEmpty())
            out << " now (" << queued.size() << " queued for a later attempt)";
        out << ".\n";
        return interrupted.isEmpty() ? 0 : 1;
    }

    const SmtpSettings settings = SmtpSettings::fromLedger(ledger);
    QString password;
    if (!settings.user.isEmpty()) {
        const auto lookup = SmtpPassword::lookup(settings.user, settings.host);
        if (lookup.source == SmtpPassword::Source::None)
            throw SettleError(SettleError::Kind::Runtime,
                              lookup.note + QStringLiteral(" (see docs/EMAIL.md); nothing was sent"));
        out << lookup.note << "\n";
        password = lookup.password;
    }
    out << "Sending " << due << " message" << (due == 1 ? "" : "s") << " through " << settings.url() << " ("
        << SmtpSettings::securityName(settings.security) << ")\n";
    out.flush();

    OutboxSender sender(ledger, settings, password);
    sender.onOutcome([&out](const OutboxSender::Outcome& o) {
        switch (o.state) {
        case State::Sent:
            out << "  " << o.id << " sent to " << o.to << ": " << o.detail << "\n";
            break;
        case State::Queued:
            if (o.nextAttemptAt.isValid())
                out << "  " << o.id << " not sent, will retry after " << moment(o.nextAttemptAt) << ": "
                    << o.detail << "\n";
            else
                out << "  " << o.id << " not sent, stays queued: " << o.detail << "\n";
            break;
        case State::Failed:
            out << "  " << o.id << " failed: " << o.detail << "\n";
            break;
        case State::Unknown:
            out << "  " << o.id << " delivery unknown: " << o.detail << "\n";
            break;
        default:
            out << "  " << o.id << " " << OutboxMessage::stateName(o.state) << ": " << o.detail << "\n";
        }
        out.flush();
    });
    const auto report = sender.run();
    const int left = int(Outbox(ledger).list(State::Queued).size());
    out << "Sent " << report.count(State::Sent) << ", to retry " << report.count(State::Queued) << ", failed "
        << report.count(State::Failed) << ", delivery unknown " << report.count(State::Unknown) << "; "
        << left << " queued.\n";
    if (!report.stoppedBecause.isEmpty())
        out << "Stopped early, the rest stays queued: " << report.stoppedBecause << "\n";
    return report.clean() && interrupted.isEmpty() ? 0 : 1;
}

int decide(CliContext& context, const CommandLine& cmd, bool resend)
{
    bool ok = false;
    const qint64 id = cmd.positional(1).toLongLong(&ok);
    if (!ok || id <= 0)
        cmd.usageError(QStringLiteral("\"%1\" is not an outbox message ID (see settle-cli outbox list)")
                           .arg(cmd.positional(1)));
    Outbox outbox(context.ledger());
    const OutboxMessage m = resend ? outbox.resend(id) : outbox.dismiss(id);
    context.out() << "Message " << id << " (" << m.subject << " to " << m.to << ") is "
                  << (resend ? "queued again; settle-cli outbox send sends it"
                             : "dismissed; it will not be sent")
                  << ".\n";
    return 0;
}

} // namespace

int OutboxCommands::run(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("outbox"), outboxUsage, args);
    cmd.parse({}, {QStringLiteral("json")}, 1, 2);
    if (cmd.helpRequested()) {
        context.out()
            << "usage: settle-cli " << cmd.usage() << "\n"
            << "list shows every message with its state: queued, sending, sent, failed, unknown (delivery\n"
               "unknown: its sender stopped mid-send, or no answer came after the whole message went out)\n"
               "or dismissed. send delivers the due messages through the smtp.* settings, each at most once;\n"
               "a message another sender is sending is left to it. The server's 4xx to a message is retried\n"
               "by later sends with a growing wait, its 5xx fails the message with the server's words; when\n"
               "the server cannot be reached (connection, TLS, login) send stops and everything stays\n"
               "queued. resend queues an unknown or failed message again; dismiss drops it; both are refused\n"
               "(exit status 1) while a sender holds the message.\n"
               "The password comes from the system keyring or SETTLE_SMTP_PASSWORD (docs/EMAIL.md).\n"
               "Exit status 1 when a message failed, waits for a retry or has an unknown delivery, or the\n"
               "server could not be reached.\n";
        return 0;
    }
    const QString verb = cmd.positional(0);
    const int count = int(cmd.positionals().size());
    const bool json = cmd.flag(QStringLiteral("json"));
    if (verb == u"list" && count == 1)
        return list(context, cmd);
    if (verb == u"send" && count == 1 && !json)
        return send(context);
    if ((verb == u"resend" || verb == u"dismiss") && count == 2 && !json)
        return decide(context, cmd, verb == u"resend");
    cmd.usageError(QStringLiteral("expected list, send, resend ID or dismiss ID"));
}

} // namespace settle
