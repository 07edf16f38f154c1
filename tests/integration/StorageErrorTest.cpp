#include "TempLedger.h"

#include "errors/SettleError.h"
#include "followup/InvoiceEvents.h"
#include "ledger/Ledger.h"

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

// A NUL character cannot be stored on PostgreSQL (its driver cut the text there and the server
// answered "unterminated quoted string"); on either engine it is refused as bad input in words,
// and nothing is stored.
TEST(StorageError, ANulCharacterIsRefusedAsBadInputOnEveryEngine)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const QString number = ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 10000);
    const QString reason = QStringLiteral("wrong") + QChar(u'\0') + QStringLiteral("amount");
    try {
        InvoiceEvents(*ledger).dispute(number, reason, QDate(2026, 3, 31));
        FAIL() << "a reason with a NUL character was stored";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("NUL"))) << e.message().toStdString();
        EXPECT_FALSE(e.message().contains(QStringLiteral("unterminated"))) << e.message().toStdString();
        EXPECT_FALSE(e.message().contains(QStringLiteral("INSERT"))) << e.message().toStdString();
    }
    EXPECT_TRUE(InvoiceEvents(*ledger).forInvoice(number).isEmpty());
}
