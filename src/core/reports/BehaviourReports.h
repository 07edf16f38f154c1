#pragma once

#include "reports/CashForecast.h"
#include "reports/DsoReport.h"
#include "reports/PaymentBehaviour.h"

#include <QDate>

namespace settle {

class Ledger;

// Builds the payment-behaviour, cash-forecast and DSO reports of a ledger as of a date: the one
// entry point the CLI and the GUI share.
class BehaviourReports
{
public:
    explicit BehaviourReports(Ledger& ledger) : m_ledger(ledger) {}

    PaymentBehaviour customers(QDate asOf);
    CashForecast forecast(QDate asOf);
    // The period runs from `periodStart` to asOf; an invalid start means the DefaultPeriodDays
    // ending on asOf. A start after asOf is bad input.
    DsoReport dso(QDate asOf, QDate periodStart = {});

    RatingRules ratingRules() const;

private:
    Ledger& m_ledger;
};

} // namespace settle
