#include "bank/BankCsvMappingStore.h"

#include "ledger/Ledger.h"

namespace settle {

std::optional<BankCsvMapping> BankCsvMappingStore::forHeader(const QStringList& header) const
{
    const QString value = m_ledger.setting(BankCsvMapping::settingKey(header));
    return value.isEmpty() ? std::nullopt : BankCsvMapping::fromSetting(value);
}

void BankCsvMappingStore::remember(const QStringList& header, const BankCsvMapping& mapping)
{
    m_ledger.setSetting(BankCsvMapping::settingKey(header), mapping.toSetting());
}

BankCsvReader::Options BankCsvMappingStore::readerOptions() const
{
    BankCsvReader::Options options;
    // The ledger, not this store: a store made just to give these options is gone when they are used.
    Ledger* ledger = &m_ledger;
    options.remembered = [ledger](const QStringList& header) { return BankCsvMappingStore(*ledger).forHeader(header); };
    options.defaultCurrency = m_ledger.companyCurrency();
    return options;
}

} // namespace settle
