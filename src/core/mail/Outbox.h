#pragma once

#include "domain/OutboxMessage.h"

#include <QList>

#include <optional>

namespace settle {

class Ledger;

// What a person (or the follow-up engine) does with the outbox: queue a complete message, look at it,
// resend or dismiss one whose delivery is unknown or failed. Sending is OutboxSender's.
class Outbox
{
public:
    explicit Outbox(Ledger& ledger) : m_ledger(ledger) {}

    // Checks the message (every address, no line break in a header value, at least one recipient) and
    // queues it with its attachments in one transaction. Throws SettleError(BadInput) and changes nothing
    // when the message is wrong.
    qint64 queue(OutboxMessage message);
    // The same checks alone, for callers that queue inside their own transaction.
    static void check(const OutboxMessage& message);
    // A Message-ID for a message being queued, on the domain of smtp.from ("localhost" until it is
    // set). Given at queueing so that a resent message keeps it and the recipient can spot a twin.
    static QString newMessageId(Ledger& ledger);

    QList<OutboxMessage> list(std::optional<OutboxMessage::State> state = std::nullopt);
    OutboxMessage get(qint64 id, bool withAttachments = false);
    OutboxMessage resend(qint64 id);
    OutboxMessage dismiss(qint64 id);

private:
    Ledger& m_ledger;
};

} // namespace settle
