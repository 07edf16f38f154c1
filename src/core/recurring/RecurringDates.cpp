#include "recurring/RecurringDates.h"

#include <algorithm>

namespace settle {

QDate RecurringDates::nth(QDate start, int anchorDay, RecurringSchedule::Every every, int n)
{
    // The month first (a whole number of months from the start's), then the day: an anchor the month
    // does not have falls on its last day, and the next month gets the anchor back.
    const QDate month = QDate(start.year(), start.month(), 1).addMonths(n * RecurringSchedule::months(every));
    return QDate(month.year(), month.month(), std::min(anchorDay, month.daysInMonth()));
}

QDate RecurringDates::defaultStart(QDate templateIssue, RecurringSchedule::Every every)
{
    return nth(templateIssue, templateIssue.day(), every, 1);
}

QList<QDate> RecurringDates::through(const RecurringSchedule& schedule, QDate through)
{
    QList<QDate> dates;
    if (schedule.until.isValid() && schedule.until < through)
        through = schedule.until;
    for (int n = 0;; ++n) {
        const QDate date = nth(schedule.start, schedule.anchorDay, schedule.every, n);
        if (!date.isValid() || date > through)
            break;
        dates << date;
    }
    return dates;
}

QDate RecurringDates::firstAfter(const RecurringSchedule& schedule, QDate after)
{
    for (int n = 0;; ++n) {
        const QDate date = nth(schedule.start, schedule.anchorDay, schedule.every, n);
        if (!date.isValid() || (schedule.until.isValid() && date > schedule.until))
            return {};
        if (!after.isValid() || date > after)
            return date;
    }
}

} // namespace settle
