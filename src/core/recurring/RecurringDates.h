#pragma once

#include "domain/RecurringSchedule.h"

#include <QDate>
#include <QList>

namespace settle {

// The dates a repeating schedule issues on: every `months` months from its start, each on the anchor day
// of its month, or on the month's last day when the month is shorter (an anchor of 31 gives 02-28,
// 03-31, 04-30; 02-29 in a leap year). Counting from the start, not from the date before, keeps the
// anchor after a short month.
class RecurringDates
{
public:
    // The n-th date (n = 0 is the start's month) of a rhythm starting in `start`'s month.
    static QDate nth(QDate start, int anchorDay, RecurringSchedule::Every every, int n);
    // The start a schedule made from an invoice issued on `templateIssue` takes by default: one period
    // later, on the same anchor (the template's day of the month).
    static QDate defaultStart(QDate templateIssue, RecurringSchedule::Every every);
    // The schedule's dates from its start up to and including `through` (and its `until`), oldest first.
    static QList<QDate> through(const RecurringSchedule& schedule, QDate through);
    // The schedule's first date after `after` (its start when `after` is invalid or before it); invalid
    // when there is none within `until`.
    static QDate firstAfter(const RecurringSchedule& schedule, QDate after);
};

} // namespace settle
