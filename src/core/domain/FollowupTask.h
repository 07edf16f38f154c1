#pragma once

#include <QDate>
#include <QString>

namespace settle {

// Work a follow-up gave a person (table followup_tasks): a call, a collections review; closed with
// its outcome (ContactNote::Kind's name) by someone on a day.
struct FollowupTask
{
    qint64 id = 0;
    qint64 followupId = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString stageName;
    QDate dueOn;
    QString title;
    QString notes;
    QString state; // 'open', 'done', 'dismissed'
    QString outcome;
    QString outcomeNote;
    QDate doneOn;
    QString doneBy;
    int version = 1;
};

} // namespace settle
