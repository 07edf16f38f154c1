#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// settle-cli bank ... (docs/CLI.md).
class BankCommands
{
public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace settle
