#include "TempLedger.h"

#include "errors/SettleError.h"
#include "followup/InvoiceEvents.h"
#include "storage/AuditLog.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::TempLedger;
using settle::test::usd;

TEST(LedgerStorage, WhatIsWrittenIsThereAfterReopeningTheFile)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const QString number = ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 50000);
    ledger->recordPayment(QStringLiteral("C001"), usd(20000), QDate(2026, 3, 10), PaymentMethod::Card,
                          QStringLiteral("VISA"));
    ledger.reopen();
    const auto detail = ledger->invoice(number, QDate(2026, 3, 31));
    EXPECT_EQ(detail.invoice.total, 50000);
    EXPECT_EQ(detail.balance, 30000);
    EXPECT_EQ(detail.invoice.dueDate, QDate(2026, 3, 31)); // Net 30 from the terms
    ASSERT_EQ(detail.applied.size(), 1);
    EXPECT_EQ(detail.applied[0].method, QStringLiteral("card"));
    EXPECT_EQ(detail.applied[0].reference, QStringLiteral("VISA"));
}

TEST(LedgerStorage, NumbersAreSequentialWithoutGapsAndDraftsHaveNone)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    EXPECT_EQ(ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 100), QStringLiteral("INV-0001"));
    Invoice draft;
    draft.customerCode = QStringLiteral("C001");
    InvoiceLine line;
    line.unitPrice = 100;
    draft.lines << line;
    const qint64 abandoned = ledger->createDraft(draft);
    EXPECT_EQ(ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2), 100), QStringLiteral("INV-0002"));
    EXPECT_EQ(ledger->issue(abandoned, QDate(2026, 3, 3)).number, QStringLiteral("INV-0003"));
    EXPECT_THROW(ledger->issue(abandoned, QDate(2026, 3, 3)), SettleError); // issued once only
    EXPECT_EQ(ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 4), 100), QStringLiteral("INV-0004"));
}

TEST(LedgerStorage, BalanceAtADateCountsOnlyWhatHappenedByThen)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const QString number = ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 50000);
    ledger->recordPayment(QStringLiteral("C001"), usd(10000), QDate(2026, 3, 10), PaymentMethod::Cash, {});
    ledger->issueCreditNote(number, usd(5000), QDate(2026, 3, 20), QStringLiteral("damaged goods"));
    ledger->recordPayment(QStringLiteral("C001"), usd(35000), QDate(2026, 4, 5), PaymentMethod::Cash, {});
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 2, 28)).balance, 50000);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 3, 9)).balance, 50000);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 3, 10)).balance, 40000);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 3, 20)).balance, 35000);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 4, 5)).balance, 0);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 4, 4)).statusAsOf, InvoiceStatus::Open);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 4, 5)).statusAsOf, InvoiceStatus::Paid);
}

TEST(LedgerStorage, AgingAtADateUsesEachBucketAndSkipsWhatWasPaid)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"), QStringLiteral("Due on receipt"));
    const QDate asOf(2026, 6, 30);
    ledger.addInvoice(QStringLiteral("C001"), asOf, 100);                // current
    ledger.addInvoice(QStringLiteral("C001"), asOf.addDays(-30), 200);   // 1-30
    ledger.addInvoice(QStringLiteral("C001"), asOf.addDays(-31), 400);   // 31-60
    ledger.addInvoice(QStringLiteral("C001"), asOf.addDays(-90), 800);   // 61-90
    ledger.addInvoice(QStringLiteral("C001"), asOf.addDays(-91), 1600);  // 91+
    const QString paid = ledger.addInvoice(QStringLiteral("C001"), asOf.addDays(-200), 3200);
    ledger->recordPayment(QStringLiteral("C001"), usd(3200), asOf.addDays(-150), PaymentMethod::Check, {}, paid);
    ledger.addInvoice(QStringLiteral("C001"), asOf.addDays(1), 6400);    // not yet issued at asOf
    const auto report = ledger->aging(asOf);
    ASSERT_EQ(report.currencies().size(), 1);
    const auto& row = report.currencies()[0].totals;
    EXPECT_EQ(row.buckets[AgingReport::Current], 100);
    EXPECT_EQ(row.buckets[AgingReport::Days1To30], 200);
    EXPECT_EQ(row.buckets[AgingReport::Days31To60], 400);
    EXPECT_EQ(row.buckets[AgingReport::Days61To90], 800);
    EXPECT_EQ(row.buckets[AgingReport::Days91Plus], 1600);
    EXPECT_EQ(row.total, 3100);
    // Before the payment the paid invoice was 50 days past due.
    EXPECT_EQ(ledger->aging(asOf.addDays(-151)).currencies()[0].totals.buckets[AgingReport::Days31To60], 3200);
}

TEST(LedgerStorage, DiscountedPaymentSettlesAndIsRecorded)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"), QStringLiteral("2/10 Net 30"));
    const QString number = ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 100000);
    const auto result = ledger->recordPayment(QStringLiteral("C001"), usd(98000), QDate(2026, 3, 11),
                                              PaymentMethod::BankTransfer, {});
    ASSERT_EQ(result.allocations.size(), 2);
    EXPECT_EQ(result.allocations[1].second.kind, Allocation::Kind::Discount);
    const auto detail = ledger->invoice(number, QDate(2026, 3, 31));
    EXPECT_EQ(detail.balance, 0);
    EXPECT_EQ(detail.invoice.status, InvoiceStatus::Paid);
    EXPECT_EQ(detail.invoice.closedOn, QDate(2026, 3, 11));
}

TEST(LedgerStorage, OverpaymentBecomesCreditOnAccount)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 1000);
    const auto result = ledger->recordPayment(QStringLiteral("C001"), usd(1500), QDate(2026, 3, 5), PaymentMethod::Cash, {});
    EXPECT_EQ(result.unallocated, 500);
    const auto balances = ledger->customerBalances(QDate(2026, 3, 31));
    EXPECT_EQ(balances[0].creditByCurrency.value(QStringLiteral("USD")), 500);
    EXPECT_EQ(balances[0].balanceByCurrency.value(QStringLiteral("USD")), 0);
}

TEST(LedgerStorage, VoidOnlyWithoutPayments)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const QString paid = ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 1000);
    const QString unpaid = ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2), 1000);
    ledger->recordPayment(QStringLiteral("C001"), usd(100), QDate(2026, 3, 5), PaymentMethod::Cash, {}, paid);
    EXPECT_THROW(ledger->voidInvoice(paid, QDate(2026, 3, 6)), SettleError);
    ledger->voidInvoice(unpaid, QDate(2026, 3, 6));
    EXPECT_EQ(ledger->invoice(unpaid, QDate(2026, 3, 31)).statusAsOf, InvoiceStatus::Void);
    EXPECT_EQ(ledger->aging(QDate(2026, 3, 31)).currencies()[0].totals.total, 900);
    EXPECT_EQ(ledger->aging(QDate(2026, 3, 5)).currencies()[0].totals.total, 1900); // not yet void then
    EXPECT_THROW(ledger->voidInvoice(unpaid, QDate(2026, 3, 7)), SettleError);
}

TEST(LedgerStorage, WriteOffClosesTheInvoice)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const QString number = ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 1), 1000);
    ledger->writeOff(number, QDate(2026, 6, 1));
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 6, 1)).statusAsOf, InvoiceStatus::WrittenOff);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 5, 31)).balance, 1000);
    EXPECT_TRUE(ledger->aging(QDate(2026, 6, 30)).currencies().isEmpty());
}

TEST(LedgerStorage, EveryChangeWritesTheAuditLogWithWhoAndWhat)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const QString number = ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 1000);
    InvoiceEvents(*ledger).setOnHold(QStringLiteral("C001"), true);
    ledger->recordPayment(QStringLiteral("C001"), usd(1000), QDate(2026, 3, 5), PaymentMethod::Cash, {});
    ledger.reopen();
    const auto customer = ledger->audit().entries(QStringLiteral("customer"), QStringLiteral("C001"));
    ASSERT_EQ(customer.size(), 2);
    EXPECT_EQ(customer[0].action, QStringLiteral("create"));
    EXPECT_TRUE(customer[0].before.isEmpty());
    EXPECT_EQ(customer[1].action, QStringLiteral("hold"));
    EXPECT_TRUE(customer[1].before.contains(QStringLiteral("\"on_hold\":false")));
    EXPECT_TRUE(customer[1].after.contains(QStringLiteral("\"on_hold\":true")));
    EXPECT_EQ(customer[1].actor, AuditLog::osUser());
    EXPECT_EQ(customer[1].at.date(), QDate(2026, 3, 31)); // the injected clock, not the system's
    const auto invoice = ledger->audit().entries(QStringLiteral("invoice"), number);
    ASSERT_EQ(invoice.size(), 1);
    EXPECT_EQ(invoice[0].action, QStringLiteral("issue"));
    EXPECT_EQ(ledger->audit().entries(QStringLiteral("payment")).size(), 1);
}

TEST(LedgerStorage, AFailedChangeLeavesNoTrace)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const auto before = ledger->audit().entries().size();
    EXPECT_THROW(ledger->recordPayment(QStringLiteral("C001"), usd(100), QDate(2026, 3, 5), PaymentMethod::Cash, {},
                                       QStringLiteral("INV-9999")),
                 SettleError);
    EXPECT_THROW(ledger->recordPayment(QStringLiteral("NOPE"), usd(100), QDate(2026, 3, 5), PaymentMethod::Cash, {}),
                 SettleError);
    EXPECT_EQ(ledger->audit().entries().size(), before);
    EXPECT_EQ(ledger->exportPayments(), QStringLiteral("customer,date,amount,method,reference,invoice\n"));
}

TEST(LedgerStorage, NewInvoiceNumbersContinueAfterImportedOnes)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const QString file = ledger.writeFile(QStringLiteral("invoices.csv"),
                                          "number,customer,issue_date,unit_price\n"
                                          "INV-0041,C001,2026-01-10,100\nINV-0007,C001,2026-01-11,100\n");
    EXPECT_EQ(ledger->importInvoices(file), 2);
    EXPECT_EQ(ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 100), QStringLiteral("INV-0042"));
}

TEST(LedgerStorage, AZeroTotalImportedInvoiceIsPaidAtOnce)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C001"));
    const QString file = ledger.writeFile(QStringLiteral("invoices.csv"),
                                          "number,customer,issue_date,unit_price\nFREE-1,C001,2026-01-10,0\n");
    ledger->importInvoices(file);
    EXPECT_EQ(ledger->invoice(QStringLiteral("FREE-1"), QDate(2026, 3, 1)).invoice.status, InvoiceStatus::Paid);
}
