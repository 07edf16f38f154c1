#pragma once

#include "bank/BankCsvMapping.h"
#include "bank/BankCsvReader.h"

#include <QStringList>

#include <optional>

namespace settle {

class Ledger;

// The bank CSV mappings a ledger remembers, one per header signature, each as the ledger setting
// BankCsvMapping::settingKey(header) (the key is made from the header, so it has no SettingKeys
// constant). Remembering is an ordinary audited setting write through Ledger::setSetting.
class BankCsvMappingStore
{
public:
    explicit BankCsvMappingStore(Ledger& ledger) : m_ledger(ledger) {}

    std::optional<BankCsvMapping> forHeader(const QStringList& header) const;
    void remember(const QStringList& header, const BankCsvMapping& mapping);

    // How BankStatementReader reads a bank CSV for this ledger: the remembered mapping for the file's
    // header, and the ledger's currency for rows that name none.
    BankCsvReader::Options readerOptions() const;

private:
    Ledger& m_ledger;
};

} // namespace settle
