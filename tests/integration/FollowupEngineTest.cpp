#include "FollowupTestLedger.h"

#include "errors/SettleError.h"
#include "storage/AuditLog.h"
#include "followup/DefaultPolicy.h"
#include "followup/FollowupPlanner.h"
#include "followup/ReminderPolicies.h"
#include "storage/FollowupRepository.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::day;
using settle::test::FollowupTestLedger;

namespace {

// Issued 2026-01-01 on Net 30: due 2026-01-31.
const QDate issued(2026, 1, 1);
const QDate due(2026, 1, 31);

QDate at(int daysFromDue)
{
    return due.addDays(daysFromDue);
}

QString line(int daysFromDue, const char* text)
{
    return day(at(daysFromDue)) + u' ' + QString::fromUtf8(text);
}

} // namespace

TEST(FollowupRun, TheMigratedStandardPolicyIsTheDefaultPolicy)
{
    FollowupTestLedger ledger;
    const auto policy = ReminderPolicies(*ledger).require(QStringLiteral("Standard"));
    ReminderPolicy expected = DefaultPolicy::standard();
    expected.id = policy.id;
    expected.version = policy.version;
    EXPECT_EQ(policy, expected);
}

TEST(FollowupRun, AnInvoiceFirstSeenFortyDaysOverdueGetsReminderThenOneStagePerGap)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    EXPECT_EQ(ledger.runDaily(at(40), at(90)),
              (QStringList{line(40, "C001 Reminder INV-0001"), line(47, "C001 Second reminder INV-0001"),
                           line(54, "C001 Final notice INV-0001"), line(61, "C001 Collections review INV-0001")}));
}

TEST(FollowupRun, AnInvoiceWatchedFromTheStartGoesThroughEveryStageOnItsDay)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    EXPECT_EQ(ledger.runDaily(issued, at(90)),
              (QStringList{line(-3, "C001 Upcoming INV-0001"), line(3, "C001 Reminder INV-0001"),
                           line(14, "C001 Second reminder INV-0001"), line(30, "C001 Final notice INV-0001"),
                           line(45, "C001 Collections review INV-0001")}));
}

TEST(FollowupRun, RunningAgainTheSameDayRaisesNothing)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    EXPECT_EQ(ledger.runAt(at(3)).raised.actions.size(), 1);
    EXPECT_TRUE(ledger.runAt(at(3)).raised.isEmpty());
    EXPECT_TRUE(FollowupRunner(*ledger).plan(at(3)).isEmpty()) << "the plan knows what was raised";
    EXPECT_EQ(ledger.queue().list().size(), 1);
}

TEST(FollowupRun, APaymentThatClearsTheBalanceBetweenRunsStopsEscalation)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    EXPECT_EQ(ledger.runDaily(at(3), at(9)), QStringList{line(3, "C001 Reminder INV-0001")});
    ledger.pay(QStringLiteral("C001"), 100000, at(10));
    EXPECT_TRUE(ledger.runDaily(at(10), at(120)).isEmpty());
}

TEST(FollowupRun, APartialPaymentLetsEscalationGoOnForWhatIsLeft)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.runAt(at(3));
    ledger.pay(QStringLiteral("C001"), 60000, at(10));
    const auto result = ledger.runAt(at(14));
    ASSERT_EQ(result.raised.actions.size(), 1);
    EXPECT_EQ(result.raised.actions[0].stage.name, QStringLiteral("Second reminder"));
    EXPECT_EQ(result.raised.actions[0].items[0].balance, 40000);
    const auto record = ledger.queue().get(result.followupIds[0]);
    ASSERT_EQ(record.deliveries.size(), 1);
    // The Second reminder template, as the customer reads it: what is left of the invoice.
    EXPECT_TRUE(record.deliveries[0].body.contains(QStringLiteral("INV-0001")));
    EXPECT_TRUE(record.deliveries[0].body.contains(QStringLiteral("400.00 USD")))
        << record.deliveries[0].body.toStdString();
}

TEST(FollowupRun, ADisputePausesFollowUpsUntilItIsResolved)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    EXPECT_EQ(ledger.runDaily(at(-3), at(4)), (QStringList{line(-3, "C001 Upcoming INV-0001"), line(3, "C001 Reminder INV-0001")}));
    ledger.clock().setToday(at(5));
    ledger.events().dispute(number, QStringLiteral("two hours billed twice"), at(5));
    auto invoice = ledger->invoice(number, at(5)).invoice;
    EXPECT_EQ(invoice.disputedOn, at(5));
    EXPECT_EQ(invoice.disputeReason, QStringLiteral("two hours billed twice"));
    EXPECT_TRUE(ledger.runDaily(at(5), at(40)).isEmpty());

    ledger.clock().setToday(at(41));
    ledger.events().resolve(number, at(41));
    EXPECT_FALSE(ledger->invoice(number, at(41)).invoice.disputedOn.isValid());
    EXPECT_EQ(ledger.runDaily(at(41), at(48)),
              (QStringList{line(41, "C001 Second reminder INV-0001"), line(48, "C001 Final notice INV-0001")}));

    const auto events = ledger.events().forInvoice(number);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, InvoiceEvent::Kind::Dispute);
    EXPECT_EQ(events[0].date, at(5));
    EXPECT_EQ(events[0].reason, QStringLiteral("two hours billed twice"));
    EXPECT_EQ(events[1].kind, InvoiceEvent::Kind::Resolve);
    EXPECT_EQ(events[1].date, at(41));
    const auto audit = ledger->audit().entries(QStringLiteral("invoice"), number);
    QStringList actions;
    for (const auto& entry : audit)
        actions << entry.action;
    EXPECT_TRUE(actions.contains(QStringLiteral("dispute")));
    EXPECT_TRUE(actions.contains(QStringLiteral("resolve")));
}

TEST(FollowupRun, APromiseKeptEndsFollowUpsAndIsRecordedAsKept)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.runAt(at(3));
    ledger.clock().setToday(at(5));
    ledger.events().promise(number, at(20));
    EXPECT_EQ(ledger->invoice(number, at(5)).invoice.promiseUntil, at(20));
    EXPECT_TRUE(ledger.runDaily(at(5), at(17)).isEmpty());
    ledger.pay(QStringLiteral("C001"), 100000, at(18));
    EXPECT_TRUE(ledger.runDaily(at(18), at(60)).isEmpty());
    const auto events = ledger.events().forCustomer(QStringLiteral("C001"));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].kind, InvoiceEvent::Kind::PromiseKept);
    EXPECT_EQ(events[1].date, at(18)) << "dated when it was paid";
    EXPECT_EQ(events[1].until, at(20));
    EXPECT_EQ(ledger.events().brokenPromises(QStringLiteral("C001")), 0);
}

TEST(FollowupRun, APromiseBrokenResumesEscalationWhereItStoppedAndShowsOnTheCustomer)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.runAt(at(3));
    ledger.clock().setToday(at(5));
    ledger.events().promise(number, at(40));
    EXPECT_TRUE(ledger.runDaily(at(5), at(40)).isEmpty()) << "paused through the promised date";
    const auto result = ledger.runAt(at(41));
    EXPECT_EQ(ledger.describe(result.raised), QStringList{QStringLiteral("C001 Second reminder INV-0001")})
        << "the stage after Reminder, not Final notice";
    ASSERT_EQ(result.verdicts.size(), 1);
    EXPECT_EQ(result.verdicts[0].kind, InvoiceEvent::Kind::PromiseBroken);
    EXPECT_EQ(result.verdicts[0].date, at(41));
    EXPECT_EQ(ledger.events().brokenPromises(QStringLiteral("C001")), 1);
    EXPECT_TRUE(ledger.runAt(at(42)).verdicts.isEmpty()) << "judged once";
    EXPECT_EQ(ledger.events().brokenPromises(QStringLiteral("C001")), 1);
}

TEST(FollowupRun, APromiseIsJudgedByItsDateNotByTheDayTheEngineLooks)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString kept = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    const QString broken = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 50000);
    ledger.clock().setToday(at(5));
    ledger.events().promise(kept, at(20));
    ledger.events().promise(broken, at(20));
    ledger.pay(QStringLiteral("C001"), 100000, at(12), kept);
    ledger.pay(QStringLiteral("C001"), 10000, at(15), broken); // a part is not the promised payment
    // The engine was not run for three weeks after the promised date.
    const auto result = ledger.runAt(at(41));
    ASSERT_EQ(result.verdicts.size(), 2);
    for (const auto& verdict : result.verdicts) {
        if (verdict.invoiceNumber == kept) {
            EXPECT_EQ(verdict.kind, InvoiceEvent::Kind::PromiseKept);
            EXPECT_EQ(verdict.date, at(12));
        } else {
            EXPECT_EQ(verdict.kind, InvoiceEvent::Kind::PromiseBroken);
            EXPECT_EQ(verdict.date, at(21));
        }
        EXPECT_EQ(verdict.until, at(20));
    }
}

TEST(FollowupRun, AnExtensionMovesTheDateFollowUpsCountFromAndKeepsTheOriginal)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.clock().setToday(at(-10));
    ledger.events().extend(number, at(20));
    const auto invoice = ledger->invoice(number, at(-10)).invoice;
    EXPECT_EQ(invoice.dueDate, due);
    EXPECT_EQ(invoice.extendedDueDate, at(20));
    EXPECT_EQ(ledger.runDaily(at(-10), at(40)),
              (QStringList{line(17, "C001 Upcoming INV-0001"), line(23, "C001 Reminder INV-0001"),
                           line(34, "C001 Second reminder INV-0001")}));
    const auto events = ledger.events().forInvoice(number);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, InvoiceEvent::Kind::Extend);
    EXPECT_EQ(events[0].until, at(20));
    EXPECT_EQ(events[0].reason, day(due)) << "the due date it replaced";
}

TEST(FollowupRun, ACustomerOnHoldGetsNothingUntilReleased)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.clock().setToday(at(-10));
    EXPECT_TRUE(ledger.events().setOnHold(QStringLiteral("C001"), true));
    EXPECT_FALSE(ledger.events().setOnHold(QStringLiteral("C001"), true)) << "already on hold: nothing recorded";
    EXPECT_TRUE(ledger->customer(QStringLiteral("C001"))->onHold);
    EXPECT_TRUE(ledger.runDaily(at(-10), at(9)).isEmpty());
    ledger.clock().setToday(at(10));
    EXPECT_TRUE(ledger.events().setOnHold(QStringLiteral("C001"), false));
    EXPECT_EQ(ledger.runDaily(at(10), at(17)),
              (QStringList{line(10, "C001 Reminder INV-0001"), line(17, "C001 Second reminder INV-0001")}));
    const auto events = ledger.events().forCustomer(QStringLiteral("C001"));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, InvoiceEvent::Kind::Hold);
    EXPECT_EQ(events[0].date, at(-10));
    EXPECT_EQ(events[0].invoiceId, 0);
    EXPECT_EQ(events[1].kind, InvoiceEvent::Kind::Release);
    EXPECT_EQ(events[1].date, at(10));
}

TEST(FollowupRun, TwoInvoicesOfACustomerReachingOneStageOnOneDayAreOneMessage)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"), QStringLiteral("ap@c001.example"));
    ledger.addCustomerWithEmail(QStringLiteral("C002"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.addInvoiceOn(QStringLiteral("C002"), issued, 5000);
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 25000);
    const auto result = ledger.runAt(at(3));
    EXPECT_EQ(ledger.describe(result.raised), (QStringList{QStringLiteral("C001 Reminder INV-0001,INV-0003"),
                                                           QStringLiteral("C002 Reminder INV-0002")}));
    const auto record = ledger.queue().get(result.followupIds[0]);
    EXPECT_EQ(record.invoiceNumbers(), (QStringList{QStringLiteral("INV-0001"), QStringLiteral("INV-0003")}));
    ASSERT_EQ(record.deliveries.size(), 1);
    const auto& email = record.deliveries[0];
    EXPECT_EQ(email.kind, FollowupRecord::Delivery::Kind::Email);
    EXPECT_EQ(email.to, QStringLiteral("ap@c001.example"));
    EXPECT_EQ(email.state, QStringLiteral("queued"));
    EXPECT_EQ(email.subject, QStringLiteral("Payment reminder: INV-0001, INV-0003 – Test Company"));
    EXPECT_TRUE(email.body.contains(QStringLiteral("1,250.00 USD"))) << email.body.toStdString();
}

TEST(FollowupRun, InstallmentsAreRemindedAsSeparateDueAmounts)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 90000);
    ledger.events().setInstallments(number, {Installment{0, QDate(2026, 2, 1), 30000},
                                             Installment{0, QDate(2026, 3, 1), 30000},
                                             Installment{0, QDate(2026, 4, 1), 30000}});
    const auto plan = ledger.events().installments(number);
    ASSERT_EQ(plan.size(), 3);
    EXPECT_EQ(plan[2].seq, 3);
    QStringList log = ledger.runDaily(QDate(2026, 1, 20), QDate(2026, 2, 9));
    ledger.pay(QStringLiteral("C001"), 30000, QDate(2026, 2, 10), number);
    log += ledger.runDaily(QDate(2026, 2, 10), QDate(2026, 4, 10));
    EXPECT_EQ(log, (QStringList{QStringLiteral("2026-01-29 C001 Upcoming INV-0001/1"),
                                QStringLiteral("2026-02-04 C001 Reminder INV-0001/1"),
                                QStringLiteral("2026-02-26 C001 Upcoming INV-0001/2"),
                                QStringLiteral("2026-03-04 C001 Reminder INV-0001/2"),
                                QStringLiteral("2026-03-15 C001 Second reminder INV-0001/2"),
                                QStringLiteral("2026-03-29 C001 Upcoming INV-0001/3"),
                                QStringLiteral("2026-03-31 C001 Final notice INV-0001/2"),
                                QStringLiteral("2026-04-04 C001 Reminder INV-0001/3")}));
}

TEST(FollowupRun, APlanMadeBeforeAnotherProcessRanRaisesNothingTwice)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.addInvoiceOn(QStringLiteral("C001"), issued.addDays(1), 100000);
    ledger.clock().setToday(at(3));
    const FollowupPlan stale = FollowupRunner(*ledger).plan(at(3));
    ASSERT_EQ(stale.itemCount(), 1) << "INV-0002 is not three days overdue yet";

    // A second connection (another desktop, a cron job) raises first.
    auto other = Ledger::open(ledger.path(), Database::OpenMode::MustExist, ledger.clock());
    EXPECT_EQ(FollowupRunner(*other).run(at(4)).raised.itemCount(), 2);
    other.reset();

    EXPECT_TRUE(FollowupRunner(*ledger).raise(stale).raised.isEmpty());
    EXPECT_EQ(ledger.queue().list().size(), 1);
}

TEST(FollowupRun, TheLedgerItselfRefusesASecondRowForOneStage)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    const auto result = ledger.runAt(at(3));
    ASSERT_EQ(result.raised.itemCount(), 1);
    FollowupRepository repository(ledger->database());
    // Rule 5 holds in the schema, not only in the code that checks first.
    EXPECT_THROW(repository.insertItem(result.followupIds[0], result.raised.actions[0].items[0], 1, at(4), 0),
                 SettleError);
}

TEST(FollowupRun, AStageThatNeedsApprovalWaitsInTheQueueUntilApprovedOrDismissed)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addCustomerWithEmail(QStringLiteral("C002"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.addInvoiceOn(QStringLiteral("C002"), issued, 100000);
    ledger.runDaily(at(-3), at(44));
    const auto result = ledger.runAt(at(45));
    ASSERT_EQ(result.raised.actions.size(), 2);
    EXPECT_EQ(result.pendingApproval, 2);
    const qint64 first = result.followupIds[0];
    const qint64 second = result.followupIds[1];
    auto pending = ledger.queue().list(true);
    ASSERT_EQ(pending.size(), 2);
    EXPECT_EQ(pending[0].state, FollowupRecord::State::PendingApproval);
    EXPECT_TRUE(pending[0].deliveries.isEmpty()) << "nothing goes out before a person approves";

    const auto approved = ledger.queue().approve(first);
    EXPECT_EQ(approved.state, FollowupRecord::State::Approved);
    ASSERT_EQ(approved.deliveries.size(), 1);
    EXPECT_EQ(approved.deliveries[0].kind, FollowupRecord::Delivery::Kind::Task);
    EXPECT_TRUE(approved.deliveries[0].subject.startsWith(QStringLiteral("Collections review: Customer C001")));
    const auto dismissed = ledger.queue().dismiss(second);
    EXPECT_EQ(dismissed.state, FollowupRecord::State::Dismissed);
    EXPECT_TRUE(dismissed.deliveries.isEmpty());
    EXPECT_TRUE(ledger.queue().list(true).isEmpty());

    auto refused = [&](auto call, const char* words) {
        try {
            call();
            ADD_FAILURE() << "accepted: " << words;
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
            EXPECT_TRUE(e.message().contains(QString::fromUtf8(words))) << e.message().toStdString();
        }
    };
    refused([&] { ledger.queue().approve(first); }, "is already approved");
    refused([&] { ledger.queue().approve(second); }, "was dismissed");
    refused([&] { ledger.queue().dismiss(second); }, "was dismissed");
    refused([&] { ledger.queue().approve(1); }, "needed no approval");
    refused([&] { ledger.queue().approve(9999); }, "there is no follow-up 9999");
    EXPECT_EQ(ledger.queue().get(first).deliveries.size(), 1) << "the refused calls changed nothing";
    EXPECT_TRUE(ledger.runDaily(at(46), at(200)).isEmpty()) << "dismissed still counts as raised";
}

TEST(FollowupRun, FinalNoticeGoesOutAsEmailAndLetterAndStatesInterestUnderTheTerms)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    PaymentTerms terms;
    terms.name = QStringLiteral("Net 30, 12 % interest");
    terms.days = 30;
    terms.annualInterest = Rate::fromPercent(12);
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000, &terms);
    ledger.runDaily(at(-3), at(29));
    const auto result = ledger.runAt(at(30));
    ASSERT_EQ(result.raised.actions.size(), 1);
    const auto record = ledger.queue().get(result.followupIds[0]);
    EXPECT_EQ(record.stageName, QStringLiteral("Final notice"));
    // 1000.00 × 12 % × 30 / 365 days = 9.863 -> 9.86
    ASSERT_EQ(record.items.size(), 1);
    EXPECT_EQ(record.items[0].interest, 986);
    ASSERT_EQ(record.deliveries.size(), 2);
    EXPECT_EQ(record.deliveries[0].kind, FollowupRecord::Delivery::Kind::Email);
    EXPECT_EQ(record.deliveries[1].kind, FollowupRecord::Delivery::Kind::Letter);
    EXPECT_EQ(record.deliveries[1].state, QStringLiteral("to_print"));
    for (const auto& delivery : record.deliveries) {
        EXPECT_TRUE(delivery.body.contains(QStringLiteral("Interest under the payment terms: 9.86 USD")))
            << delivery.body.toStdString();
        EXPECT_TRUE(delivery.body.contains(QStringLiteral("Total now due: 1,009.86 USD")));
    }
}

TEST(FollowupRun, AStageFeeIsChargedOnceAsASeparateChargeThatIsNotRemindedItself)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ReminderPolicy strict;
    strict.name = QStringLiteral("Strict");
    Stage notice;
    notice.name = QStringLiteral("Notice");
    notice.offsetDays = 1;
    notice.feeMicros = 10'000'000; // 10.00
    notice.feeRate = Rate::fromPercent(2);
    Stage later;
    later.name = QStringLiteral("Later");
    later.offsetDays = 5;
    strict.stages = {notice, later};
    ReminderPolicies(*ledger).add(strict);
    ReminderPolicies(*ledger).assign(QStringLiteral("C001"), QStringLiteral("Strict"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 50000);

    const auto result = ledger.runAt(at(1));
    ASSERT_EQ(result.raised.actions.size(), 1);
    const auto record = ledger.queue().get(result.followupIds[0]);
    ASSERT_EQ(record.items.size(), 1);
    EXPECT_EQ(record.items[0].feeInvoiceNumber, QStringLiteral("FEE-0001"));
    EXPECT_EQ(record.items[0].fee, 1000 + 1000); // 10.00 + 2 % of 500.00
    const auto fee = ledger->invoice(QStringLiteral("FEE-0001"), at(1));
    EXPECT_EQ(fee.invoice.total, 2000);
    EXPECT_EQ(fee.invoice.dueDate, at(1));
    EXPECT_EQ(fee.balance, 2000);
    const auto balances = ledger->customerBalances(at(1));
    ASSERT_EQ(balances.size(), 1);
    EXPECT_EQ(balances[0].balanceByCurrency.value(QStringLiteral("USD")), 52000) << "the fee adds to what is owed";
    EXPECT_TRUE(ledger.runAt(at(1)).raised.isEmpty());
    EXPECT_EQ(ledger.runDaily(at(2), at(60)), QStringList{line(5, "C001 Later INV-0001")})
        << "charged once; the fee charge gets no follow-ups of its own";
    EXPECT_THROW(ledger->invoice(QStringLiteral("FEE-0002"), at(60)), SettleError);
}

TEST(FollowupRun, ACustomerWithoutAnEmailAddressGetsACallTaskInstead)
{
    FollowupTestLedger ledger;
    ledger.addCustomer(QStringLiteral("C009")); // no email on file
    ledger.addInvoiceOn(QStringLiteral("C009"), issued, 100000);
    const auto result = ledger.runAt(at(3));
    ASSERT_EQ(result.raised.actions.size(), 1);
    const auto record = ledger.queue().get(result.followupIds[0]);
    ASSERT_EQ(record.deliveries.size(), 1);
    EXPECT_EQ(record.deliveries[0].kind, FollowupRecord::Delivery::Kind::Task);
    EXPECT_EQ(record.deliveries[0].subject,
              QStringLiteral("Call Customer C009 (C009): no email address for \"Reminder\""));
}

TEST(FollowupRun, EveryRaisedFollowUpIsInTheAuditLog)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    const auto result = ledger.runAt(at(3));
    const auto entries = ledger->audit().entries(QStringLiteral("followup"), QString::number(result.followupIds[0]));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].action, QStringLiteral("raise"));
    EXPECT_TRUE(entries[0].after.contains(QStringLiteral("\"stage\":\"Reminder\""))) << entries[0].after.toStdString();
}
