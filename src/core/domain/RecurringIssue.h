#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

namespace settle {

// One invoice a repeating schedule issued: the schedule's date it stands for is its issue date.
struct RecurringIssue
{
    qint64 scheduleId = 0;
    qint64 invoiceId = 0;
    QString number;
    QString customerCode;
    QDate issueDate;
    Money total;
    qint64 outboxId = 0; // the queued email when the schedule sends (0: none queued by this run)
    // Why a schedule that sends could not queue this invoice's email (the customer lost its address,
    // say); the invoice is issued all the same. Empty otherwise.
    QString mailProblem;
};

} // namespace settle
