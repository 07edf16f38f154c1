#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// customer list [--json] | customer hold CODE | customer release CODE
class CustomerCommands
{
public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace settle
