#pragma once

#include "domain/BankEntry.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace settle {

// A bank entry as the ledger keeps it: the booking, where it came from, and what Settle made of it
// (docs/DESIGN.md, "Bank statements").
struct BankEntryRecord
{
    enum class Status {
        Matched,   // a payment was recorded for it (automatically or by a person)
        Suggested, // a person decides: the payer or the invoices are likely, the amount leaves a choice
        Unmatched, // nothing certain enough: a person assigns it
        Ignored,   // a person said it is not a customer payment
        Outgoing,  // a debit: listed, never touches receivables
    };

    qint64 id = 0;
    BankEntry entry;
    QString accountIban; // the statement's account
    QString format;      // the file's format ("camt053", ...)
    QString entryKey;    // the bank's reference, else a hash of the booking: unique in the ledger
    Status status = Status::Unmatched;
    qint64 customerId = 0;  // of the match or the suggestion; 0 when none
    QString customerCode;   // of the match or the suggestion; empty when none
    QStringList invoices;   // the invoice numbers of the match or the suggestion (or those named)
    qint64 paymentId = 0;   // the payment recorded for it; 0 when none
    std::optional<Status> ignoredFrom; // an ignored entry's status before, for undo
    QDate importedOn;
    int version = 1;

    static QString statusName(Status status); // "matched", "suggested", ...
    static std::optional<Status> statusNamed(const QString& name);
};

} // namespace settle
