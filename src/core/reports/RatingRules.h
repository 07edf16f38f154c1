#pragma once

#include "ledger/SettingKeys.h"

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

    // The settings these read (SettingKeys), by the names the report uses.
    static inline const QString reliableOnTimeShareKey = SettingKeys::RatingReliableOnTimeShare;
    static inline const QString atRiskMedianDaysLateKey = SettingKeys::RatingAtRiskMedianDaysLate;
    static inline const QString atRiskOverdueDaysKey = SettingKeys::RatingAtRiskOverdueDays;
    static inline const QString atRiskBrokenPromisesKey = SettingKeys::RatingAtRiskBrokenPromises;
    static inline const QString trendSteadyDaysKey = SettingKeys::TrendSteadyDays;

    // Reads the settings through `setting(key, fallback)`; a value that is not a valid number
    // throws SettleError(BadInput) naming the setting and the value.
    using SettingReader = std::function<QString(const QString& key, const QString& fallback)>;
    static RatingRules fromSettings(const SettingReader& setting);
};

} // namespace settle
