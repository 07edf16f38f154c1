#pragma once

#include <QString>

namespace settle {

// An International Bank Account Number (ISO 13616): two letters for the country, two check digits
// and up to 30 letters and digits of the account. Typed with spaces in groups of four, stored and put
// into payment codes without them, printed in groups of four again.
class Iban
{
public:
    // Upper case without spaces ("de89 3704 0044…" -> "DE8937040044…"); anything else kept as it is.
    static QString normalised(const QString& text);
    // Empty when `text` (spaces allowed) is an IBAN whose mod-97 checksum holds; otherwise what is
    // wrong, in the user's words and without the field's name.
    static QString problem(const QString& text);
    static bool isValid(const QString& text) { return problem(text).isEmpty(); }
    // "DE89 3704 0044 0532 0130 00": the normalised IBAN in groups of four, as it is printed.
    static QString grouped(const QString& text);
};

} // namespace settle
