#include "domain/AgingBucket.h"

#include <algorithm>
#include <array>

namespace settle {

namespace {

// The last day past due of each bucket but the open-ended 91+.
constexpr std::array<qint64, AgingBucket::Days91Plus> lastDay{0, 30, 60, 90};

} // namespace

AgingBucket::Bucket AgingBucket::forDaysPastDue(qint64 daysPastDue)
{
    for (int b = 0; b < Days91Plus; ++b)
        if (daysPastDue <= lastDay[b])
            return Bucket(b);
    return Days91Plus;
}

QString AgingBucket::name(Bucket bucket)
{
    static const char* names[] = {"current", "1-30", "31-60", "61-90", "91+"};
    return QString::fromLatin1(names[bucket]);
}

std::pair<QDate, QDate> AgingBucket::dueDates(Bucket bucket, QDate asOf)
{
    const int b = std::clamp(int(bucket), int(Current), int(Days91Plus));
    // Days past due in (lastDay[b - 1], lastDay[b]] are the due dates from asOf − lastDay[b] to
    // asOf − lastDay[b - 1] − 1.
    const QDate first = b == Days91Plus ? QDate(1, 1, 1) : asOf.addDays(-lastDay[b]);
    const QDate last = b == Current ? QDate(9999, 12, 31) : asOf.addDays(-lastDay[b - 1] - 1);
    return {first, last};
}

} // namespace settle
