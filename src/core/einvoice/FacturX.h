#pragma once

#include <QByteArray>
#include <QDateTime>

namespace settle {

// A Factur-X / ZUGFeRD 2 invoice: the invoice's PDF/A-1b file made PDF/A-3b, with its CII XML
// embedded as factur-x.xml (AFRelationship Alternative, referenced from the catalogue's /AF) and the
// XMP packet declaring the Factur-X extension schema with conformance level EN 16931
// (docs/EINVOICE.md).
class FacturX
{
public:
    static constexpr const char* FileName = "factur-x.xml";

    // Throws SettleError (runtime) when `pdf` cannot be read as the PDF Settle writes.
    static QByteArray embed(const QByteArray& pdf, const QByteArray& ciiXml, const QDateTime& now);
    // The XMP packet with part 3, conformance B and the Factur-X properties and extension schema.
    static QByteArray facturXMetadata(const QByteArray& xmp);
};

} // namespace settle
