#pragma once

#include <QString>

#include <functional>

namespace settle {

// The thresholds behind a customer's plain-words rating and trend. They are ledger settings
// (docs/REPORTS.md lists the keys, defaults and formulas) so that a business can tune what
// "late" means for its trade.
struct RatingRules
{
    // reliable: at least this share of paid invoices paid on or before the effective due date,
    // in hundredths (80 = "0.80").
    qint64 reliableOnTimePercent = 80;
    // at risk: median days late at or above this ...
    qint64 atRiskMedianDaysLate = 30;
    // ... or an open invoice at least this many days past due ...
    qint64 atRiskOverdueDays = 60;
    // ... or at least this many broken promises to pay.
    qint64 atRiskBrokenPromises = 2;
    // trend: the last invoices' median days late within this many days of the earlier ones' is steady.
    qint64 trendSteadyDays = 2;

    static inline const QString reliableOnTimeShareKey = QStringLiteral("report.rating.reliable_on_time_share");
    static inline const QString atRiskMedianDaysLateKey = QStringLiteral("report.rating.at_risk_median_days_late");
    static inline const QString atRiskOverdueDaysKey = QStringLiteral("report.rating.at_risk_overdue_days");
    static inline const QString atRiskBrokenPromisesKey = QStringLiteral("report.rating.at_risk_broken_promises");
    static inline const QString trendSteadyDaysKey = QStringLiteral("report.trend.steady_days");

    // Reads the settings through `setting(key, fallback)`; a value that is not a valid number
    // throws SettleError(BadInput) naming the setting and the value.
    using SettingReader = std::function<QString(const QString& key, const QString& fallback)>;
    static RatingRules fromSettings(const SettingReader& setting);
};

} // namespace settle
