#pragma once

#include <QStringList>

namespace settle {

class CliContext;

// settle-cli invoice einvoice ... (docs/CLI.md): e-invoices (Factur-X, XRechnung).
class EinvoiceCommands
{
public:
    static int einvoice(CliContext& context, const QStringList& args);
};

} // namespace settle
