#include "FollowupTestLedger.h"

#include "errors/SettleError.h"
#include "storage/AuditLog.h"
#include "io/EntityJson.h"
#include "followup/DefaultPolicy.h"
#include "followup/ReminderPolicies.h"

#include <gtest/gtest.h>

#include <functional>

using namespace settle;
using settle::test::FollowupTestLedger;

namespace {

const QDate issued(2026, 1, 10);
const QDate due(2026, 2, 9); // Net 30

// The parts of the ledger an event could touch, to prove that a refused one changed nothing.
struct Footprint
{
    QString invoice;
    int events = 0;
    int audit = 0;
    int installments = 0;
    QString customer;
    int policies = 0;

    bool operator==(const Footprint&) const = default;
};

class FollowupEvents : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ledger.addCustomerWithEmail(QStringLiteral("C001"));
        number = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
        ledger.clock().setToday(QDate(2026, 2, 1));
    }

    Footprint footprint()
    {
        const auto detail = ledger->invoice(number, QDate(2026, 12, 31));
        Footprint f;
        f.invoice = EntityJson::invoice(detail.invoice).dump(-1) + IsoDate::formatOptional(detail.invoice.disputedOn) +
                    detail.invoice.disputeReason + IsoDate::formatOptional(detail.invoice.promiseUntil) +
                    QString::number(detail.invoice.version);
        f.events = int(ledger.events().forCustomer(QStringLiteral("C001")).size());
        f.audit = int(ledger->audit().entries().size());
        f.installments = int(ledger.events().installments(number).size());
        const auto customer = ledger->customer(QStringLiteral("C001"));
        f.customer = EntityJson::customer(*customer).dump(-1) + QString::number(customer->version);
        f.policies = int(ReminderPolicies(*ledger).all().size());
        return f;
    }

    // The call is refused as bad input with a message containing `words`, and nothing changed.
    void expectRefused(const std::function<void()>& call, const QString& words)
    {
        const Footprint before = footprint();
        try {
            call();
            ADD_FAILURE() << "accepted, expected: " << words.toStdString();
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::BadInput) << e.message().toStdString();
            EXPECT_TRUE(e.message().contains(words)) << e.message().toStdString();
        }
        EXPECT_TRUE(footprint() == before) << "a refused call changed the ledger: " << words.toStdString();
    }

    FollowupTestLedger ledger;
    QString number;
};

} // namespace

TEST_F(FollowupEvents, AnEventDatedBeforeTheIssueDateIsRefused)
{
    expectRefused([&] { ledger.events().dispute(number, QStringLiteral("late delivery"), QDate(2026, 1, 9)); },
                  QStringLiteral("invoice INV-0001: the dispute date 2026-01-09 is before the invoice's issue date 2026-01-10"));
    ledger.events().dispute(number, QStringLiteral("late delivery"), issued); // the issue date itself is fine
    expectRefused([&] { ledger.events().resolve(number, QDate(2026, 1, 9)); },
                  QStringLiteral("the resolution date 2026-01-09 is before the invoice's issue date"));
}

TEST_F(FollowupEvents, ADisputeNeedsAReasonAndOnlyOneRunsAtATime)
{
    expectRefused([&] { ledger.events().dispute(number, QStringLiteral("  "), issued); },
                  QStringLiteral("invoice INV-0001: a dispute needs a reason"));
    ledger.events().dispute(number, QStringLiteral("wrong rate"), QDate(2026, 1, 20));
    expectRefused([&] { ledger.events().dispute(number, QStringLiteral("again"), QDate(2026, 1, 25)); },
                  QStringLiteral("invoice INV-0001 is already disputed since 2026-01-20"));
    expectRefused([&] { ledger.events().resolve(number, QDate(2026, 1, 19)); },
                  QStringLiteral("the resolution date 2026-01-19 is before the dispute of 2026-01-20"));
    ledger.events().resolve(number, QDate(2026, 1, 30));
    expectRefused([&] { ledger.events().resolve(number, QDate(2026, 1, 31)); },
                  QStringLiteral("invoice INV-0001 is not disputed"));
    ledger.events().dispute(number, QStringLiteral("a second matter"), QDate(2026, 2, 1)); // a new dispute is fine
}

TEST_F(FollowupEvents, AnExtensionMustGoBeyondTheCurrentDueDate)
{
    expectRefused([&] { ledger.events().extend(number, due); },
                  QStringLiteral("invoice INV-0001: the new due date 2026-02-09 must be later than the current due "
                                 "date 2026-02-09"));
    expectRefused([&] { ledger.events().extend(number, due.addDays(-1)); }, QStringLiteral("must be later"));
    ledger.events().extend(number, due.addDays(10));
    expectRefused([&] { ledger.events().extend(number, due.addDays(5)); },
                  QStringLiteral("must be later than the current due date 2026-02-19"));
    ledger.events().extend(number, due.addDays(11));
    EXPECT_EQ(ledger->invoice(number, due).invoice.dueDate, due) << "the original stays";
}

TEST_F(FollowupEvents, APromiseBeforeTheIssueDateIsRefusedButOneInThePastIsAccepted)
{
    expectRefused([&] { ledger.events().promise(number, QDate(2026, 1, 9)); },
                  QStringLiteral("invoice INV-0001: the promise date 2026-01-09 is before the invoice's issue date"));
    const auto event = ledger.events().promise(number, QDate(2026, 1, 20)); // recorded after the fact
    EXPECT_EQ(event.date, QDate(2026, 2, 1));
    EXPECT_EQ(event.until, QDate(2026, 1, 20));
}

TEST_F(FollowupEvents, UnknownInvoicesAndCustomersAreNamed)
{
    expectRefused([&] { ledger.events().dispute(QStringLiteral("INV-9999"), QStringLiteral("x"), issued); },
                  QStringLiteral("no invoice has the number \"INV-9999\""));
    expectRefused([&] { ledger.events().promise(QStringLiteral("INV-9999"), issued); },
                  QStringLiteral("no invoice has the number \"INV-9999\""));
    expectRefused([&] { ledger.events().extend(QStringLiteral("INV-9999"), due); },
                  QStringLiteral("no invoice has the number \"INV-9999\""));
    expectRefused([&] { ledger.events().resolve(QStringLiteral("INV-9999"), due); },
                  QStringLiteral("no invoice has the number \"INV-9999\""));
    expectRefused([&] { ledger.events().setOnHold(QStringLiteral("NOPE"), true); },
                  QStringLiteral("no customer has the code \"NOPE\""));
}

TEST_F(FollowupEvents, OnlyAnOpenInvoiceCanBeDisputedPromisedOrExtended)
{
    ledger.pay(QStringLiteral("C001"), 100000, QDate(2026, 2, 1));
    expectRefused([&] { ledger.events().dispute(number, QStringLiteral("x"), QDate(2026, 2, 1)); },
                  QStringLiteral("invoice INV-0001 is paid; only an open invoice can be disputed"));
    expectRefused([&] { ledger.events().promise(number, due); }, QStringLiteral("is paid"));
    expectRefused([&] { ledger.events().extend(number, due.addDays(5)); }, QStringLiteral("is paid"));
}

TEST_F(FollowupEvents, AnInstallmentPlanMustAddUpAndBeInOrder)
{
    auto plan = [](QDate a, qint64 x, QDate b, qint64 y) {
        return QList<Installment>{Installment{0, a, x}, Installment{0, b, y}};
    };
    expectRefused([&] { ledger.events().setInstallments(number, plan(due, 50000, due.addDays(30), 40000)); },
                  QStringLiteral("invoice INV-0001: the installments add up to 900.00, the invoice total is 1000.00"));
    expectRefused([&] { ledger.events().setInstallments(number, plan(due.addDays(30), 50000, due, 50000)); },
                  QStringLiteral("invoice INV-0001, installment 2: the due date 2026-02-09 is not after installment 1's "
                                 "2026-03-11"));
    expectRefused([&] { ledger.events().setInstallments(number, plan(QDate(2026, 1, 1), 50000, due, 50000)); },
                  QStringLiteral("installment 1: the due date 2026-01-01 is before the invoice's issue date"));
    expectRefused([&] { ledger.events().setInstallments(number, plan(due, 100000, due.addDays(9), 0)); },
                  QStringLiteral("installment 2: the amount must be more than zero"));
    ledger.events().setInstallments(number, plan(due, 50000, due.addDays(30), 50000));
    EXPECT_EQ(ledger.events().installments(number).size(), 2);
    ledger.events().setInstallments(number, {}); // removes the plan
    EXPECT_TRUE(ledger.events().installments(number).isEmpty());
}

TEST_F(FollowupEvents, APolicyWithStagesOutOfOrderOrDuplicateNamesIsRefused)
{
    ReminderPolicy policy = DefaultPolicy::standard();
    policy.name = QStringLiteral("Gentle");
    std::swap(policy.stages[1], policy.stages[2]);
    expectRefused([&] { ReminderPolicies(*ledger).add(policy); },
                  QStringLiteral("policy \"Gentle\", stage 3 \"Reminder\": offset 3 days comes before the previous "
                                 "stage's 14 days"));
    policy = DefaultPolicy::standard();
    policy.name = QStringLiteral("Gentle");
    policy.stages[4].name = QStringLiteral("Final Notice");
    expectRefused([&] { ReminderPolicies(*ledger).add(policy); }, QStringLiteral("another stage already has this name"));
    policy = DefaultPolicy::standard();
    policy.name = QStringLiteral("standard");
    expectRefused([&] { ReminderPolicies(*ledger).add(policy); },
                  QStringLiteral("a reminder policy named \"Standard\" already exists"));
    expectRefused([&] { ReminderPolicies(*ledger).assign(QStringLiteral("C001"), QStringLiteral("Nope")); },
                  QStringLiteral("\"Nope\" is not a reminder policy of this ledger"));
}

TEST_F(FollowupEvents, AUserCanAddEditAndAssignAPolicy)
{
    ReminderPolicy policy;
    policy.name = QStringLiteral("Quick");
    Stage nudge;
    nudge.name = QStringLiteral("Nudge");
    nudge.offsetDays = 1;
    policy.stages = {nudge};
    ReminderPolicies policies(*ledger);
    ReminderPolicy added = policies.add(policy);
    policies.assign(QStringLiteral("C001"), QStringLiteral("Quick"));
    EXPECT_EQ(ledger->customer(QStringLiteral("C001"))->policy, QStringLiteral("Quick"));
    EXPECT_EQ(ledger.runAndDescribe(due.addDays(1)), QStringList{QStringLiteral("C001 Nudge INV-0001")});

    added.stages[0].name = QStringLiteral("Friendly nudge");
    Stage call;
    call.name = QStringLiteral("Call");
    call.offsetDays = 10;
    call.gapDays = 2;
    call.channels = Channels::Task;
    added.stages << call;
    const ReminderPolicy updated = policies.update(added);
    EXPECT_EQ(policies.require(QStringLiteral("Quick")), updated);
    EXPECT_EQ(ledger.runAndDescribe(due.addDays(10)), QStringList{QStringLiteral("C001 Call INV-0001")});
    try {
        policies.update(added); // stale: `added` still has the version before the update
        ADD_FAILURE() << "a stale policy edit was accepted";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::Conflict);
    }
}
