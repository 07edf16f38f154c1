#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// settle-cli backup and restore (docs/CLI.md).
class BackupCommands
{
public:
    static int backup(CliContext& context, const QStringList& args);
    static int restore(CliContext& context, const QStringList& args);
};

} // namespace settle
