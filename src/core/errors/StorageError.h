#pragma once

#include "errors/SettleError.h"

namespace settle {

// A failure of the database under the ledger, already said in words a user can act on. The cause
// lets callers tell a file that is not a ledger from one that merely cannot be read or written now.
class StorageError : public SettleError
{
public:
    enum class Cause {
        Busy,          // another connection holds the write lock
        DiskFull,      // no space left for the database or its journal
        ReadOnly,      // the file, its folder or the server refuses writes
        CannotOpen,    // the file or its folder cannot be opened at all
        NotADatabase,  // the file is something else
        Damaged,       // the file is a database, but a broken one
        Io,            // the disk reported a read or write error
        Conflict,      // a constraint or a concurrent transaction refused the change
        ConnectionLost,
        Other,
    };

    StorageError(Cause cause, const QString& message);

    Cause cause() const { return m_cause; }

private:
    Cause m_cause;
};

} // namespace settle
