#include "TempLedger.h"

#include "bank/BankCsvMappingStore.h"
#include "bank/BankStatementReader.h"
#include "errors/SettleError.h"
#include "storage/AuditLog.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::TempLedger;

namespace {

const QString ownColumns = QStringLiteral(SETTLE_TEST_DATA "/bank/own-columns.csv");
const QStringList ownHeader{"Tag", "Wert", "Kunde", "Konto", "Zweck", "Summe"};

BankCsvMapping ownMapping()
{
    BankCsvMapping mapping;
    mapping.date = QStringLiteral("Tag");
    mapping.counterparty = QStringLiteral("Kunde");
    mapping.iban = QStringLiteral("Konto");
    mapping.text = QStringLiteral("Zweck");
    mapping.amount = QStringLiteral("Summe");
    mapping.dateFormat = QStringLiteral("dd.MM.yyyy");
    mapping.decimalSeparator = u',';
    return mapping;
}

} // namespace

TEST(BankCsvMappingStore, AMappingRememberedForABanksHeaderReadsItsNextFile)
{
    TempLedger ledger;
    BankCsvMappingStore store(*ledger);
    // Not yet remembered: the names are no bank's usual ones, so the file is refused naming them.
    EXPECT_EQ(store.forHeader(ownHeader), std::nullopt);
    EXPECT_THROW(BankStatementReader::read(ownColumns, BankStatementReader::Format::Detect, store.readerOptions()),
                 SettleError);

    store.remember(ownHeader, ownMapping());
    EXPECT_EQ(store.forHeader(ownHeader), ownMapping());
    // The same header however it is spaced and cased; another header is another bank.
    EXPECT_EQ(store.forHeader({"tag", "WERT", "Kunde ", "Konto", "Zweck", "Summe"}), ownMapping());
    EXPECT_EQ(store.forHeader({"Tag", "Summe"}), std::nullopt);

    ledger.reopen();
    const BankStatement s =
        BankStatementReader::read(ownColumns, BankStatementReader::Format::Detect, BankCsvMappingStore(*ledger).readerOptions());
    ASSERT_EQ(s.entries.size(), 1);
    EXPECT_EQ(s.entries[0].bookingDate, QDate(2026, 3, 2));
    EXPECT_EQ(s.entries[0].amount, 50000);
    EXPECT_EQ(s.entries[0].currency, QStringLiteral("USD")); // the ledger's: the file names none
    EXPECT_EQ(s.entries[0].counterparty, QStringLiteral("Greenleaf Cafe"));
    EXPECT_EQ(s.entries[0].text, QStringLiteral("Rechnung INV-0007"));
}

TEST(BankCsvMappingStore, RememberingIsAnAuditedSettingWrite)
{
    TempLedger ledger;
    const auto before = ledger->audit().entries(QStringLiteral("setting")).size();
    BankCsvMappingStore(*ledger).remember(ownHeader, ownMapping());
    const auto rows = ledger->audit().entries(QStringLiteral("setting"));
    ASSERT_EQ(rows.size(), before + 1);
    EXPECT_EQ(rows.last().entityId, BankCsvMapping::settingKey(ownHeader));
}
