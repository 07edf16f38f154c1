#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// followups plan|run|list|approve|dismiss, and the invoice events that pause follow-ups:
// invoice dispute|resolve|promise|extend (docs/CLI.md).
class FollowupCommands
{
public:
    static int run(CliContext& context, const QStringList& args);

    static bool isInvoiceEventVerb(const QString& verb);
    // `args` starts with the verb: dispute NUMBER --reason TEXT [--on DATE] | resolve NUMBER [--on DATE] |
    // promise NUMBER --until DATE | extend NUMBER --to DATE
    static int invoiceEvent(CliContext& context, const QStringList& args);
};

} // namespace settle
