#include "mail/Outbox.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"
#include "mail/MailAddress.h"
#include "mail/MimeMessage.h"
#include "mail/OutboxAudit.h"
#include "storage/AuditLog.h"
#include "storage/OutboxRepository.h"

namespace settle {

namespace {

using State = OutboxMessage::State;

[[noreturn]] void changedMeanwhile(qint64 id)
{
    throw SettleError(SettleError::Kind::Conflict,
                      QStringLiteral("outbox message %1 was changed by someone else; look again").arg(id));
}

OutboxMessage require(OutboxRepository& repository, qint64 id, bool withAttachments = false)
{
    const auto found = repository.find(id, withAttachments);
    if (!found)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("there is no outbox message %1").arg(id));
    return *found;
}

} // namespace

void Outbox::check(const OutboxMessage& message)
{
    const auto to = MailAddress::parseList(message.to, QStringLiteral("to"));
    const auto cc = MailAddress::parseList(message.cc, QStringLiteral("cc"));
    MailAddress::parseList(message.bcc, QStringLiteral("bcc"));
    MailAddress::parseList(message.replyTo, QStringLiteral("reply-to"));
    if (to.isEmpty() && cc.isEmpty())
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("to: the message has no recipient"));
    MimeMessage::checkHeaderValue(QStringLiteral("subject"), message.subject);
    for (const auto& attachment : message.attachments) {
        MimeMessage::checkHeaderValue(QStringLiteral("attachment file name"), attachment.fileName);
        MimeMessage::checkHeaderValue(QStringLiteral("attachment type"), attachment.mimeType);
        if (attachment.fileName.trimmed().isEmpty())
            throw SettleError(SettleError::Kind::BadInput, QStringLiteral("attachment: a file needs a name"));
    }
}

qint64 Outbox::queue(OutboxMessage message)
{
    check(message);
    if (message.messageId.isEmpty())
        message.messageId = newMessageId(m_ledger);
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) {
        const qint64 id = OutboxRepository(m_ledger.database(), m_ledger.clock()).insert(message);
        OutboxAudit::queued(audit, id, message);
        return id;
    });
}

QList<OutboxMessage> Outbox::list(std::optional<OutboxMessage::State> state)
{
    return OutboxRepository(m_ledger.database(), m_ledger.clock()).list(state);
}

OutboxMessage Outbox::get(qint64 id, bool withAttachments)
{
    OutboxRepository repository(m_ledger.database(), m_ledger.clock());
    return require(repository, id, withAttachments);
}

OutboxMessage Outbox::resend(qint64 id)
{
    return decide(id, true);
}

OutboxMessage Outbox::dismiss(qint64 id)
{
    return decide(id, false);
}

OutboxMessage Outbox::decide(qint64 id, bool resend)
{
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) {
        OutboxRepository repository(m_ledger.database(), m_ledger.clock());
        const OutboxMessage before = require(repository, id);
        const QString verb = resend ? QStringLiteral("resent") : QStringLiteral("dismissed");
        if (before.state == State::Sending) {
            // Its sender may be in the middle of the conversation: a resend now could deliver it twice.
            const QString holder =
                before.claimHost.isEmpty()
                    ? QStringLiteral("another sender")
                    : QStringLiteral("process %1 on %2").arg(before.claimPid).arg(before.claimHost);
            const QString until =
                before.leaseUntil.isValid()
                    ? QStringLiteral(" (its claim holds until %1 UTC)")
                          .arg(before.leaseUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    : QString();
            throw SettleError(
                SettleError::Kind::Conflict,
                QStringLiteral("outbox message %1 is being sent right now by %2%3; it can be %4 once "
                               "that sender has recorded the outcome, or has been found gone by the "
                               "next send")
                    .arg(id)
                    .arg(holder, until, verb));
        }
        const bool allowed = before.state == State::Unknown || before.state == State::Failed ||
                             (!resend && before.state == State::Queued);
        if (!allowed)
            throw SettleError(SettleError::Kind::BadInput,
                              QStringLiteral("outbox message %1 is %2; only %3 messages can be %4")
                                  .arg(id)
                                  .arg(OutboxMessage::stateName(before.state),
                                       resend ? QStringLiteral("unknown or failed")
                                              : QStringLiteral("queued, unknown or failed"),
                                       verb));
        const bool moved =
            resend ? repository.requeue(id, before.state) : repository.markDismissed(id, before.state);
        if (!moved)
            changedMeanwhile(id);
        const OutboxMessage after = require(repository, id);
        OutboxAudit::moved(audit, resend ? QStringLiteral("resend") : QStringLiteral("dismiss"), before,
                           after);
        return after;
    });
}

OutboxMessage Outbox::edit(qint64 id, int version, const QString& subject, const QString& text,
                           const QString& html)
{
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) {
        OutboxRepository repository(m_ledger.database(), m_ledger.clock());
        const OutboxMessage before = require(repository, id);
        if (before.state != State::Queued)
            throw SettleError(SettleError::Kind::BadInput,
                              QStringLiteral("outbox message %1 is %2; only a queued message can be edited")
                                  .arg(id)
                                  .arg(OutboxMessage::stateName(before.state)));
        if (!repository.editQueued(id, version, subject, text, html))
            changedMeanwhile(id);
        const OutboxMessage after = require(repository, id);
        OutboxAudit::edited(audit, before, after);
        return after;
    });
}

QList<qint64> Outbox::postponeFollowup(qint64 followupId, const QDateTime& until)
{
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) {
        OutboxRepository repository(m_ledger.database(), m_ledger.clock());
        QList<qint64> ids;
        for (const auto& before : repository.queuedForFollowup(followupId)) {
            if (!repository.postpone(before.id, until))
                continue;
            OutboxMessage after = before;
            after.nextAttemptAt = until;
            OutboxAudit::moved(audit, QStringLiteral("postpone"), before, after);
            ids << before.id;
        }
        return ids;
    });
}

QList<qint64> Outbox::dismissQueued(OutboxRepository& repository, const QList<OutboxMessage>& messages,
                                   const QString& reason, const QString& action, AuditLog& audit)
{
    QList<qint64> ids;
    for (const auto& before : messages) {
        // A sender may have claimed it meanwhile: then it is no longer ours to dismiss.
        if (!repository.moveWithReason(before.id, State::Queued, State::Dismissed, reason))
            continue;
        OutboxMessage after = before;
        after.state = State::Dismissed;
        after.lastError = reason;
        OutboxAudit::moved(audit, action, before, after);
        ids << before.id;
    }
    return ids;
}

QList<qint64> Outbox::supersede(qint64 customerId, const QList<std::pair<qint64, int>>& dueAmounts,
                                qint64 byFollowupId, const QString& reason)
{
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) {
        OutboxRepository repository(m_ledger.database(), m_ledger.clock());
        return dismissQueued(repository, repository.queuedOnlyFor(customerId, dueAmounts, byFollowupId), reason,
                             QStringLiteral("supersede"), audit);
    });
}

QList<qint64> Outbox::dismissSettled(qint64 customerId, const QString& why)
{
    return m_ledger.write(Ledger::Change::Outbox, [&](AuditLog& audit) {
        OutboxRepository repository(m_ledger.database(), m_ledger.clock());
        return dismissQueued(repository, repository.queuedForSettledInvoices(customerId), why,
                             QStringLiteral("settled"), audit);
    });
}

QString Outbox::newMessageId(Ledger& ledger)
{
    QString domain;
    const QString from = ledger.setting(SettingKeys::SmtpFrom).trimmed();
    try {
        if (!from.isEmpty())
            domain = MailAddress::parse(from, QStringLiteral("smtp.from")).domain();
    } catch (const SettleError&) {
    }
    return MimeMessage::newMessageId(domain);
}

} // namespace settle
