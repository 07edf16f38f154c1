#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// settle-cli recurring ... (docs/CLI.md).
class RecurringCommands
{
public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace settle
