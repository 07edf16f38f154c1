#pragma once

#include <QDate>
#include <QString>

namespace settle {

class Ledger;

// Dispute, resolve, promise and extend go through the follow-up engine's InvoiceEvents,
// which keeps each event with its date and audit row. Builds without it refuse with a clear message.
class InvoiceEventsAdapter
{
public:
    static bool available();
    static void dispute(Ledger& ledger, const QString& number, const QString& reason, QDate on);
    static void resolve(Ledger& ledger, const QString& number, QDate on);
    static void promise(Ledger& ledger, const QString& number, QDate until);
    static void extend(Ledger& ledger, const QString& number, QDate to);
};

} // namespace settle
