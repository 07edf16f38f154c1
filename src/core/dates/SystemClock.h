#pragma once

#include "dates/Clock.h"

namespace settle {

// The real clock: today in the user's local calendar.
class SystemClock final : public Clock
{
public:
    QDate today() const override;
    QDateTime now() const override;
};

} // namespace settle
