#pragma once

#include <QDate>
#include <QString>

namespace settle {

// The identifiers and value forms both syntaxes share (docs/EINVOICE.md).
class EinvoiceXml
{
public:
    static constexpr const char* XRechnungCustomization =
        "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";
    static constexpr const char* PeppolBillingProcess = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static constexpr const char* En16931 = "urn:cen.eu:en16931:2017";

    static QString amount(qint64 minor, int minorDigits);
    static QString quantity(qint64 tenThousandths);
    // CII's format 102: 20260310.
    static QString date102(const QDate& date);
    // Payment means (BT-81): 58 SEPA credit transfer for euro, 30 credit transfer otherwise.
    static QString paymentMeansCode(const QString& currency);
};

} // namespace settle
