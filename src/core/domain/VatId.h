#pragma once

#include <QString>

namespace settle {

// A VAT identification number as printed on an invoice: free text, because every country writes its
// own (DE123456789, ATU12345678, CHE-123.456.789 MWST, GB 123 4567 89), with a shape check that
// catches a wrong field pasted in: letters, digits, spaces, dots, hyphens and slashes, at least four
// letters or digits of which one is a digit, at most 30 characters.
class VatId
{
public:
    static constexpr int MaxLength = 30;
    // Empty when `text` is empty or has the shape of a VAT ID; otherwise what is wrong.
    static QString problem(const QString& text);
};

} // namespace settle
