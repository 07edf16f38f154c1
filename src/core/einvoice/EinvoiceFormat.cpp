#include "einvoice/EinvoiceFormat.h"

namespace settle {

std::optional<EinvoiceFormat::Kind> EinvoiceFormat::parse(const QString& name)
{
    if (name == u"factur-x")
        return Kind::FacturX;
    if (name == u"xrechnung-cii")
        return Kind::XRechnungCii;
    if (name == u"xrechnung-ubl")
        return Kind::XRechnungUbl;
    return std::nullopt;
}

QString EinvoiceFormat::name(Kind kind)
{
    switch (kind) {
    case Kind::FacturX:
        return QStringLiteral("factur-x");
    case Kind::XRechnungCii:
        return QStringLiteral("xrechnung-cii");
    case Kind::XRechnungUbl:
        return QStringLiteral("xrechnung-ubl");
    }
    return {};
}

QStringList EinvoiceFormat::names()
{
    return {name(Kind::FacturX), name(Kind::XRechnungCii), name(Kind::XRechnungUbl)};
}

bool EinvoiceFormat::isPreference(const QString& value)
{
    return value.isEmpty() || parse(value).has_value();
}

QString EinvoiceFormat::suffix(Kind kind)
{
    return kind == Kind::FacturX ? QStringLiteral(".pdf") : QStringLiteral(".xml");
}

} // namespace settle
