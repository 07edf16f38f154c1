#pragma once

#include "domain/OutboxMessage.h"
#include "templates/TemplateEngine.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <utility>

namespace settle {

class AuditLog;
class Ledger;
class OutboxRepository;

// What a person (or the follow-up engine) does with the outbox: queue a complete message, look at it,
// edit one still queued, resend or dismiss one whose delivery is unknown or failed. Each change is one
// write of the ledger with its audit row (joining the caller's write, as a follow-up run's). Sending
// is OutboxSender's.
class Outbox
{
public:
    explicit Outbox(Ledger& ledger) : m_ledger(ledger) {}

    // Checks the message (every address, no line break in a header value, at least one recipient) and
    // queues it with its attachments. Throws SettleError(BadInput) and changes nothing when the
    // message is wrong.
    qint64 queue(OutboxMessage message);
    // A message to the customer (To: their email, CC: their cc) from a rendered template, not yet
    // checked or queued: every email Settle writes to a customer is addressed the same way. For the
    // ledger's Customer and the follow-up engine's snapshot of one alike.
    template <typename CustomerLike>
    static OutboxMessage toCustomer(const CustomerLike& customer, const TemplateEngine::Rendered& rendered,
                                    const QString& templateKey, const QString& language)
    {
        OutboxMessage message;
        message.customerId = customer.id;
        message.customerCode = customer.code;
        message.to = customer.email;
        message.cc = customer.cc;
        message.subject = rendered.subject;
        message.bodyText = rendered.text;
        message.bodyHtml = rendered.html;
        message.templateKey = templateKey;
        message.language = language;
        return message;
    }
    // The same checks alone, for callers that decide what to do with a wrong message themselves.
    static void check(const OutboxMessage& message);
    // A Message-ID for a message being queued, on the domain of smtp.from ("localhost" until it is
    // set). Given at queueing so that a resent message keeps it and the recipient can spot a twin.
    static QString newMessageId(Ledger& ledger);

    QList<OutboxMessage> list(std::optional<OutboxMessage::State> state = std::nullopt);
    OutboxMessage get(qint64 id, bool withAttachments = false);
    // resend: 'unknown' or 'failed' -> 'queued', due at once, attempts from zero; dismiss: 'unknown',
    // 'failed' or 'queued' -> 'dismissed'. Refused (Conflict) while a sender holds the message
    // ('sending', named with its holder), (BadInput) from the other states.
    OutboxMessage resend(qint64 id);
    OutboxMessage dismiss(qint64 id);
    // A person's edit of one queued message before it goes: subject and bodies, refused (BadInput)
    // unless 'queued', and (Conflict) unless the stored version is `version`.
    OutboxMessage edit(qint64 id, int version, const QString& subject, const QString& text,
                       const QString& html);

    // A snoozed follow-up: its queued messages wait until `until`; an invalid `until` makes them due
    // at once. Returns the ids moved.
    QList<qint64> postponeFollowup(qint64 followupId, const QDateTime& until);
    // A later stage raised for a customer's due amounts ((invoice id, installment) pairs): the earlier
    // follow-ups' messages still queued that remind only of those amounts are dismissed with `reason`,
    // so that the customer does not get the polite reminder and the firmer one at once. Returns the
    // ids dismissed.
    QList<qint64> supersede(qint64 customerId, const QList<std::pair<qint64, int>>& dueAmounts,
                            qint64 byFollowupId, const QString& reason);

    // A payment, a credit note, a write-off or a void has closed what queued reminders ask for: each
    // follow-up message still queued whose invoices are all no longer open is dismissed, so that
    // nobody is chased for money already paid or no longer owed. Of one customer, or of all when
    // customerId is 0 (after an import). `why` is kept as the message's reason. Joins the caller's
    // write; returns the ids dismissed.
    QList<qint64> dismissSettled(qint64 customerId,
                                 const QString& why = QStringLiteral("the invoices it reminds of were paid before it was sent"));

private:
    OutboxMessage decide(qint64 id, bool resend);
    // Moves each still-queued message to 'dismissed' with `reason`, one audit row each.
    static QList<qint64> dismissQueued(OutboxRepository& repository, const QList<OutboxMessage>& messages,
                                       const QString& reason, const QString& action, AuditLog& audit);

    Ledger& m_ledger;
};

} // namespace settle
