#pragma once

#include "domain/OutboxMessage.h"
#include "io/Json.h"

namespace settle {

class AuditLog;

// The audit rows of the outbox: what a row keeps of a message, so that its way from 'queued' to its end
// can be followed in the log.
class OutboxAudit
{
public:
    // The message just queued: its addresses, subject, follow-up and attachments (names and sizes).
    static void queued(AuditLog& audit, qint64 id, const OutboxMessage& message);
    // A move between states (or of its next attempt): the delivery before and after.
    static void moved(AuditLog& audit, const QString& action, const OutboxMessage& before,
                      const OutboxMessage& after);
    // A move into or out of 'sending': the side in 'sending' also names who holds the claim.
    static void claimed(AuditLog& audit, const OutboxMessage& before, const OutboxMessage& after);
    static void interrupted(AuditLog& audit, const OutboxMessage& before, const OutboxMessage& after);
    // A person's edit of a queued message's subject and bodies.
    static void edited(AuditLog& audit, const OutboxMessage& before, const OutboxMessage& after);
};

} // namespace settle
