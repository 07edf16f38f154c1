#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// report customers|forecast|dso --as-of DATE [--json | --csv]  (docs/CLI.md)
class BehaviourReportCommands
{
public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace settle
