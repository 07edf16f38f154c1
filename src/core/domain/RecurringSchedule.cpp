#include "domain/RecurringSchedule.h"

namespace settle {

int RecurringSchedule::months(Every every)
{
    switch (every) {
    case Every::Month: return 1;
    case Every::Quarter: return 3;
    case Every::Year: return 12;
    }
    return 1;
}

QString RecurringSchedule::everyName(Every every)
{
    switch (every) {
    case Every::Month: return QStringLiteral("month");
    case Every::Quarter: return QStringLiteral("quarter");
    case Every::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<RecurringSchedule::Every> RecurringSchedule::everyFromName(QStringView name)
{
    for (const Every every : {Every::Month, Every::Quarter, Every::Year})
        if (name == everyName(every))
            return every;
    return std::nullopt;
}

} // namespace settle
