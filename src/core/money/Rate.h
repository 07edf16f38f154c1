#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace settle {

// A percentage with up to four decimals ("8.875" %), held exactly as millionths of one.
// Used for tax rates, discounts, fees and interest.
class Rate
{
public:
    static constexpr qint64 Scale = 1'000'000; // millionths: 1 % == 10'000
    static constexpr int PercentDecimals = 4;

    constexpr Rate() = default;
    static constexpr Rate fromMillionths(qint64 millionths) { return Rate(millionths); }
    static constexpr Rate fromPercent(qint64 wholePercent) { return Rate(wholePercent * 10'000); }
    // "19", "7.5", "8.875" (percent). std::nullopt when it is not such a number.
    static std::optional<Rate> parsePercent(QStringView text);

    constexpr qint64 millionths() const { return m_millionths; }
    constexpr bool isZero() const { return m_millionths == 0; }
    // "8.875", "19", "0" — the shortest exact form, as a user would type it.
    QString toPercentString() const;

    friend constexpr bool operator==(Rate a, Rate b) { return a.m_millionths == b.m_millionths; }

private:
    constexpr explicit Rate(qint64 millionths) : m_millionths(millionths) {}
    qint64 m_millionths = 0;
};

} // namespace settle
