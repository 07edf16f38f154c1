#pragma once

#include <QDate>
#include <QDateTime>

namespace settle {

// The one source of "today" (dates come from an injected clock), so that every rule
// can be tested, and run with --as-of, at any date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
    // The moment of a change, for the audit log.
    virtual QDateTime now() const = 0;
};

} // namespace settle
