#include "followup/DefaultPolicy.h"
#include "followup/FollowupPlanner.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

// The default policy: Upcoming -3/0, Reminder +3/5, Second reminder +14/7, Final notice +30/7,
// Collections review +45/7 (offset/gap in days).
const QDate due(2026, 3, 2);

FollowupSnapshot::Invoice invoice(qint64 id, const QString& number, qint64 customerId, qint64 balance = 100000)
{
    FollowupSnapshot::Invoice i;
    i.id = id;
    i.number = number;
    i.customerId = customerId;
    i.currency = QStringLiteral("USD");
    i.issueDate = due.addDays(-30);
    i.dueDate = due;
    i.total = 100000;
    i.balance = balance;
    return i;
}

FollowupSnapshot::Customer customer(qint64 id, const QString& code)
{
    FollowupSnapshot::Customer c;
    c.id = id;
    c.code = code;
    c.name = QStringLiteral("Customer ") + code;
    c.policyId = 1;
    return c;
}

FollowupSnapshot snapshotAt(QDate d)
{
    FollowupSnapshot s;
    s.asOf = d;
    ReminderPolicy policy = DefaultPolicy::standard();
    policy.id = 1;
    s.policies.insert(1, policy);
    s.customers.insert(1, customer(1, QStringLiteral("C001")));
    s.customers.insert(2, customer(2, QStringLiteral("C002")));
    return s;
}

InvoiceEvent event(InvoiceEvent::Kind kind, QDate date, QDate until = {})
{
    InvoiceEvent e;
    e.kind = kind;
    e.date = date;
    e.until = until;
    return e;
}

// The stage the planner raises for one invoice at `d`, or -1.
int stageFor(const FollowupSnapshot& s)
{
    const auto plan = FollowupPlanner::plan(s);
    if (plan.actions.isEmpty())
        return -1;
    EXPECT_EQ(plan.actions.size(), 1);
    return plan.actions.first().stageIndex;
}

struct Case
{
    const char* rule;
    int lastStage;     // -1: nothing raised yet
    int lastRaisedDay; // relative to the due date
    int day;           // the run, relative to the due date
    int expected;      // stage index, or -1 for nothing
};

// One row per clause of the escalation rule and per boundary day of each offset and gap.
const Case cases[] = {
    {"Upcoming waits until 3 days before due", -1, 0, -4, -1},
    {"Upcoming fires 3 days before due", -1, 0, -3, 0},
    {"Upcoming still fires on the due date", -1, 0, 0, 0},
    {"Upcoming no longer fires the day after due; Reminder not yet", -1, 0, 1, -1},
    {"Reminder is skipped to only after due+3 when nothing was raised", -1, 0, 2, -1},
    {"Reminder fires at due+3 when nothing was raised (Upcoming passed)", -1, 0, 3, 1},
    {"Reminder waits for its offset after Upcoming", 0, -3, 2, -1},
    {"Reminder at its offset once the gap since Upcoming has passed", 0, -3, 3, 1},
    {"Reminder gap: Upcoming raised on the due date, day 4 is too early", 0, 0, 4, -1},
    {"Reminder gap: Upcoming raised on the due date, fires on day 5", 0, 0, 5, 1},
    {"Second reminder waits for due+14", 1, 3, 13, -1},
    {"Second reminder fires at due+14", 1, 3, 14, 2},
    {"Second reminder gap of 7 after a late Reminder: day 46 too early", 1, 40, 46, -1},
    {"Second reminder gap of 7 after a late Reminder: day 47", 1, 40, 47, 2},
    {"Final notice waits for due+30", 2, 14, 29, -1},
    {"Final notice fires at due+30", 2, 14, 30, 3},
    {"Final notice gap: Second reminder on day 25, day 31 too early", 2, 25, 31, -1},
    {"Final notice gap: Second reminder on day 25, fires day 32", 2, 25, 32, 3},
    {"Collections review waits for due+45", 3, 30, 44, -1},
    {"Collections review fires at due+45", 3, 30, 45, 4},
    {"Collections review gap after a late Final notice", 3, 60, 66, -1},
    {"Collections review gap after a late Final notice, boundary", 3, 60, 67, 4},
    {"Nothing after the last stage, ever", 4, 45, 400, -1},
    {"First seen 40 days overdue: Reminder, not a later stage", -1, 0, 40, 1},
    {"One stage per run: far overdue after Reminder gives the next one only", 1, 3, 200, 2},
    {"Never skipping: Second reminder before Final notice even when both are due", 1, 3, 31, 2},
};

} // namespace

class EscalationRule : public ::testing::TestWithParam<Case>
{
};

TEST_P(EscalationRule, RaisesTheStageTheRuleSays)
{
    const Case& c = GetParam();
    FollowupSnapshot s = snapshotAt(due.addDays(c.day));
    s.invoices << invoice(10, QStringLiteral("INV-0001"), 1);
    if (c.lastStage >= 0)
        s.history.insert({10, 0}, FollowupSnapshot::History{c.lastStage, due.addDays(c.lastRaisedDay)});
    EXPECT_EQ(stageFor(s), c.expected) << c.rule;
}

INSTANTIATE_TEST_SUITE_P(Escalation, EscalationRule, ::testing::ValuesIn(cases),
                         [](const ::testing::TestParamInfo<Case>& info) { return "case" + std::to_string(info.index); });

TEST(Escalation, SkipsUpcomingOnceDue)
{
    // Invoice first seen after its due date gets no heads-up: the next stage is Reminder.
    FollowupSnapshot s = snapshotAt(due.addDays(5));
    s.invoices << invoice(10, QStringLiteral("INV-0001"), 1);
    const auto plan = FollowupPlanner::plan(s);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].stage.name, QStringLiteral("Reminder"));
    EXPECT_EQ(plan.actions[0].items[0].daysOverdue, 5);
}

TEST(Escalation, OnlyOpenInvoicesWithABalance)
{
    FollowupSnapshot s = snapshotAt(due.addDays(3));
    s.invoices << invoice(10, QStringLiteral("INV-0001"), 1, 0);  // paid by then
    s.invoices << invoice(11, QStringLiteral("INV-0002"), 1, -5); // overpaid
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty());
    s.invoices << invoice(12, QStringLiteral("INV-0003"), 1, 1); // one cent left is still owed
    EXPECT_EQ(FollowupPlanner::plan(s).itemCount(), 1);
}

TEST(Escalation, NothingForAnInvoiceNotIssuedYet)
{
    FollowupSnapshot s = snapshotAt(due.addDays(-3));
    auto i = invoice(10, QStringLiteral("INV-0001"), 1);
    i.issueDate = due.addDays(-2);
    s.invoices << i;
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty());
}

TEST(Escalation, CustomerOnHoldGetsNothingUntilReleased)
{
    FollowupSnapshot s = snapshotAt(due.addDays(3));
    s.invoices << invoice(10, QStringLiteral("INV-0001"), 1);
    s.customers[1].onHold = true;
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty());
    s.customers[1].onHold = false;
    EXPECT_EQ(stageFor(s), 1);
}

TEST(Escalation, DisputePausesFromItsDateUntilResolved)
{
    auto i = invoice(10, QStringLiteral("INV-0001"), 1);
    i.events = {event(InvoiceEvent::Kind::Dispute, due.addDays(2)), event(InvoiceEvent::Kind::Resolve, due.addDays(20))};
    FollowupSnapshot s = snapshotAt(due.addDays(1));
    s.invoices << i;
    EXPECT_EQ(stageFor(s), -1) << "nothing due yet on day 1";
    s.asOf = due.addDays(-1);
    EXPECT_EQ(stageFor(s), 0) << "before the dispute, Upcoming";
    for (int day : {2, 3, 10, 19}) {
        s.asOf = due.addDays(day);
        EXPECT_EQ(stageFor(s), -1) << "disputed on day " << day;
    }
    s.asOf = due.addDays(20);
    EXPECT_EQ(stageFor(s), 1) << "resolved on day 20: Reminder resumes";
}

TEST(Escalation, DisputeWithoutResolutionPausesForGood)
{
    auto i = invoice(10, QStringLiteral("INV-0001"), 1);
    i.events = {event(InvoiceEvent::Kind::Dispute, due.addDays(2))};
    FollowupSnapshot s = snapshotAt(due.addDays(300));
    s.invoices << i;
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty());
    EXPECT_TRUE(FollowupPlanner::isDisputed(i.events, due.addDays(2)));
    EXPECT_FALSE(FollowupPlanner::isDisputed(i.events, due.addDays(1)));
}

TEST(Escalation, PromisePausesThroughItsDateAndResumesWhereItStopped)
{
    auto i = invoice(10, QStringLiteral("INV-0001"), 1);
    i.events = {event(InvoiceEvent::Kind::Promise, due.addDays(5), due.addDays(25))};
    FollowupSnapshot s = snapshotAt(due.addDays(25));
    s.invoices << i;
    s.history.insert({10, 0}, {1, due.addDays(3)}); // Reminder raised
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty()) << "the promise runs on its own date";
    s.asOf = due.addDays(14);
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty());
    s.asOf = due.addDays(26);
    EXPECT_EQ(stageFor(s), 2) << "broken: the next stage after Reminder, not a later one";
}

TEST(Escalation, ALaterPromiseReplacesAnEarlierOne)
{
    QList<InvoiceEvent> events{event(InvoiceEvent::Kind::Promise, due.addDays(5), due.addDays(40)),
                               event(InvoiceEvent::Kind::Promise, due.addDays(10), due.addDays(20))};
    EXPECT_TRUE(FollowupPlanner::isUnderPromise(events, due.addDays(8)));
    EXPECT_TRUE(FollowupPlanner::isUnderPromise(events, due.addDays(20)));
    EXPECT_FALSE(FollowupPlanner::isUnderPromise(events, due.addDays(21)));
    EXPECT_FALSE(FollowupPlanner::isUnderPromise(events, due.addDays(4))) << "not yet made";
}

TEST(Escalation, ExtensionCountsFromTheNewDueDate)
{
    auto i = invoice(10, QStringLiteral("INV-0001"), 1);
    i.extendedDueDate = due.addDays(30);
    FollowupSnapshot s = snapshotAt(due.addDays(3));
    s.invoices << i;
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty()) << "no Reminder against the original date";
    s.asOf = due.addDays(27);
    EXPECT_EQ(stageFor(s), 0) << "a heads-up 3 days before the new date";
    s.asOf = due.addDays(33);
    EXPECT_EQ(stageFor(s), 1);
}

TEST(Escalation, TwoInvoicesOfOneCustomerAtTheSameStageOnOneDayAreOneAction)
{
    FollowupSnapshot s = snapshotAt(due.addDays(3));
    s.invoices << invoice(11, QStringLiteral("INV-0004"), 1) << invoice(10, QStringLiteral("INV-0001"), 1);
    const auto plan = FollowupPlanner::plan(s);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].invoiceNumbers(), (QStringList{QStringLiteral("INV-0001"), QStringLiteral("INV-0004")}));
    EXPECT_EQ(plan.actions[0].items.size(), 2);
}

TEST(Escalation, ActionsAreSortedByCustomerThenStageAndInvoicesByNumber)
{
    FollowupSnapshot s = snapshotAt(due.addDays(14));
    s.invoices << invoice(13, QStringLiteral("INV-0009"), 2) << invoice(12, QStringLiteral("INV-0007"), 1)
               << invoice(11, QStringLiteral("INV-0003"), 1) << invoice(10, QStringLiteral("INV-0002"), 1);
    s.history.insert({12, 0}, {1, due.addDays(3)}); // INV-0007 is one stage further
    const auto plan = FollowupPlanner::plan(s);
    ASSERT_EQ(plan.actions.size(), 3);
    EXPECT_EQ(plan.actions[0].customerCode, QStringLiteral("C001"));
    EXPECT_EQ(plan.actions[0].stageIndex, 1);
    EXPECT_EQ(plan.actions[0].invoiceNumbers(), (QStringList{QStringLiteral("INV-0002"), QStringLiteral("INV-0003")}));
    EXPECT_EQ(plan.actions[1].customerCode, QStringLiteral("C001"));
    EXPECT_EQ(plan.actions[1].stageIndex, 2);
    EXPECT_EQ(plan.actions[2].customerCode, QStringLiteral("C002"));
    EXPECT_EQ(plan.toJson().dump(-1),
              QStringLiteral(
                  R"({"as_of":"2026-03-16","actions":[)"
                  R"({"customer":"C001","stage":"Reminder","stage_index":1,"channel":"email","invoices":["INV-0002","INV-0003"],"needs_approval":false},)"
                  R"({"customer":"C001","stage":"Second reminder","stage_index":2,"channel":"email","invoices":["INV-0007"],"needs_approval":false},)"
                  R"({"customer":"C002","stage":"Reminder","stage_index":1,"channel":"email","invoices":["INV-0009"],"needs_approval":false}]})"));
}

TEST(Escalation, StageNamesChannelsAndApprovalComeFromThePolicy)
{
    FollowupSnapshot s = snapshotAt(due.addDays(45));
    s.invoices << invoice(10, QStringLiteral("INV-0001"), 1);
    s.history.insert({10, 0}, {3, due.addDays(30)});
    auto plan = FollowupPlanner::plan(s);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].stage.name, QStringLiteral("Collections review"));
    EXPECT_EQ(plan.actions[0].stage.channels.name(), QStringLiteral("task"));
    EXPECT_TRUE(plan.actions[0].stage.needsApproval);
    s.history.insert({10, 0}, {2, due.addDays(14)});
    s.asOf = due.addDays(30);
    plan = FollowupPlanner::plan(s);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].stage.channels.name(), QStringLiteral("email+letter"));
}

TEST(Escalation, ACustomerWhosePolicyHasNoStagesGetsNothing)
{
    FollowupSnapshot s = snapshotAt(due.addDays(10));
    ReminderPolicy none;
    none.id = 2;
    none.name = QStringLiteral("Never");
    s.policies.insert(2, none);
    s.customers[1].policyId = 2;
    s.invoices << invoice(10, QStringLiteral("INV-0001"), 1);
    EXPECT_TRUE(FollowupPlanner::plan(s).isEmpty());
}

TEST(Escalation, InstallmentsAreSeparateDueAmountsPaidOldestFirst)
{
    auto i = invoice(10, QStringLiteral("INV-0001"), 1);
    i.total = 90000;
    i.installments = {Installment{1, due, 30000}, Installment{2, due.addDays(30), 30000},
                      Installment{3, due.addDays(60), 30000}};
    i.balance = 90000;
    auto amounts = FollowupPlanner::dueAmounts(i);
    ASSERT_EQ(amounts.size(), 3);
    EXPECT_EQ(amounts[0].balance, 30000);
    i.balance = 50000; // 40000 paid: the first installment settled, 10000 on the second
    amounts = FollowupPlanner::dueAmounts(i);
    EXPECT_EQ(amounts[0].balance, 0);
    EXPECT_EQ(amounts[1].balance, 20000);
    EXPECT_EQ(amounts[2].balance, 30000);

    // Day 27: the second installment's heads-up; the first is paid, the third not near.
    FollowupSnapshot s = snapshotAt(due.addDays(27));
    s.invoices << i;
    auto plan = FollowupPlanner::plan(s);
    ASSERT_EQ(plan.actions.size(), 1);
    ASSERT_EQ(plan.actions[0].items.size(), 1);
    EXPECT_EQ(plan.actions[0].items[0].installment, 2);
    EXPECT_EQ(plan.actions[0].items[0].balance, 20000);
    EXPECT_EQ(plan.actions[0].items[0].dueDate, due.addDays(30));

    // Unpaid and first seen at day 33: both installments are past due+3 and reach Reminder the same
    // day — one action that names the invoice once and lists both due amounts.
    i.balance = 90000;
    s = snapshotAt(due.addDays(33));
    s.invoices << i;
    plan = FollowupPlanner::plan(s);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].stage.name, QStringLiteral("Reminder"));
    ASSERT_EQ(plan.actions[0].items.size(), 2);
    EXPECT_EQ(plan.actions[0].items[0].installment, 1);
    EXPECT_EQ(plan.actions[0].items[1].installment, 2);
    EXPECT_EQ(plan.actions[0].invoiceNumbers(), QStringList{QStringLiteral("INV-0001")});

    // Each installment escalates on its own history: the first at Second reminder, the second at
    // Reminder, the third at its heads-up.
    s = snapshotAt(due.addDays(57));
    s.invoices << i;
    s.history.insert({10, 1}, {1, due.addDays(3)});
    s.history.insert({10, 2}, {0, due.addDays(27)});
    plan = FollowupPlanner::plan(s);
    ASSERT_EQ(plan.actions.size(), 3);
    EXPECT_EQ(plan.actions[0].stageIndex, 0);
    EXPECT_EQ(plan.actions[0].items[0].installment, 3);
    EXPECT_EQ(plan.actions[1].stageIndex, 1);
    EXPECT_EQ(plan.actions[1].items[0].installment, 2);
    EXPECT_EQ(plan.actions[2].stageIndex, 2);
    EXPECT_EQ(plan.actions[2].items[0].installment, 1);
}

TEST(Escalation, InstallmentsOfAnExtendedInvoiceFallDueNoEarlierThanTheExtension)
{
    auto i = invoice(10, QStringLiteral("INV-0001"), 1);
    i.installments = {Installment{1, due, 50000}, Installment{2, due.addDays(60), 50000}};
    i.extendedDueDate = due.addDays(20);
    const auto amounts = FollowupPlanner::dueAmounts(i);
    EXPECT_EQ(amounts[0].dueDate, due.addDays(20));
    EXPECT_EQ(amounts[1].dueDate, due.addDays(60));
}
