#pragma once

#include "domain/BankStatement.h"

#include <QByteArray>
#include <QString>

namespace settle {

// OFX bank and credit card statements, 1.x (SGML: leaf elements without end tags, a header of
// KEY:VALUE lines) and 2.x (XML), read by one tokenizer since both are the same tree of tags. Each
// STMTTRN becomes one BankEntry: TRNAMT (signed), DTPOSTED, DTAVAIL, FITID, NAME (or PAYEE's NAME),
// MEMO, and for money out BANKACCTTO's ACCTID when it is an IBAN; the currency is the statement's CURDEF, the account
// BANKACCTFROM's (or CCACCTFROM's) ACCTID. docs/ARCHITECTURE.md says why not libofx.
class OfxReader
{
public:
    static BankStatement read(const QByteArray& data, const QString& fileName);
};

} // namespace settle
