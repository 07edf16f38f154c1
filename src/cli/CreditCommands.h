#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// settle-cli customer apply-credit (docs/CLI.md): credit on account applied to open items.
class CreditCommands
{
public:
    static int applyCredit(CliContext& context, const QStringList& args);
};

} // namespace settle
