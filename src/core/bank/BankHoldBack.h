#pragma once

#include <QSet>

namespace settle {

class Database;

// What the bank entries that wait for a person (suggested or unmatched) hold back: the invoices they
// name get no reminder stage, and the follow-up desk counts them before anything is sent
// (docs/DESIGN.md, "Bank statements"). One place for the rule, read by BankBook and the follow-up
// engine alike.
class BankHoldBack
{
public:
    static QSet<qint64> invoicesAwaitingBank(Database& db);
    static qint64 entriesNotMatched(Database& db);
};

} // namespace settle
