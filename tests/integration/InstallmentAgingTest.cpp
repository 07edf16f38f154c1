#include "FollowupTestLedger.h"

#include "documents/AccountStatement.h"
#include "followup/InvoiceEvents.h"
#include "storage/StatementRepository.h"

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

// Installments age separately: 900.00 in three installments due 02-01, 03-01 and
// 04-01; 350.00 paid settles the first installment and 50.00 of the second.
TEST(InstallmentAging, EachInstallmentAgesFromItsOwnDueDateWithPaymentsOnTheOldestFirst)
{
    FollowupTestLedger ledger(QDate(2026, 1, 2));
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 2), 90000);
    InvoiceEvents(*ledger).setInstallments(number, {Installment{0, QDate(2026, 2, 1), 30000},
                                                     Installment{0, QDate(2026, 3, 1), 30000},
                                                     Installment{0, QDate(2026, 4, 1), 30000}});
    ledger->recordPayment(QStringLiteral("C001"), usd(35000), QDate(2026, 2, 20), PaymentMethod::BankTransfer, {},
                          number);

    const QDate asOf(2026, 3, 31); // installment 2: 30 days past due; 3: current
    const AgingReport report = ledger->aging(asOf);
    ASSERT_EQ(report.currencies().size(), 1);
    const auto& totals = report.currencies()[0].totals;
    EXPECT_EQ(totals.buckets[AgingReport::Current], 30000);
    EXPECT_EQ(totals.buckets[AgingReport::Days1To30], 25000);
    EXPECT_EQ(totals.buckets[AgingReport::Days31To60], 0);
    EXPECT_EQ(totals.total, 55000);

    // The drill-down lists the invoice in both cells with the part that falls in each.
    const auto current = ledger->agingInvoices(asOf, QStringLiteral("C001"), QStringLiteral("USD"), AgingReport::Current);
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current[0].balance, 30000);
    const auto late = ledger->agingInvoices(asOf, QStringLiteral("C001"), QStringLiteral("USD"), AgingReport::Days1To30);
    ASSERT_EQ(late.size(), 1);
    EXPECT_EQ(late[0].invoice.number, number);
    EXPECT_EQ(late[0].balance, 25000);

    // Before the payment the first installment is 14 days late on its own.
    const AgingReport before = ledger->aging(QDate(2026, 2, 15));
    EXPECT_EQ(before.currencies()[0].totals.buckets[AgingReport::Days1To30], 30000);
    EXPECT_EQ(before.currencies()[0].totals.buckets[AgingReport::Current], 60000);
}

// Extending the due date moves every installment due before it to the extended date.
TEST(InstallmentAging, AnExtensionMovesEarlierInstallmentsToTheExtendedDate)
{
    FollowupTestLedger ledger(QDate(2026, 1, 2));
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 2), 60000);
    InvoiceEvents(*ledger).setInstallments(number, {Installment{0, QDate(2026, 2, 1), 30000},
                                                     Installment{0, QDate(2026, 3, 1), 30000}});
    InvoiceEvents(*ledger).extend(number, QDate(2026, 3, 20));
    const AgingReport report = ledger->aging(QDate(2026, 3, 31)); // both 11 days past the extended date
    EXPECT_EQ(report.currencies()[0].totals.buckets[AgingReport::Days1To30], 60000);
    EXPECT_EQ(report.currencies()[0].totals.buckets[AgingReport::Current], 0);
}

// A statement of account lists the open installments and ages them as the ledger's report does.
TEST(InstallmentAging, AStatementListsAndAgesTheOpenInstallments)
{
    FollowupTestLedger ledger(QDate(2026, 1, 2));
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 2), 90000);
    InvoiceEvents(*ledger).setInstallments(number, {Installment{0, QDate(2026, 2, 1), 30000},
                                                     Installment{0, QDate(2026, 3, 1), 30000},
                                                     Installment{0, QDate(2026, 4, 1), 30000}});
    ledger->recordPayment(QStringLiteral("C001"), usd(35000), QDate(2026, 2, 20), PaymentMethod::BankTransfer, {},
                          number);
    const QDate to(2026, 3, 31);
    StatementRepository repository(ledger->database());
    const AccountStatement statement = AccountStatement::read(repository, AccountStatement::Kind::Activity,
                                                              *ledger->customer(QStringLiteral("C001")),
                                                              QDate(2026, 1, 1), to);
    ASSERT_EQ(statement.sections.size(), 1);
    const auto& section = statement.sections[0];
    const auto& report = ledger->aging(to).currencies()[0].totals;
    for (int b = 0; b < AgingReport::BucketCount; ++b)
        EXPECT_EQ(section.aging[b], report.buckets[b]) << b;
    ASSERT_EQ(section.open.size(), 2);
    EXPECT_EQ(section.open[0].invoice.number, number + QStringLiteral("/2"));
    EXPECT_EQ(section.open[0].invoice.balance, 25000);
    EXPECT_EQ(section.open[1].invoice.number, number + QStringLiteral("/3"));
    EXPECT_EQ(section.open[1].invoice.balance, 30000);
    EXPECT_EQ(section.closing, 55000);
}
