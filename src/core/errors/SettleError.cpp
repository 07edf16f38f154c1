#include "errors/SettleError.h"

namespace settle {

SettleError::SettleError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
{
}

} // namespace settle
