#include "reports/BehaviourReports.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "storage/ReportRepository.h"

namespace settle {

RatingRules BehaviourReports::ratingRules() const
{
    return RatingRules::fromSettings(
        [this](const QString& key, const QString& fallback) { return m_ledger.setting(key, fallback); });
}

PaymentBehaviour BehaviourReports::customers(QDate asOf)
{
    const RatingRules rules = ratingRules(); // bad settings fail before any work
    ReportRepository reports(m_ledger.database());
    const auto invoices = reports.invoicesAsOf(asOf);
    return PaymentBehaviour::build(asOf, reports.customerCodes(), invoices.paid, invoices.open,
                                   reports.brokenPromises(asOf), rules);
}

CashForecast BehaviourReports::forecast(QDate asOf)
{
    ReportRepository reports(m_ledger.database());
    const auto invoices = reports.invoicesAsOf(asOf);
    return CashForecast::build(asOf, invoices.paid, invoices.open);
}

DsoReport BehaviourReports::dso(QDate asOf, QDate periodStart)
{
    if (!periodStart.isValid())
        periodStart = asOf.addDays(1 - DsoReport::DefaultPeriodDays);
    if (periodStart > asOf)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("the DSO period starts on %1, after its end %2")
                              .arg(IsoDate::format(periodStart), IsoDate::format(asOf)));
    ReportRepository reports(m_ledger.database());
    const DsoReport::Figures period{reports.receivablesAt(asOf), reports.creditSales(periodStart, asOf)};
    QList<DsoReport::Figures> months;
    for (const auto& [start, end] : DsoReport::trendMonths(asOf))
        months << DsoReport::Figures{reports.receivablesAt(end), reports.creditSales(start, end)};
    return DsoReport::build(asOf, periodStart, period, months);
}

} // namespace settle
