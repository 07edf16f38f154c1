#include "mail/OutboxSender.h"

#include "dates/Clock.h"
#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "mail/MimeMessage.h"
#include "mail/OutboxClaims.h"
#include "mail/SmtpClient.h"

#include <QCoreApplication>
#include <QSet>
#include <QSysInfo>
#include <QUuid>

#include <spdlog/spdlog.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace settle {

using State = OutboxMessage::State;

namespace {

// Whether a process of this machine still runs. Where that cannot be told, it is taken to run: the
// lease then decides, which is slower but never sends twice.
bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

QString holderName(const OutboxMessage& m)
{
    return QStringLiteral("process %1 on %2").arg(m.claimPid).arg(m.claimHost);
}

const QString maybeDelivered = QStringLiteral("so the server may or may not have the message");

} // namespace

int OutboxSender::Report::count(State state) const
{
    return int(
        std::count_if(outcomes.begin(), outcomes.end(), [&](const Outcome& o) { return o.state == state; }));
}

bool OutboxSender::Report::clean() const
{
    return markedUnknown.isEmpty() && stoppedBecause.isEmpty() && count(State::Sent) == outcomes.size();
}

OutboxSender::OutboxSender(Ledger& ledger, SmtpSettings settings, QString password, Options options)
    : m_ledger(ledger), m_settings(std::move(settings)), m_password(std::move(password)),
      m_options(std::move(options)), m_copies(ledger)
{
}

OutboxSender::Recovery OutboxSender::recoverInterrupted(Ledger& ledger)
{
    OutboxClaims claims(ledger);
    const QDateTime now = ledger.clock().now();
    const QString host = QSysInfo::machineHostName();
    Recovery recovery;
    for (const OutboxMessage& m : claims.inFlight()) {
        QString reason;
        if (!m.leaseUntil.isValid() || m.claimHost.isEmpty())
            reason =
                QStringLiteral("found in 'sending' with nobody vouching for the claim: its sender stopped "
                               "during the SMTP conversation, ") +
                maybeDelivered;
        else if (m.claimHost == host && m.claimPid != QCoreApplication::applicationPid() &&
                 !processRuns(m.claimPid))
            reason =
                QStringLiteral("found in 'sending' with its sender, %1, gone: it stopped during the SMTP "
                               "conversation, ")
                    .arg(holderName(m)) +
                maybeDelivered;
        else if (m.leaseUntil < now)
            reason =
                QStringLiteral("found in 'sending' after the claim of its sender, %1, ran out at %2 UTC: the "
                               "sender stopped or lost touch during the SMTP conversation, ")
                    .arg(holderName(m),
                         m.leaseUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) +
                maybeDelivered;
        if (reason.isEmpty())
            recovery.heldElsewhere << m;
        else
            recovery.markedUnknown << claims.markInterrupted({m}, reason);
    }
    return recovery;
}

QDateTime OutboxSender::leaseFor(qsizetype messageBytes) const
{
    return m_ledger.clock().now().addSecs(
        qint64(SmtpClient::conversationLimitSeconds(m_settings.timeoutSeconds, messageBytes)) +
        leaseMarginSeconds);
}

OutboxSender::Report OutboxSender::run()
{
    Report report;
    const Recovery recovery = recoverInterrupted(m_ledger);
    report.markedUnknown = recovery.markedUnknown;
    report.heldElsewhere = recovery.heldElsewhere;
    OutboxClaims claims(m_ledger);
    OutboxClaims::Claim claim;
    claim.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    claim.host = QSysInfo::machineHostName();
    claim.pid = QCoreApplication::applicationPid();
    const QString domain = MailAddress::parse(m_settings.from, QStringLiteral("from")).domain();
    QSet<qint64> attempted;
    qsizetype nextOnly = 0;
    while (true) {
        // Until the message's size is known, the lease covers a conversation about a small one; the
        // sender extends it before the conversation starts.
        claim.leaseUntil = leaseFor(0);
        std::optional<OutboxMessage> message;
        if (m_options.onlyIds.isEmpty())
            message = claims.claimNext(claim, MimeMessage::newMessageId(domain));
        while (!message && nextOnly < m_options.onlyIds.size())
            message =
                claims.claimNext(claim, MimeMessage::newMessageId(domain), m_options.onlyIds[nextOnly++]);
        if (!message)
            break;
        // "Every due message once": a retry that falls due again during a long run waits for the next run.
        if (attempted.contains(message->id)) {
            claims.release(message->id, claim.token);
            break;
        }
        attempted.insert(message->id);
        QString stop;
        const Outcome outcome = sendOne(*message, claim.token, stop);
        report.outcomes << outcome;
        if (m_onOutcome)
            m_onOutcome(outcome);
        if (!stop.isEmpty()) {
            report.stoppedBecause = stop;
            break;
        }
    }
    return report;
}

OutboxSender::Outcome OutboxSender::sendOne(const OutboxMessage& message, const QString& claimToken,
                                            QString& stop)
{
    OutboxClaims claims(m_ledger);
    Outcome outcome{message.id, message.to, message.subject, State::Queued, {}, {}};
    auto settle = [&](State state, const QString& detail, bool recorded) {
        outcome.state = state;
        outcome.detail = detail;
        if (!recorded) // another run took the row over; say what we saw, the ledger keeps its state
            outcome.detail += QStringLiteral(" (not recorded: the message changed state meanwhile)");
        spdlog::info("outbox {}: {} {}", message.id, OutboxMessage::stateName(state).toStdString(),
                     detail.toStdString());
        return outcome;
    };

    QByteArray bytes;
    QStringList recipients;
    QString envelopeFrom;
    try {
        MimeMessage::Content content;
        content.from = m_settings.from;
        content.to = message.to;
        content.cc = message.cc;
        content.bcc = message.bcc;
        if (m_settings.bccSelf)
            content.bcc += (content.bcc.isEmpty() ? QString() : QStringLiteral(", ")) +
                           MailAddress::parse(m_settings.from, QStringLiteral("from")).address;
        content.replyTo = message.replyTo.isEmpty() ? m_settings.replyTo : message.replyTo;
        content.subject = message.subject;
        content.text = message.bodyText;
        content.html = message.bodyHtml;
        // The invoice copies are drawn now, outside any write: a copy that cannot be drawn fails
        // the message rather than the reminder going without the invoices it promises.
        content.attachments = message.attachments + m_copies.draw(message.invoiceCopies);
        content.date = m_ledger.clock().now();
        content.messageId = message.messageId;
        const MimeMessage mime(content);
        bytes = mime.toBytes();
        recipients = mime.envelopeRecipients();
        envelopeFrom = mime.from().address;
    } catch (const SettleError& e) {
        // The message itself is wrong (an address, a header): no server will take it.
        const QString error = QStringLiteral("not sent: %1").arg(e.message());
        return settle(State::Failed, error, claims.markFailed(message.id, claimToken, error));
    }

    if (!claims.extendLease(message.id, claimToken, leaseFor(bytes.size()))) {
        // Someone moved the message since the claim: it is not ours to send any more.
        const auto now = OutboxRepository(m_ledger.database(), m_ledger.clock()).find(message.id);
        return settle(now ? now->state : State::Queued,
                      QStringLiteral("not sent: the message changed state "
                                     "before its conversation began"),
                      true);
    }

    const SmtpClient::Result result =
        SmtpClient(m_settings, m_password).send(envelopeFrom, recipients, bytes);
    if (result.serverProblem) {
        // Nothing was said about this message; every other one would meet the same. It stays queued with
        // its attempts unspent, and the batch stops.
        stop = result.message;
        return settle(State::Queued, result.message, claims.release(message.id, claimToken, result.message));
    }
    switch (result.kind) {
    case SmtpClient::Result::Kind::Accepted:
        return settle(State::Sent, result.reply, claims.markSent(message.id, claimToken, result.reply));
    case SmtpClient::Result::Kind::Permanent:
        return settle(State::Failed, result.message,
                      claims.markFailed(message.id, claimToken, result.message));
    case SmtpClient::Result::Kind::Unknown:
        return settle(State::Unknown, result.message,
                      claims.markUnknown(message.id, claimToken, result.message));
    case SmtpClient::Result::Kind::Transient:
        break;
    }
    const int attempts = message.attempts + 1;
    if (attempts >= m_options.maxAttempts) {
        const QString error =
            QStringLiteral("gave up after %1 attempts; the last: %2").arg(attempts).arg(result.message);
        return settle(State::Failed, error, claims.markFailed(message.id, claimToken, error));
    }
    const int minutes = m_options.backoffMinutes.isEmpty()
                            ? 1
                            : m_options.backoffMinutes.value(attempts - 1, m_options.backoffMinutes.last());
    outcome.nextAttemptAt = m_ledger.clock().now().addSecs(qint64(minutes) * 60);
    return settle(State::Queued, result.message,
                  claims.markRetry(message.id, claimToken, result.message, outcome.nextAttemptAt));
}

} // namespace settle
