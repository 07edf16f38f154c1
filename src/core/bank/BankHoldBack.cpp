#include "bank/BankHoldBack.h"

#include "storage/BankRepository.h"

namespace settle {

namespace {

const QList<BankEntryRecord::Status> waiting{BankEntryRecord::Status::Suggested, BankEntryRecord::Status::Unmatched};

} // namespace

QSet<qint64> BankHoldBack::invoicesAwaitingBank(Database& db)
{
    return BankRepository(db).invoicesOfEntries(waiting);
}

qint64 BankHoldBack::entriesNotMatched(Database& db)
{
    return BankRepository(db).count(waiting);
}

} // namespace settle
