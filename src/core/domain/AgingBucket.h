#pragma once

#include <QDate>
#include <QString>

#include <utility>

namespace settle {

// The ages of what customers owe. Days past due = report date − effective due date: current is
// ≤ 0 (not yet due), then 1-30, 31-60, 61-90 and 91+ days past due. The aging report sorts amounts
// by days; the invoice list filters by due dates: both read the limits from here.
class AgingBucket
{
public:
    enum Bucket { Current, Days1To30, Days31To60, Days61To90, Days91Plus, BucketCount };

    static Bucket forDaysPastDue(qint64 daysPastDue);
    static QString name(Bucket bucket); // "current", "1-30", ..., "91+"
    // The effective due dates whose amounts are in `bucket` at `asOf`, first and last day
    // (0001-01-01 and 9999-12-31 where the bucket is open-ended).
    static std::pair<QDate, QDate> dueDates(Bucket bucket, QDate asOf);
};

} // namespace settle
