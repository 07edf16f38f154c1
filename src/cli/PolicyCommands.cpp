#include "PolicyCommands.h"

#include "CliContext.h"
#include "errors/SettleError.h"

namespace settle {

int PolicyCommands::policy(CliContext&, const QStringList&)
{
    throw SettleError(SettleError::Kind::Runtime, QStringLiteral("this command is not built yet"));
}

int PolicyCommands::setPolicy(CliContext&, const QStringList&)
{
    throw SettleError(SettleError::Kind::Runtime, QStringLiteral("this command is not built yet"));
}

} // namespace settle
