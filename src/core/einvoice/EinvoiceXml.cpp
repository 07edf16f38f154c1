#include "einvoice/EinvoiceXml.h"

#include "domain/InvoiceLine.h"
#include "money/Decimal.h"

namespace settle {

QString EinvoiceXml::amount(qint64 minor, int minorDigits)
{
    return Decimal::format(minor, minorDigits);
}

QString EinvoiceXml::quantity(qint64 tenThousandths)
{
    return Decimal::formatShort(tenThousandths, InvoiceLine::QuantityDecimals);
}

QString EinvoiceXml::date102(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString EinvoiceXml::paymentMeansCode(const QString& currency)
{
    return currency == u"EUR" ? QStringLiteral("58") : QStringLiteral("30");
}

} // namespace settle
