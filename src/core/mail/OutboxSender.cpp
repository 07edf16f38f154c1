#include "mail/OutboxSender.h"

#include "dates/Clock.h"
#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpClient.h"
#include "storage/OutboxRepository.h"

#include <QSet>
#include <QUuid>

#include <spdlog/spdlog.h>

namespace settle {

using State = OutboxMessage::State;

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
      m_options(std::move(options))
{
}

QList<qint64> OutboxSender::recoverInterrupted(Ledger& ledger)
{
    return OutboxRepository(ledger.database(), ledger.clock())
        .markStaleUnknown(
            QStringLiteral("found in 'sending' at start-up: the sending process stopped during the SMTP "
                           "conversation, so the server may or may not have the message"));
}

OutboxSender::Report OutboxSender::run()
{
    Report report;
    report.markedUnknown = recoverInterrupted(m_ledger);
    OutboxRepository repository(m_ledger.database(), m_ledger.clock());
    const QString claimToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString domain = MailAddress::parse(m_settings.from, QStringLiteral("from")).domain();
    QSet<qint64> attempted;
    qsizetype nextOnly = 0;
    while (true) {
        std::optional<OutboxMessage> message;
        if (m_options.onlyIds.isEmpty())
            message = repository.claimNext(claimToken, MimeMessage::newMessageId(domain));
        while (!message && nextOnly < m_options.onlyIds.size())
            message = repository.claimNext(claimToken, MimeMessage::newMessageId(domain), m_options.onlyIds[nextOnly++]);
        if (!message)
            break;
        // "Every due message once": a retry that falls due again during a long run waits for the next run.
        if (attempted.contains(message->id)) {
            repository.release(message->id, claimToken);
            break;
        }
        attempted.insert(message->id);
        QString stop;
        const Outcome outcome = sendOne(*message, claimToken, stop);
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
    OutboxRepository repository(m_ledger.database(), m_ledger.clock());
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
        content.attachments = message.attachments;
        content.date = m_ledger.clock().now();
        content.messageId = message.messageId;
        const MimeMessage mime(content);
        bytes = mime.toBytes();
        recipients = mime.envelopeRecipients();
        envelopeFrom = mime.from().address;
    } catch (const SettleError& e) {
        // The message itself is wrong (an address, a header): no server will take it.
        const QString error = QStringLiteral("not sent: %1").arg(e.message());
        return settle(State::Failed, error, repository.markFailed(message.id, claimToken, error));
    }

    const SmtpClient::Result result =
        SmtpClient(m_settings, m_password).send(envelopeFrom, recipients, bytes);
    if (result.serverProblem)
        stop = result.message;
    switch (result.kind) {
    case SmtpClient::Result::Kind::Accepted:
        return settle(State::Sent, result.reply, repository.markSent(message.id, claimToken, result.reply));
    case SmtpClient::Result::Kind::Permanent:
        return settle(State::Failed, result.message,
                      repository.markFailed(message.id, claimToken, result.message));
    case SmtpClient::Result::Kind::Unknown:
        return settle(State::Unknown, result.message,
                      repository.markUnknown(message.id, claimToken, result.message));
    case SmtpClient::Result::Kind::Transient:
        break;
    }
    const int attempts = message.attempts + 1;
    if (attempts >= m_options.maxAttempts) {
        const QString error =
            QStringLiteral("gave up after %1 attempts; the last: %2").arg(attempts).arg(result.message);
        return settle(State::Failed, error, repository.markFailed(message.id, claimToken, error));
    }
    const int minutes = m_options.backoffMinutes.isEmpty()
                            ? 1
                            : m_options.backoffMinutes.value(attempts - 1, m_options.backoffMinutes.last());
    outcome.nextAttemptAt = m_ledger.clock().now().addSecs(qint64(minutes) * 60);
    return settle(State::Queued, result.message,
                  repository.markRetry(message.id, claimToken, result.message, outcome.nextAttemptAt));
}

} // namespace settle
