#pragma once

#include <QByteArray>
#include <QString>

namespace settle {

// The text of a line-based bank file (MT940, OFX 1.x, bank CSV). Banks write these in UTF-8 or, as
// most German banks still do, in Windows-1252 / ISO 8859-1 without saying so: UTF-8 when the bytes are
// valid UTF-8, else Windows-1252 (Latin-1 where the system lacks that codec). A BOM is dropped.
class BankFileText
{
public:
    static QString decode(const QByteArray& data);
    // The IBAN in `text` ("de02 1203 0000 ..." -> "DE021203..."), or empty when it is none (an old
    // account number, or a number whose check digits fail, identifies no payer).
    static QString iban(const QString& text);
};

} // namespace settle
