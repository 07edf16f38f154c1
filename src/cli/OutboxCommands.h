#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// outbox list [--json] | outbox send | outbox resend ID | outbox dismiss ID (docs/CLI.md, docs/EMAIL.md).
class OutboxCommands
{
public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace settle
