#pragma once

#include "einvoice/EinvoiceData.h"

#include <QByteArray>

namespace settle {

// An EN 16931 invoice in UN/CEFACT Cross Industry Invoice D16B, the syntax of Factur-X / ZUGFeRD and
// of XRechnung CII (docs/EINVOICE.md). Elements come in the order the schema asks for.
class CiiWriter
{
public:
    enum class Guideline {
        FacturXEn16931, // urn:cen.eu:en16931:2017 (the Factur-X EN 16931 profile)
        XRechnung,      // ...#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0
    };

    static QByteArray write(const EinvoiceData& data, Guideline guideline);
    static QString guidelineId(Guideline guideline);
};

} // namespace settle
