#include "ledger/LedgerTransfer.h"

#include "ledger/Ledger.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

namespace settle {

LedgerCopier::Result LedgerTransfer::copy(const QString& from, const QString& to, const Clock& clock,
                                          const LedgerCopier::Progress& progress)
{
    LedgerCopier::Result result;
    {
        auto source = Database::open(from, Database::OpenMode::MustExist);
        auto target = Database::open(to, Database::OpenMode::CreateIfMissing);
        result = LedgerCopier::copy(*source, *target, progress);
    }
    const auto copied = Ledger::open(to, Database::OpenMode::MustExist, clock);
    copied->write(Ledger::Changes(), [&](AuditLog& audit) {
        audit.record(QStringLiteral("ledger"), QStringLiteral("copy"), QStringLiteral("copy"), {},
                     Json::Object{{QStringLiteral("from"), Database::displayName(from)}});
    });
    return result;
}

} // namespace settle
