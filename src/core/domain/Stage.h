#pragma once

#include "domain/Channels.h"
#include "money/Money.h"
#include "money/Rate.h"

#include <QString>

namespace settle {

// One step of a reminder policy: when it fires relative to the due
// date, how long after the previous stage at the earliest, how it reaches the customer, what it
// charges and whether a person must approve it first.
struct Stage
{
    QString name;
    int offsetDays = 0; // from the (effective) due date; negative = before it
    int gapDays = 0;    // at least this many days after the stage raised before it
    Channels channels = Channels::Email;
    QString templateKey;
    qint64 feeMicros = 0; // fixed fee in millionths of the currency's major unit
    Rate feeRate;         // a percentage of the balance due
    bool statesInterest = false;
    bool needsApproval = false;

    // Escalation rule 3: a stage before the due date only fires up to the due date.
    bool isPreDue() const { return offsetDays < 0; }
    bool hasFee() const { return feeMicros > 0 || !feeRate.isZero(); }
    // The fixed fee plus the percentage of `balance`, each rounded half away from zero once.
    Money fee(const Money& balance) const;

    friend bool operator==(const Stage&, const Stage&) = default;
};

} // namespace settle
