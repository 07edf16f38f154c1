#include "TempLedger.h"

#include "errors/SettleError.h"
#include "errors/StorageError.h"

#include <gtest/gtest.h>

#include <atomic>
#include <exception>
#include <latch>
#include <mutex>
#include <thread>

using namespace settle;
using namespace settle::test;

namespace {

struct Attempts
{
    int recorded = 0;
    int refused = 0; // a business refusal (BadInput): the invoices were already settled
    QStringList failures; // anything else: a driver error, a conflict, a crash
};

// One bookkeeper: their own connection (a second Ledger on the same database) in their own thread,
// paying the same two invoices part by part as the payment dialog does when its allocation is edited.
void payInParts(const QString& location, const Clock& clock, const QString& first, const QString& second,
                int payments, std::latch& start, Attempts& attempts)
{
    try {
        auto ledger = Ledger::open(location, Database::OpenMode::MustExist, clock);
        start.arrive_and_wait();
        for (int i = 0; i < payments; ++i) {
            try {
                ledger->recordPaymentSplit(QStringLiteral("C1"), usd(1000), clock.today(), PaymentMethod::BankTransfer,
                                           QStringLiteral("T%1").arg(i), {{first, 500}, {second, 500}});
                ++attempts.recorded;
            } catch (const StorageError& e) {
                attempts.failures << e.message();
            } catch (const SettleError& e) {
                if (e.kind() == SettleError::Kind::BadInput)
                    ++attempts.refused;
                else
                    attempts.failures << e.message();
            }
        }
    } catch (const std::exception& e) {
        attempts.failures << QString::fromUtf8(e.what());
    }
}

} // namespace

// Two bookkeepers pay the same customer's invoices with split payments at the same moment. The
// customer's row lock makes the second wait for the first, so it sees what the first allocated: no
// invoice is paid beyond its total, every payment either went in whole or was refused in words, and
// the balances add up.
TEST(SplitPaymentConcurrency, TwoConnectionsPayingTheSameInvoicesNeverOverAllocate)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"));
    const QString a = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 1, 1), 10000);
    const QString b = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 2, 1), 10000);

    // Each side tries 30 payments of 5.00 + 5.00: together three times what the invoices hold.
    constexpr int paymentsEach = 30;
    std::latch start(2);
    Attempts one, two;
    std::thread first(payInParts, ledger.path(), std::cref(ledger.clock()), a, b, paymentsEach, std::ref(start),
                      std::ref(one));
    std::thread second(payInParts, ledger.path(), std::cref(ledger.clock()), a, b, paymentsEach, std::ref(start),
                       std::ref(two));
    first.join();
    second.join();

    EXPECT_TRUE(one.failures.isEmpty()) << one.failures.join(u'\n').toStdString();
    EXPECT_TRUE(two.failures.isEmpty()) << two.failures.join(u'\n').toStdString();
    EXPECT_EQ(one.recorded + one.refused, paymentsEach);
    EXPECT_EQ(two.recorded + two.refused, paymentsEach);

    const QDate today = ledger.clock().today();
    qint64 allocated = 0;
    for (const QString& number : {a, b}) {
        const auto detail = ledger->invoice(number, today);
        qint64 applied = 0;
        for (const auto& entry : detail.applied)
            applied += entry.allocation.amount;
        EXPECT_LE(applied, 10000) << number.toStdString() << " is over-allocated";
        EXPECT_EQ(detail.balance, 10000 - applied) << number.toStdString();
        EXPECT_EQ(detail.balance, 0) << number.toStdString() << ": the payments tried were enough to settle it";
        EXPECT_EQ(detail.invoice.status, InvoiceStatus::Paid) << number.toStdString();
        allocated += applied;
    }
    // Exactly the payments that said they went in are in the ledger, each allocated in full.
    const auto payments = ledger->payments(QStringLiteral("C1"));
    EXPECT_EQ(payments.size(), one.recorded + two.recorded);
    EXPECT_EQ(one.recorded + two.recorded, 20);
    for (const auto& payment : payments)
        EXPECT_EQ(payment.unallocated, 0) << "payment " << payment.id;
    EXPECT_EQ(allocated, 1000 * qint64(payments.size()));
    for (const auto& row : ledger->customerBalances(today))
        if (row.customer.code == u"C1")
            EXPECT_EQ(row.balanceByCurrency.value(QStringLiteral("USD")), 20000 - allocated);
}
