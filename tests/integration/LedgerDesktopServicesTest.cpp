#include "TempLedger.h"

#include "errors/SettleError.h"

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

TEST(LedgerSplitPayment, AppliesEachPartAsGivenAndKeepsTheRestAsCredit)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"));
    const QString a = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 1, 1), 10000);
    const QString b = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 2, 1), 20000);
    const auto result = ledger->recordPaymentSplit(QStringLiteral("C1"), usd(25000), QDate(2026, 3, 31),
                                                   PaymentMethod::Card, QStringLiteral("VISA"), {{b, 20000}, {a, 1000}});
    EXPECT_EQ(result.unallocated, 4000);
    EXPECT_EQ(ledger->invoice(a, QDate(2026, 3, 31)).balance, 9000);
    EXPECT_EQ(ledger->invoice(b, QDate(2026, 3, 31)).balance, 0);
    EXPECT_EQ(ledger->invoice(b, QDate(2026, 3, 31)).invoice.status, InvoiceStatus::Paid);
    EXPECT_EQ(ledger->payments(QStringLiteral("C1")).value(0).unallocated, 4000);
}

TEST(LedgerSplitPayment, RefusesMoreThanABalanceAndChangesNothing)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"));
    const QString a = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 1, 1), 10000);
    EXPECT_THROW(ledger->recordPaymentSplit(QStringLiteral("C1"), usd(20000), QDate(2026, 3, 31), PaymentMethod::Card,
                                            {}, {{a, 15000}}),
                 SettleError);
    EXPECT_THROW(ledger->recordPaymentSplit(QStringLiteral("C1"), usd(5000), QDate(2026, 3, 31), PaymentMethod::Card,
                                            {}, {{a, 6000}}),
                 SettleError);
    EXPECT_THROW(ledger->recordPaymentSplit(QStringLiteral("C1"), usd(5000), QDate(2026, 3, 31), PaymentMethod::Card,
                                            {}, {{QStringLiteral("INV-9999"), 100}}),
                 SettleError);
    EXPECT_TRUE(ledger->payments().isEmpty());
    EXPECT_EQ(ledger->invoice(a, QDate(2026, 3, 31)).balance, 10000);
}

TEST(LedgerSplitPayment, DiscountedAmountInsideTheWindowSettlesTheInvoice)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"), QStringLiteral("2/10 Net 30"));
    const QString a = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 3, 25), 10000);
    ledger->recordPaymentSplit(QStringLiteral("C1"), usd(9800), QDate(2026, 3, 31), PaymentMethod::BankTransfer, {},
                               {{a, 9800}});
    const auto detail = ledger->invoice(a, QDate(2026, 3, 31));
    EXPECT_EQ(detail.balance, 0);
    ASSERT_EQ(detail.applied.size(), 2);
    EXPECT_EQ(detail.applied[1].allocation.kind, Allocation::Kind::Discount);
}

TEST(LedgerCheckImport, ListsProblemsWithoutImportingAnything)
{
    TempLedger ledger;
    const QString path = ledger.writeFile(QStringLiteral("customers.csv"),
                                          "code,name,terms\nC1,Alder,Net 30\nC2,Birch,Net 99\n");
    const auto problems = ledger->checkImport(Ledger::ImportKind::Customers, path);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, QStringLiteral("terms"));
    EXPECT_TRUE(ledger->customers().isEmpty());
    const QString good = ledger.writeFile(QStringLiteral("good.csv"), "code,name\nC1,Alder\n");
    EXPECT_TRUE(ledger->checkImport(Ledger::ImportKind::Customers, good).isEmpty());
    EXPECT_TRUE(ledger->customers().isEmpty());
}

TEST(LedgerUpdateCustomer, ChangesContactDataButNotTheCurrency)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"));
    Customer changed = *ledger->customer(QStringLiteral("C1"));
    changed.email = QStringLiteral("new@alder.example");
    changed.terms = QStringLiteral("Net 14");
    changed.currency = QStringLiteral("EUR");
    ledger->updateCustomer(changed);
    const Customer stored = *ledger->customer(QStringLiteral("C1"));
    EXPECT_EQ(stored.email, QStringLiteral("new@alder.example"));
    EXPECT_EQ(stored.terms, QStringLiteral("Net 14"));
    EXPECT_EQ(stored.currency, QStringLiteral("USD"));
    // The copy read before is now stale: a second save of it is refused.
    changed.name = QStringLiteral("Someone else");
    EXPECT_THROW(ledger->updateCustomer(changed), SettleError);
}

TEST(LedgerSearch, FindsCustomersByNameAndInvoicesByNumberOrTotal)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("ALD"));
    const QString number = ledger.addInvoice(QStringLiteral("ALD"), QDate(2026, 3, 1), 123450);
    const auto byName = ledger->search(QStringLiteral("customer ald"), std::nullopt, 5);
    ASSERT_EQ(byName.size(), 1);
    EXPECT_EQ(byName[0].kind, SearchRepository::Hit::Kind::Customer);
    const auto byTotal = ledger->search(QStringLiteral("1234.50"), 123450, 5);
    ASSERT_EQ(byTotal.size(), 1);
    EXPECT_EQ(byTotal[0].key, number);
    EXPECT_TRUE(ledger->search(QStringLiteral("zzz"), 1, 5).isEmpty());
}
