#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// pay CUSTOMER AMOUNT --on DATE [--method M] [--ref R] [--invoice NUMBER]
class PaymentCommands
{
public:
    static int pay(CliContext& context, const QStringList& args);
};

} // namespace settle
