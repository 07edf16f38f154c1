#include "money/Rate.h"

#include "money/Decimal.h"

namespace settle {

std::optional<Rate> Rate::parsePercent(QStringView text)
{
    const auto parsed = Decimal::parse(text, PercentDecimals);
    if (!parsed.value)
        return std::nullopt;
    return Rate(*parsed.value); // a percent with 4 decimals is exactly millionths of one
}

QString Rate::toPercentString() const
{
    return Decimal::formatShort(m_millionths, PercentDecimals);
}

} // namespace settle
