#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// settle-cli invoice plan ... (docs/CLI.md): payment plans.
class PlanCommands
{
public:
    static int plan(CliContext& context, const QStringList& args);
};

} // namespace settle
