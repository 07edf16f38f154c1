#pragma once

#include "storage/LedgerCopier.h"

#include <QString>

namespace settle {

class Clock;

// A whole ledger moved between an SQLite file and a PostgreSQL database, either way: the step a
// business takes when a second bookkeeper joins (the file onto a shared server) or when it leaves one.
// The copy itself is LedgerCopier's (one transaction, verified before it commits); the moved ledger
// then records where it came from in its audit log, through its own write path.
class LedgerTransfer
{
public:
    // `to` must be new or hold no customers, invoices or payments yet. Progress is told per table as
    // LedgerCopier tells it, on the calling thread.
    static LedgerCopier::Result copy(const QString& from, const QString& to, const Clock& clock,
                                     const LedgerCopier::Progress& progress = {});
};

} // namespace settle
