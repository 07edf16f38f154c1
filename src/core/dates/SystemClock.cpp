#include "dates/SystemClock.h"

#include <chrono>

namespace settle {

QDateTime SystemClock::now() const
{
    // The only place in the core that reads the system time; everything else asks a Clock.
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(sinceEpoch).count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDate SystemClock::today() const
{
    return now().toLocalTime().date();
}

} // namespace settle
