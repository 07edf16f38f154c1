#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// aging --as-of DATE [--json | --csv]
class ReportCommands
{
public:
    static int aging(CliContext& context, const QStringList& args);
};

} // namespace settle
