#include "domain/OutboxMessage.h"

namespace settle {

namespace {

const std::pair<OutboxMessage::State, const char*> names[] = {
    {OutboxMessage::State::Queued, "queued"},   {OutboxMessage::State::Sending, "sending"},
    {OutboxMessage::State::Sent, "sent"},       {OutboxMessage::State::Failed, "failed"},
    {OutboxMessage::State::Unknown, "unknown"}, {OutboxMessage::State::Dismissed, "dismissed"},
};

} // namespace

QString OutboxMessage::stateName(State state)
{
    for (const auto& [value, name] : names)
        if (value == state)
            return QString::fromLatin1(name);
    return {};
}

std::optional<OutboxMessage::State> OutboxMessage::stateFromName(const QString& name)
{
    for (const auto& [value, text] : names)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

} // namespace settle
