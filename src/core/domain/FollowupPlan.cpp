#include "domain/FollowupPlan.h"

#include "dates/IsoDate.h"

namespace settle {

QStringList FollowupAction::invoiceNumbers() const
{
    QStringList numbers;
    for (const auto& item : items)
        if (numbers.isEmpty() || numbers.last() != item.number)
            numbers << item.number;
    numbers.removeDuplicates();
    numbers.sort();
    return numbers;
}

Json FollowupAction::toJson() const
{
    Json::Array invoices;
    for (const QString& number : invoiceNumbers())
        invoices << Json(number);
    return Json::Object{{QStringLiteral("customer"), customerCode},
                        {QStringLiteral("stage"), stage.name},
                        {QStringLiteral("stage_index"), stageIndex},
                        {QStringLiteral("channel"), stage.channels.name()},
                        {QStringLiteral("invoices"), invoices},
                        {QStringLiteral("needs_approval"), stage.needsApproval}};
}

qsizetype FollowupPlan::itemCount() const
{
    qsizetype count = 0;
    for (const auto& action : actions)
        count += action.items.size();
    return count;
}

Json FollowupPlan::toJson() const
{
    Json::Array list;
    for (const auto& action : actions)
        list << action.toJson();
    return Json::Object{{QStringLiteral("as_of"), IsoDate::format(asOf)}, {QStringLiteral("actions"), list}};
}

} // namespace settle
