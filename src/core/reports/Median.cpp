#include "reports/Median.h"

#include "money/Decimal.h"

#include <algorithm>

namespace settle {

std::optional<Median> Median::of(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    const auto n = values.size();
    const auto upper = values.begin() + n / 2;
    std::nth_element(values.begin(), upper, values.end());
    if (n % 2 == 1)
        return Median(*upper * 2);
    // The lower middle value is the largest of the half below the upper one.
    const qint64 lower = *std::max_element(values.begin(), upper);
    return Median(lower + *upper);
}

qint64 Median::rounded() const
{
    return Decimal::divideRounded(m_twice, 2);
}

QString Median::toString() const
{
    if (isWhole())
        return QString::number(m_twice / 2);
    // An odd twice: |twice| / 2 whole days and a half, with the sign in front (-1 -> "-0.5").
    const qint64 magnitude = m_twice < 0 ? -m_twice : m_twice;
    return (m_twice < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 2) + QStringLiteral(".5");
}

QString averageText(qint64 sum, qint64 count)
{
    if (count == 0)
        return {};
    return Decimal::formatShort(Decimal::divideRounded(WideInt(sum) * 10, count), 1);
}

QString shareText(qint64 part, qint64 whole)
{
    if (whole == 0)
        return {};
    return Decimal::format(Decimal::divideRounded(WideInt(part) * 100, whole), 2);
}

} // namespace settle
