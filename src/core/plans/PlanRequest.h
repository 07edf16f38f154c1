#pragma once

#include "domain/Installment.h"

#include <QDate>
#include <QList>

namespace settle {

// What a user asks for when agreeing a payment plan: an equal split (`count` installments every week
// or month from `first`, the rounding remainder on the last), or an explicit `schedule` (used when
// not empty; its seq numbers are ignored) whose amounts add up to the open balance at `agreedOn`.
struct PlanRequest
{
    enum class Every { Week, Month };

    int count = 0;
    Every every = Every::Month;
    QDate first;
    QList<Installment> schedule;
    QDate agreedOn; // invalid: the clock's today
};

} // namespace settle
