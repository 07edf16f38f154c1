#include "FollowupTestLedger.h"

#include "mail/Outbox.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

namespace {

constexpr int invoiceCount = 5000;

// One customer with `invoiceCount` invoices issued 2026-01-01 on Net 30 (due 2026-01-31), imported
// in one go as a user with a large backlog would.
void importBacklog(FollowupTestLedger& ledger, const QString& customer)
{
    QByteArray csv("number,customer,issue_date,due_date,description,quantity,unit_price,tax_rate\n");
    for (int k = 1; k <= invoiceCount; ++k)
        csv += QStringLiteral("BIG-%1,%2,2026-01-01,,Services,1,10.00,0\n").arg(k, 5, 10, QChar(u'0')).arg(customer).toUtf8();
    ledger->importInvoices(ledger.writeFile(QStringLiteral("backlog.csv"), csv));
}

QSet<QString> remindedInvoices(const FollowupRunResult& result, const QString& customer)
{
    QSet<QString> numbers;
    for (const auto& action : result.raised.actions)
        if (action.customerCode == customer)
            for (const auto& item : action.items)
                numbers.insert(item.number);
    return numbers;
}

} // namespace

// A customer with thousands of due invoices is reminded of all of them, and everybody else is
// reminded too: no query may grow with the number of amounts it names.
TEST(FollowupScale, FiveThousandDueInvoicesOfOneCustomerAreRaised)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("BIG"));
    ledger.addCustomerWithEmail(QStringLiteral("C002"));
    importBacklog(ledger, QStringLiteral("BIG"));
    const QString small = ledger.addInvoiceOn(QStringLiteral("C002"), QDate(2026, 1, 1), 10000);

    const auto reminder = ledger.runAt(QDate(2026, 2, 3));
    EXPECT_EQ(remindedInvoices(reminder, QStringLiteral("BIG")).size(), invoiceCount);
    EXPECT_EQ(remindedInvoices(reminder, QStringLiteral("C002")), QSet<QString>{small});

    // The next stage names the same 5,000 amounts and withdraws the unsent reminder for them.
    const auto second = ledger.runAt(QDate(2026, 2, 14));
    EXPECT_EQ(remindedInvoices(second, QStringLiteral("BIG")).size(), invoiceCount);
    const auto dismissed = Outbox(*ledger).list(OutboxMessage::State::Dismissed);
    EXPECT_EQ(dismissed.size(), 2) << "both customers' first reminders were superseded";
    for (const auto& message : dismissed)
        EXPECT_TRUE(message.lastError.startsWith(QStringLiteral("superseded by"))) << message.lastError.toStdString();
}
