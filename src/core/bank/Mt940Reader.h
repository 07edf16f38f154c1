#pragma once

#include "domain/BankStatement.h"

#include <QByteArray>
#include <QString>

namespace settle {

// SWIFT MT940 (customer statement), as banks export it: one or more statements per file, each from :20:
// to :62F:, with or without the SWIFT envelope ({1:...}{4: ... -}), LF or CRLF, UTF-8 or Windows-1252.
// Every :61: becomes one BankEntry, described by the :86: after it: free text, or the German structured
// form (GVC?00..?63: ?20-?29 and ?60-?63 the remittance with its SEPA keywords EREF+ / SVWZ+, ?32/?33 the
// name, ?31 the IBAN). The currency is the one of the statement's :60F: (or :60M:).
// Throws SettleError(BadInput) through BankFileProblem naming the line and the tag.
class Mt940Reader
{
public:
    static BankStatement read(const QByteArray& data, const QString& fileName);
};

} // namespace settle
