#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace settle {

// The tolerant reading of invoice numbers in what customers write on a transfer: case, spaces,
// dashes, a missing prefix and zero padding do not matter ("inv 42", "INV0042", "Rechnung INV-0042"
// all name INV-0042), but a number inside an IBAN, a date, an amount, a percentage or a longer number
// is never one.
// An invoice number and a mention compare by their key: the letters of the prefix, upper case, and
// the digits without leading zeros.
class InvoiceReference
{
public:
    struct Key
    {
        QString prefix; // letters only, upper case; empty when the text gives none
        QString digits; // no leading zeros ("0" for zero)

        bool operator==(const Key&) const = default;
    };

    // The key of an invoice number: the letters before its trailing digits and those digits.
    // std::nullopt for a number that does not end in digits.
    static std::optional<Key> keyOf(const QString& invoiceNumber);

    // Every number in `text` that could be an invoice number, in the order written, each with the
    // word just before it as its prefix ("Nr. 42" gives NR / 42: the caller decides whether NR is
    // an invoice prefix or a missing one). An RF creditor reference is read without its RF and check
    // digits.
    static QList<Key> mentions(const QString& text);
};

} // namespace settle
