#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// settle-cli policy ... and customer set-policy (docs/CLI.md): each customer's reminder policy.
class PolicyCommands
{
public:
    static int policy(CliContext& context, const QStringList& args);
    static int setPolicy(CliContext& context, const QStringList& args);
};

} // namespace settle
