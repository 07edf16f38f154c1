#include "CliRunner.h"
#include "FollowupTestLedger.h"

#include "credit/CreditOnAccount.h"
#include "mail/Outbox.h"
#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

// docs/DESIGN.md, "Credit on account": credit a customer holds is set against what they owe before
// anyone is reminded, and `customer apply-credit` applies it to the oldest open items.
namespace {

const QString c001 = QStringLiteral("C001");
const QString c002 = QStringLiteral("C002");

QList<OutboxMessage> queued(Ledger& ledger)
{
    return Outbox(ledger).list(OutboxMessage::State::Queued);
}

const OutboxMessage* messageTo(const QList<OutboxMessage>& messages, const QString& customer)
{
    for (const auto& message : messages)
        if (message.customerCode == customer)
            return &message;
    return nullptr;
}

// A payment recorded while the customer has nothing open stays whole as credit on account.
void payInAdvance(FollowupTestLedger& ledger, const QString& customer, qint64 cents, QDate on)
{
    ledger.pay(customer, cents, on);
}

// A EUR invoice for a USD customer, paid with `extra` more than it asks: the extra is EUR credit.
void addEuroCredit(FollowupTestLedger& ledger, const QString& customer, qint64 extra, QDate on)
{
    Invoice draft;
    draft.customerCode = customer;
    draft.issueDate = on;
    draft.currency = QStringLiteral("EUR");
    InvoiceLine line;
    line.description = QStringLiteral("Licence");
    line.unitPrice = 10000;
    draft.lines << line;
    const QString number = ledger->issue(ledger->createDraft(draft), on).number;
    ledger->recordPayment(customer, Money(10000 + extra, Currency::require(QStringLiteral("EUR"))), on,
                          PaymentMethod::BankTransfer, {}, number);
}

qint64 balanceOf(FollowupTestLedger& ledger, const QString& number, QDate on)
{
    return ledger->invoice(number, on).balance;
}

} // namespace

TEST(CreditOnAccount, CreditCoveringTheWholeBalanceRaisesNoStage)
{
    FollowupTestLedger ledger(QDate(2025, 12, 15));
    ledger.addCustomerWithEmail(c001);
    ledger.addCustomerWithEmail(c002);
    payInAdvance(ledger, c001, 150000, QDate(2025, 12, 20));
    ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 100000); // due 2026-01-31
    ledger.addInvoiceOn(c001, QDate(2026, 1, 2), 50000);  // due 2026-02-01
    ledger.addInvoiceOn(c002, QDate(2026, 1, 1), 100000);

    EXPECT_EQ(CreditOnAccount(*ledger).credit(c001, QDate(2026, 1, 28)).value(QStringLiteral("USD")), 150000);
    const QStringList log = ledger.runDaily(QDate(2026, 1, 25), QDate(2026, 3, 31));
    for (const QString& line : log)
        EXPECT_FALSE(line.contains(c001)) << line.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("2026-01-28 C002 Upcoming INV-0003"))) << log.join(u'\n').toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("2026-02-03 C002 Reminder INV-0003"))) << log.join(u'\n').toStdString();
}

TEST(CreditOnAccount, CreditCoveringPartStatesTheCreditAndAsksOnlyForTheRest)
{
    FollowupTestLedger ledger(QDate(2025, 12, 15));
    ledger.addCustomerWithEmail(c001);
    ledger.addCustomerWithEmail(c002);
    payInAdvance(ledger, c001, 30000, QDate(2025, 12, 20));
    ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 100000);
    ledger.addInvoiceOn(c002, QDate(2026, 1, 1), 100000);

    EXPECT_EQ(FollowupTestLedger::describe(ledger.runAt(QDate(2026, 2, 3)).raised),
              (QStringList{QStringLiteral("C001 Reminder INV-0001"), QStringLiteral("C002 Reminder INV-0002")}));
    const auto messages = queued(*ledger);
    const OutboxMessage* withCredit = messageTo(messages, c001);
    ASSERT_NE(withCredit, nullptr);
    EXPECT_TRUE(withCredit->bodyText.contains(
        QStringLiteral("Your account holds a credit of 300.00 USD in your favour, which we are setting against "
                       "this amount: please pay only the remaining 700.00 USD.")))
        << withCredit->bodyText.toStdString();
    EXPECT_TRUE(withCredit->bodyHtml.contains(QStringLiteral("credit of 300.00 USD")));
    EXPECT_TRUE(withCredit->bodyHtml.contains(QStringLiteral("remaining 700.00 USD")));
    EXPECT_TRUE(withCredit->bodyText.contains(QStringLiteral("Total open: 1,000.00 USD")));
    EXPECT_FALSE(withCredit->bodyText.contains(QStringLiteral("\n\n\n"))) << "one blank line around the paragraph";

    const OutboxMessage* without = messageTo(messages, c002);
    ASSERT_NE(without, nullptr);
    EXPECT_FALSE(without->bodyText.contains(QStringLiteral("credit"))) << without->bodyText.toStdString();
    EXPECT_FALSE(without->bodyHtml.contains(QStringLiteral("credit")));
    EXPECT_FALSE(without->bodyText.contains(QStringLiteral("\n\n\n")));
}

TEST(CreditOnAccount, AGermanFinalNoticeAsksForTheTotalAfterCredit)
{
    FollowupTestLedger ledger(QDate(2025, 12, 15));
    Customer customer;
    customer.code = c001;
    customer.name = QStringLiteral("Müller GmbH");
    customer.email = QStringLiteral("buchhaltung@example.com");
    customer.currency = QStringLiteral("USD");
    customer.language = QStringLiteral("de");
    ledger->addCustomer(customer);
    payInAdvance(ledger, c001, 25000, QDate(2025, 12, 20));
    ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 100000);
    ledger.runDaily(QDate(2026, 1, 25), QDate(2026, 3, 2));

    const auto messages = queued(*ledger);
    const auto final = std::find_if(messages.cbegin(), messages.cend(), [](const OutboxMessage& m) {
        return m.templateKey == QStringLiteral("final_notice");
    });
    ASSERT_NE(final, messages.cend());
    EXPECT_TRUE(final->bodyText.contains(QStringLiteral("Guthaben von 250,00 USD"))) << final->bodyText.toStdString();
    EXPECT_TRUE(final->bodyText.contains(QStringLiteral("Bitte zahlen Sie 750,00 USD bis spätestens")))
        << final->bodyText.toStdString();
}

TEST(CreditOnAccount, TheCreditFallsOnTheOldestInvoicesFirst)
{
    FollowupTestLedger ledger(QDate(2025, 12, 15));
    ledger.addCustomerWithEmail(c001);
    payInAdvance(ledger, c001, 50000, QDate(2025, 12, 20));
    ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 40000);   // INV-0001, due 01-31: covered
    ledger.addInvoiceOn(c001, QDate(2026, 1, 10), 100000); // INV-0002, due 02-09: 100.00 of it covered

    const QStringList log = ledger.runDaily(QDate(2026, 1, 25), QDate(2026, 2, 12));
    EXPECT_EQ(log, (QStringList{QStringLiteral("2026-02-06 C001 Upcoming INV-0002"),
                                QStringLiteral("2026-02-12 C001 Reminder INV-0002")}));
    const auto messages = queued(*ledger);
    ASSERT_FALSE(messages.isEmpty());
    // The Reminder superseded the Upcoming: one message, stating the part that falls on INV-0002.
    const OutboxMessage& last = messages.last();
    EXPECT_TRUE(last.bodyText.contains(QStringLiteral("credit of 100.00 USD"))) << last.bodyText.toStdString();
    EXPECT_TRUE(last.bodyText.contains(QStringLiteral("remaining 900.00 USD"))) << last.bodyText.toStdString();
}

TEST(CreditOnAccount, CreditInAnotherCurrencyDoesNotCount)
{
    FollowupTestLedger ledger(QDate(2025, 12, 15));
    ledger.addCustomerWithEmail(c001);
    addEuroCredit(ledger, c001, 200000, QDate(2025, 12, 20));
    ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 100000);

    const auto credit = CreditOnAccount(*ledger).credit(c001, QDate(2026, 2, 3));
    EXPECT_EQ(credit.value(QStringLiteral("EUR")), 200000);
    EXPECT_FALSE(credit.contains(QStringLiteral("USD")));
    EXPECT_EQ(ledger.runAndDescribe(QDate(2026, 2, 3)), QStringList{QStringLiteral("C001 Reminder INV-0002")});
    const auto messages = queued(*ledger);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_FALSE(messages[0].bodyText.contains(QStringLiteral("credit"))) << messages[0].bodyText.toStdString();

    // Nor is it applied to a USD invoice.
    const auto applied = CreditOnAccount(*ledger).apply(c001, QDate(2026, 2, 4));
    EXPECT_TRUE(applied.isEmpty());
    EXPECT_EQ(balanceOf(ledger, QStringLiteral("INV-0002"), QDate(2026, 2, 4)), 100000);
    EXPECT_EQ(applied.creditLeft.value(QStringLiteral("EUR")), 200000);
}

TEST(CreditOnAccount, CreditIsCountedAtTheRunsDate)
{
    FollowupTestLedger ledger(QDate(2026, 1, 1));
    ledger.addCustomerWithEmail(c001);
    ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 40000);  // INV-0001
    // 1,000.00 naming INV-0001 on 02-10: 600.00 left as credit from that day on.
    ledger.pay(c001, 100000, QDate(2026, 2, 10), QStringLiteral("INV-0001"));
    ledger.addInvoiceOn(c001, QDate(2026, 1, 5), 50000); // INV-0002, due 02-04
    CreditOnAccount credit(*ledger);
    EXPECT_TRUE(credit.credit(c001, QDate(2026, 2, 9)).isEmpty());
    EXPECT_EQ(credit.credit(c001, QDate(2026, 2, 10)).value(QStringLiteral("USD")), 60000);
    // Planned as of 02-07 the credit is not there yet: INV-0002 gets its Reminder.
    EXPECT_EQ(FollowupTestLedger::describe(FollowupRunner(*ledger).plan(QDate(2026, 2, 7))),
              QStringList{QStringLiteral("C001 Reminder INV-0001,INV-0002")});
    EXPECT_TRUE(FollowupRunner(*ledger).plan(QDate(2026, 2, 11)).isEmpty());
}

namespace {

class CreditCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ledger.addCustomerWithEmail(c001);
        ledger.addCustomerWithEmail(c002);
        payInAdvance(ledger, c001, 120000, QDate(2025, 12, 20));
        ledger.addInvoiceOn(c001, QDate(2026, 1, 10), 50000); // INV-0001, due 02-09
        ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 50000);  // INV-0002, due 01-31: the oldest
        ledger.addInvoiceOn(c001, QDate(2026, 1, 20), 50000); // INV-0003, due 02-19
        ledger.addInvoiceOn(c002, QDate(2026, 1, 1), 70000);  // INV-0004
        ledger.close();
    }

    CliResult cli(const QStringList& args) const { return CliRunner(ledger.path()).run(args); }

    QJsonObject customerRow(const QString& code) const
    {
        // Today, long after every date of these tests.
        const auto r = cli({QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const auto& row : QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("customers")].toArray())
            if (row.toObject()[QStringLiteral("code")].toString() == code)
                return row.toObject();
        return {};
    }

    FollowupTestLedger ledger{QDate(2025, 12, 15)};
};

} // namespace

TEST_F(CreditCli, ApplyCreditSettlesTheOldestItemsAndTheFiguresAgree)
{
    EXPECT_EQ(customerRow(c001)[QStringLiteral("balance")].toString(), QStringLiteral("1500.00"));
    EXPECT_EQ(customerRow(c001)[QStringLiteral("credit")].toString(), QStringLiteral("1200.00"));

    const auto r = cli({QStringLiteral("customer"), QStringLiteral("apply-credit"), c001, QStringLiteral("--on"),
                        QStringLiteral("2026-02-10")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Applied credit on account of C001 on 2026-02-10:\n"
                                    "  INV-0002: 500.00 USD applied, settled\n"
                                    "  INV-0001: 500.00 USD applied, settled\n"
                                    "  INV-0003: 200.00 USD applied, 300.00 USD still open\n"));

    EXPECT_EQ(customerRow(c001)[QStringLiteral("balance")].toString(), QStringLiteral("300.00"));
    EXPECT_EQ(customerRow(c001)[QStringLiteral("credit")].toString(), QStringLiteral("0.00"));
    ledger.reopen();
    EXPECT_EQ(balanceOf(ledger, QStringLiteral("INV-0002"), QDate(2026, 2, 10)), 0);
    EXPECT_EQ(ledger->invoice(QStringLiteral("INV-0002"), QDate(2026, 2, 10)).statusAsOf, InvoiceStatus::Paid);
    // Applied on 02-10, not before: the balance on 02-09 is what it was.
    EXPECT_EQ(balanceOf(ledger, QStringLiteral("INV-0002"), QDate(2026, 2, 9)), 50000);
    const AgingReport aging = ledger->aging(QDate(2026, 2, 10));
    ASSERT_EQ(aging.currencies().size(), 1);
    qint64 agedC001 = -1;
    for (const auto& row : aging.currencies()[0].customers)
        if (row.customer == c001)
            agedC001 = row.total;
    EXPECT_EQ(agedC001, 30000);
    EXPECT_EQ(aging.currencies()[0].totals.total, 30000 + 70000);
    EXPECT_EQ(ledger->audit().entries(QStringLiteral("payment"), QStringLiteral("1")).size(), 2)
        << "the payment's create row and one apply_credit row";
}

TEST_F(CreditCli, RunTwiceAppliesNothingTheSecondTime)
{
    const QStringList args{QStringLiteral("customer"), QStringLiteral("apply-credit"), c001, QStringLiteral("--on"),
                           QStringLiteral("2026-02-10")};
    ASSERT_EQ(cli(args).exitCode, 0);
    const auto again = cli(args);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out, QStringLiteral("Nothing to apply for C001 on 2026-02-10: no credit on account.\n"));
    ledger.reopen();
    EXPECT_EQ(balanceOf(ledger, QStringLiteral("INV-0003"), QDate(2026, 2, 10)), 30000);
    EXPECT_EQ(ledger->audit().entries(QStringLiteral("payment"), QStringLiteral("1")).size(), 2);
    EXPECT_EQ(CreditOnAccount(*ledger).apply(c002, QDate(2026, 2, 10)).applied.size(), 0);
}

TEST_F(CreditCli, UnknownCustomerIsRefusedWithExit3)
{
    const auto r = cli({QStringLiteral("customer"), QStringLiteral("apply-credit"), QStringLiteral("NOPE")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("NOPE"))) << r.err.toStdString();
    const auto bad = cli({QStringLiteral("customer"), QStringLiteral("apply-credit"), c001, QStringLiteral("--on"),
                          QStringLiteral("2026-13-01")});
    EXPECT_EQ(bad.exitCode, 2) << bad.err.toStdString();
}

TEST(CreditOnAccount, ApplyingDismissesQueuedRemindersForWhatItSettled)
{
    FollowupTestLedger ledger(QDate(2026, 1, 1));
    ledger.addCustomerWithEmail(c001);
    ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 50000); // INV-0001
    ledger.addInvoiceOn(c001, QDate(2026, 1, 1), 30000); // INV-0002
    ledger.runAt(QDate(2026, 2, 3));
    ASSERT_EQ(queued(*ledger).size(), 1);
    // 800.00 naming INV-0002: it is settled and 500.00 stays as credit; INV-0001 is still open.
    ledger.pay(c001, 80000, QDate(2026, 2, 4), QStringLiteral("INV-0002"));
    ASSERT_EQ(queued(*ledger).size(), 1);

    const auto result = CreditOnAccount(*ledger).apply(c001, QDate(2026, 2, 5));
    ASSERT_EQ(result.applied.size(), 1);
    EXPECT_EQ(result.applied[0].invoiceNumber, QStringLiteral("INV-0001"));
    EXPECT_EQ(result.applied[0].amount, 50000);
    EXPECT_TRUE(queued(*ledger).isEmpty());
    EXPECT_EQ(result.dismissedMessages.size(), 1);
    EXPECT_TRUE(result.creditLeft.isEmpty());
}
