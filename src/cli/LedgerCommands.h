#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// init, settings get|set, import, export, copy.
class LedgerCommands
{
public:
    static int init(CliContext& context, const QStringList& args);
    static int settings(CliContext& context, const QStringList& args);
    static int importFile(CliContext& context, const QStringList& args);
    static int exportFile(CliContext& context, const QStringList& args);
    static int copy(CliContext& context, const QStringList& args);
};

} // namespace settle
