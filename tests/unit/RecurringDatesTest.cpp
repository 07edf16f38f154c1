#include "recurring/RecurringDates.h"

#include <gtest/gtest.h>

using namespace settle;
using Every = RecurringSchedule::Every;

namespace {

RecurringSchedule schedule(QDate start, int anchorDay, Every every, QDate until = {})
{
    RecurringSchedule s;
    s.start = start;
    s.anchorDay = anchorDay;
    s.every = every;
    s.until = until;
    return s;
}

QStringList iso(const QList<QDate>& dates)
{
    QStringList result;
    for (const QDate& d : dates)
        result << d.toString(Qt::ISODate);
    return result;
}

} // namespace

// From an invoice of 01-31 the monthly dates fall on each month's last day, and a short February does
// not pull the later months to the 28th.
TEST(RecurringDates, MonthEndsKeepTheirAnchor)
{
    const QDate start = RecurringDates::defaultStart(QDate(2026, 1, 31), Every::Month);
    EXPECT_EQ(start, QDate(2026, 2, 28));
    EXPECT_EQ(iso(RecurringDates::through(schedule(start, 31, Every::Month), QDate(2026, 7, 31))),
              (QStringList{"2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31"}));
    // An anchor of 30 keeps the 30th after February too.
    EXPECT_EQ(iso(RecurringDates::through(schedule(QDate(2026, 2, 28), 30, Every::Month), QDate(2026, 4, 30))),
              (QStringList{"2026-02-28", "2026-03-30", "2026-04-30"}));
}

TEST(RecurringDates, LeapYearsGetTheTwentyNinth)
{
    EXPECT_EQ(RecurringDates::defaultStart(QDate(2028, 1, 31), Every::Month), QDate(2028, 2, 29));
    EXPECT_EQ(RecurringDates::defaultStart(QDate(2027, 1, 29), Every::Month), QDate(2027, 2, 28));
    // A yearly schedule from 2024-02-29: the 28th in common years, the 29th again in 2028.
    const QDate start = RecurringDates::defaultStart(QDate(2024, 2, 29), Every::Year);
    EXPECT_EQ(start, QDate(2025, 2, 28));
    EXPECT_EQ(iso(RecurringDates::through(schedule(start, 29, Every::Year), QDate(2028, 12, 31))),
              (QStringList{"2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"}));
}

TEST(RecurringDates, QuartersCountThreeMonthsFromTheStart)
{
    const QDate start = RecurringDates::defaultStart(QDate(2025, 11, 30), Every::Quarter);
    EXPECT_EQ(start, QDate(2026, 2, 28));
    EXPECT_EQ(iso(RecurringDates::through(schedule(start, 30, Every::Quarter), QDate(2027, 2, 28))),
              (QStringList{"2026-02-28", "2026-05-30", "2026-08-30", "2026-11-30", "2027-02-28"}));
}

TEST(RecurringDates, UntilIsTheLastDateItMayIssueOn)
{
    const auto s = schedule(QDate(2026, 1, 15), 15, Every::Month, QDate(2026, 4, 15));
    EXPECT_EQ(iso(RecurringDates::through(s, QDate(2027, 1, 1))),
              (QStringList{"2026-01-15", "2026-02-15", "2026-03-15", "2026-04-15"}));
    EXPECT_EQ(RecurringDates::firstAfter(s, QDate(2026, 4, 15)), QDate());
    EXPECT_EQ(RecurringDates::firstAfter(s, QDate(2026, 2, 15)), QDate(2026, 3, 15));
    EXPECT_EQ(RecurringDates::firstAfter(s, QDate()), QDate(2026, 1, 15));
    // Before the start nothing is due.
    EXPECT_TRUE(RecurringDates::through(s, QDate(2026, 1, 14)).isEmpty());
}
