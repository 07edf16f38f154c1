#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// invoice list | show | void | send
class InvoiceCommands
{
public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace settle
