#pragma once

#include "einvoice/EinvoiceData.h"

#include <QByteArray>

namespace settle {

// An XRechnung 3.0 invoice in OASIS UBL 2.1 (docs/EINVOICE.md): an Invoice, or for a credit note a
// CreditNote document. Elements come in the order the schema asks for.
class UblWriter
{
public:
    static QByteArray write(const EinvoiceData& data);
};

} // namespace settle
