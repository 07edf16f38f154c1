#include "errors/StorageError.h"

namespace settle {

namespace {

SettleError::Kind kindOf(StorageError::Cause cause)
{
    return cause == StorageError::Cause::Conflict ? SettleError::Kind::Conflict : SettleError::Kind::Runtime;
}

} // namespace

StorageError::StorageError(Cause cause, const QString& message) : SettleError(kindOf(cause), message), m_cause(cause) {}

} // namespace settle
