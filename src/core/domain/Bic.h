#pragma once

#include <QString>

namespace settle {

// A Business Identifier Code (ISO 9362, the "SWIFT code" of a bank): four letters for the bank, two
// for the country, two letters or digits for the place and, optionally, three for the branch.
class Bic
{
public:
    // Upper case without spaces.
    static QString normalised(const QString& text);
    // Empty when `text` has the shape of a BIC (8 or 11 characters); otherwise what is wrong.
    static QString problem(const QString& text);
};

} // namespace settle
