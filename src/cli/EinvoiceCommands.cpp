#include "EinvoiceCommands.h"

#include "CliContext.h"
#include "errors/SettleError.h"

namespace settle {

int EinvoiceCommands::einvoice(CliContext&, const QStringList&)
{
    throw SettleError(SettleError::Kind::Runtime, QStringLiteral("this command is not built yet"));
}

} // namespace settle
