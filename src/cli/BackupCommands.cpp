#include "BackupCommands.h"

#include "CliContext.h"
#include "errors/SettleError.h"

namespace settle {

int BackupCommands::backup(CliContext&, const QStringList&)
{
    throw SettleError(SettleError::Kind::Runtime, QStringLiteral("this command is not built yet"));
}

int BackupCommands::restore(CliContext&, const QStringList&)
{
    throw SettleError(SettleError::Kind::Runtime, QStringLiteral("this command is not built yet"));
}

} // namespace settle
