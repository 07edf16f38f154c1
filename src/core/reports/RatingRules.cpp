#include "reports/RatingRules.h"

#include "errors/SettleError.h"
#include "money/Decimal.h"

namespace settle {

namespace {

[[noreturn]] void badSetting(const QString& key, const QString& value, const QString& expected)
{
    throw SettleError(SettleError::Kind::BadInput,
                      QStringLiteral("setting %1: \"%2\" is not %3").arg(key, value, expected));
}

qint64 wholeDays(const RatingRules::SettingReader& setting, const QString& key, qint64 fallback, qint64 minimum)
{
    const QString value = setting(key, QString::number(fallback)).trimmed();
    const auto parsed = Decimal::parse(value, 0);
    if (!parsed.value || *parsed.value < minimum || *parsed.value > 100000)
        badSetting(key, value, QStringLiteral("a whole number from %1 to 100000").arg(minimum));
    return *parsed.value;
}

} // namespace

RatingRules RatingRules::fromSettings(const SettingReader& setting)
{
    RatingRules rules;
    const QString share = setting(reliableOnTimeShareKey, QStringLiteral("0.80")).trimmed();
    const auto percent = Decimal::parse(share, 2);
    if (!percent.value || *percent.value < 0 || *percent.value > 100)
        badSetting(reliableOnTimeShareKey, share, QStringLiteral("a share from 0 to 1 with at most two decimals"));
    rules.reliableOnTimePercent = *percent.value;
    rules.atRiskMedianDaysLate = wholeDays(setting, atRiskMedianDaysLateKey, rules.atRiskMedianDaysLate, -100000);
    rules.atRiskOverdueDays = wholeDays(setting, atRiskOverdueDaysKey, rules.atRiskOverdueDays, 1);
    rules.atRiskBrokenPromises = wholeDays(setting, atRiskBrokenPromisesKey, rules.atRiskBrokenPromises, 1);
    rules.trendSteadyDays = wholeDays(setting, trendSteadyDaysKey, rules.trendSteadyDays, 0);
    return rules;
}

} // namespace settle
