#pragma once

#include "domain/FollowupRecord.h"
#include "domain/FollowupSnapshot.h"
#include "domain/Stage.h"
#include "followup/ReminderCopies.h"
#include "templates/TemplateEngine.h"

namespace settle {

class FollowupRepository;
class Ledger;

// Sends a raised follow-up on its way, inside the caller's write: charges the stage's fees,
// renders the stage's template in the customer's language, then queues the email in the outbox,
// writes a letter to print and a task for a person. The email carries a copy of each invoice it names
// (ReminderCopies). A customer without a usable email address gets a task to call instead of a
// message nobody can receive.
class FollowupDelivery
{
public:
    FollowupDelivery(Ledger& ledger, FollowupRepository& repository)
        : m_ledger(ledger), m_repository(repository), m_copies(ledger)
    {
    }

    void deliver(qint64 followupId, const Stage& stage, const FollowupSnapshot::Customer& customer,
                 QList<FollowupRecord::Item>& items, QDate on);

private:
    void queueEmail(qint64 followupId, const Stage& stage, const FollowupSnapshot::Customer& customer,
                    const QList<FollowupRecord::Item>& items, const TemplateEngine::Rendered& rendered,
                    QDate on);

    Ledger& m_ledger;
    FollowupRepository& m_repository;
    ReminderCopies m_copies;
};

} // namespace settle
