#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace settle {

// The e-invoice formats Settle writes (docs/EINVOICE.md) and their names in customers.csv, the CLI and
// the customer's preference.
class EinvoiceFormat
{
public:
    enum class Kind { FacturX, XRechnungCii, XRechnungUbl };

    // "factur-x", "xrechnung-cii", "xrechnung-ubl"; nothing for any other text.
    static std::optional<Kind> parse(const QString& name);
    static QString name(Kind kind);
    static QStringList names();
    // What a customer's preference may hold: a format's name, or '' for none.
    static bool isPreference(const QString& value);
    // The file name suffix: ".pdf" for Factur-X, ".xml" for the XML alone.
    static QString suffix(Kind kind);
    static bool isCii(Kind kind) { return kind != Kind::XRechnungUbl; }
};

} // namespace settle
