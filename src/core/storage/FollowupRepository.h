#pragma once

#include "domain/FollowupPlan.h"
#include "domain/FollowupRecord.h"
#include "domain/FollowupSnapshot.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace settle {

class Database;
class Statement;

// The follow-up queue and what the planner reads (tables followups, followup_items, outbox,
// followup_letters, followup_tasks).
class FollowupRepository
{
public:
    explicit FollowupRepository(Database& db);
    ~FollowupRepository();

    // Customers, policies, the invoices issued by `asOf` and not settled by then (fee charges
    // excluded) with their balances, events and installments, and what was raised before.
    FollowupSnapshot snapshot(QDate asOf);
    QHash<qint64, FollowupSnapshot::Customer> customers();

    // Rule 5: whether this stage was raised for this due amount, ever.
    bool isRaised(qint64 invoiceId, int installment, int stageIndex);
    qint64 insertFollowup(const FollowupAction& action, QDate raisedOn, FollowupRecord::State state,
                          const QDateTime& createdAt);
    qint64 insertItem(qint64 followupId, const FollowupItem& item, int stageIndex, QDate raisedOn, qint64 interest);
    void setFeeInvoice(qint64 followupId, qint64 invoiceId, int installment, qint64 feeInvoiceId);
    // Refuses (Conflict) when the stored version is not `version`.
    void setState(qint64 followupId, FollowupRecord::State state, int version, const QDateTime& decidedAt,
                  const QString& decidedBy);

    qint64 insertLetter(qint64 followupId, qint64 customerId, QDate date, const QString& subject, const QString& body);
    qint64 insertTask(qint64 followupId, qint64 customerId, QDate dueOn, const QString& title, const QString& notes);

    // The queue, newest first; with items and deliveries.
    QList<FollowupRecord> list(bool pendingApprovalOnly);
    // The follow-up desk's candidates, newest first: not dismissed, not snoozed past `today`, and
    // waiting for approval or with an email not sent (queued, failed, unknown), a letter to print or
    // an open task.
    QList<FollowupRecord> waiting(QDate today);
    std::optional<FollowupRecord> find(qint64 followupId);

private:
    QList<FollowupRecord> select(const QString& where, std::initializer_list<QVariant> values);
    void loadDetails(QList<FollowupRecord>& records);

    Database& m_db;
    std::unique_ptr<Statement> m_isRaised;
    std::unique_ptr<Statement> m_insertFollowup;
    std::unique_ptr<Statement> m_insertItem;
};

} // namespace settle
