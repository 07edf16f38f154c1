#include "mail/Outbox.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "mail/MailAddress.h"
#include "mail/MimeMessage.h"
#include "storage/OutboxRepository.h"
#include "storage/Transaction.h"

namespace settle {

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
    Transaction transaction(m_ledger.database());
    const qint64 id = OutboxRepository(m_ledger.database(), m_ledger.clock()).insert(message);
    transaction.commit();
    return id;
}

QList<OutboxMessage> Outbox::list(std::optional<OutboxMessage::State> state)
{
    return OutboxRepository(m_ledger.database(), m_ledger.clock()).list(state);
}

OutboxMessage Outbox::get(qint64 id, bool withAttachments)
{
    const auto found = OutboxRepository(m_ledger.database(), m_ledger.clock()).find(id, withAttachments);
    if (!found)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("there is no outbox message %1").arg(id));
    return *found;
}

OutboxMessage Outbox::resend(qint64 id)
{
    return OutboxRepository(m_ledger.database(), m_ledger.clock()).resend(id);
}

OutboxMessage Outbox::dismiss(qint64 id)
{
    return OutboxRepository(m_ledger.database(), m_ledger.clock()).dismiss(id);
}

QString Outbox::newMessageId(Ledger& ledger)
{
    QString domain;
    const QString from = ledger.setting(QStringLiteral("smtp.from")).trimmed();
    try {
        if (!from.isEmpty())
            domain = MailAddress::parse(from, QStringLiteral("smtp.from")).domain();
    } catch (const SettleError&) {
    }
    return MimeMessage::newMessageId(domain);
}

} // namespace settle
