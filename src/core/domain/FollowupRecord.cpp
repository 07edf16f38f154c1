#include "domain/FollowupRecord.h"

namespace settle {

namespace {

constexpr std::pair<FollowupRecord::State, const char16_t*> names[] = {
    {FollowupRecord::State::Queued, u"queued"},
    {FollowupRecord::State::PendingApproval, u"pending_approval"},
    {FollowupRecord::State::Approved, u"approved"},
    {FollowupRecord::State::Dismissed, u"dismissed"},
};

} // namespace

QStringList FollowupRecord::invoiceNumbers() const
{
    QStringList numbers;
    for (const auto& item : items)
        numbers << item.due.number;
    numbers.removeDuplicates();
    numbers.sort();
    return numbers;
}

QString FollowupRecord::stateName(State state)
{
    for (const auto& [s, name] : names)
        if (s == state)
            return QString::fromUtf16(name);
    return {};
}

std::optional<FollowupRecord::State> FollowupRecord::stateFromName(const QString& name)
{
    for (const auto& [s, text] : names)
        if (name == QStringView(text))
            return s;
    return std::nullopt;
}

} // namespace settle
