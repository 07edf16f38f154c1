#pragma once

#include <QDate>
#include <QString>

namespace settle {

// One booking on a bank statement as the bank gave it, before Settle matches it to anything.
struct BankEntry
{
    QDate bookingDate;
    QDate valueDate;             // invalid when the file gives none
    qint64 amount = 0;           // minor units of `currency`; > 0 money in (credit), < 0 money out (debit)
    QString currency;            // ISO 4217, upper case
    QString counterparty;        // the payer's (or payee's) name
    QString counterpartyIban;    // upper case, no spaces; empty when the file gives none
    QString text;                // the remittance text, its lines joined by single spaces
    QString structuredReference; // an RF creditor reference or the end-to-end id; empty when none
    QString bankReference;       // the bank's own id (camt AcctSvcrRef/NtryRef, MT940 :61: ref, OFX FITID)
    QString where;               // where in the file, for messages: "entry 3 (line 45)"
};

} // namespace settle
