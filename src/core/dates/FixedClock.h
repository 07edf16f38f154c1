#pragma once

#include "dates/Clock.h"

namespace settle {

// A clock that stands still at a chosen date until told to move: for tests and for --as-of.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate today) : m_today(today) {}

    QDate today() const override { return m_today; }
    QDateTime now() const override { return QDateTime(m_today, QTime(12, 0), Qt::UTC); }

    void setToday(QDate today) { m_today = today; }
    void advanceDays(int days) { m_today = m_today.addDays(days); }

private:
    QDate m_today;
};

} // namespace settle
