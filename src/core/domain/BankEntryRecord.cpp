#include "domain/BankEntryRecord.h"

namespace settle {

QString BankEntryRecord::statusName(Status status)
{
    switch (status) {
    case Status::Matched:
        return QStringLiteral("matched");
    case Status::Suggested:
        return QStringLiteral("suggested");
    case Status::Unmatched:
        return QStringLiteral("unmatched");
    case Status::Ignored:
        return QStringLiteral("ignored");
    case Status::Outgoing:
        return QStringLiteral("outgoing");
    }
    return {};
}

std::optional<BankEntryRecord::Status> BankEntryRecord::statusNamed(const QString& name)
{
    for (Status status : {Status::Matched, Status::Suggested, Status::Unmatched, Status::Ignored, Status::Outgoing})
        if (statusName(status) == name)
            return status;
    return std::nullopt;
}

} // namespace settle
