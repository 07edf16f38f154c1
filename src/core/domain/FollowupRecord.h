#pragma once

#include "domain/FollowupPlan.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

// A follow-up in the queue: an action that was raised, with what it delivered.
struct FollowupRecord
{
    enum class State {
        Queued,          // delivered: email in the outbox, letter to print, task for a person
        PendingApproval, // waits for a person (stage "needs approval")
        Approved,        // approved, then delivered
        Dismissed,       // not delivered; the stage still counts as raised (rule 5)
    };

    struct Item
    {
        FollowupItem due;
        qint64 interest = 0;      // accrued under the terms at the stage's date, when the stage states it
        QString feeInvoiceNumber; // the separate charge for the stage's fee, if any
        qint64 fee = 0;
    };

    // One thing the follow-up produced: an outbox message, a letter or a task.
    struct Delivery
    {
        enum class Kind { Email, Letter, Task };
        Kind kind = Kind::Email;
        qint64 id = 0;
        QString to; // email: recipients
        QString cc;
        QString subject; // task: its title
        QString body;
        QString state;
    };

    qint64 id = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    qint64 policyId = 0;
    int stageIndex = 0;
    QString stageName;
    QString channel;
    QDate raisedOn;
    State state = State::Queued;
    bool needsApproval = false;
    QDateTime createdAt;
    QDateTime decidedAt;
    QString decidedBy;
    int version = 1;
    QDate snoozedUntil; // invalid: not snoozed; else off the desk's queue, its email waiting, until then
    QList<Item> items;
    QList<Delivery> deliveries;

    QStringList invoiceNumbers() const;

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
};

} // namespace settle
