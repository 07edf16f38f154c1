#include "FollowupTestLedger.h"

#include "followup/FollowupDesk.h"
#include "followup/ReminderPolicies.h"
#include "mail/Outbox.h"
#include "storage/AuditLog.h"

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

namespace {

// Net 30 from 2026-01-01: due 2026-01-31.
QDate at(int daysFromDue)
{
    return QDate(2026, 1, 31).addDays(daysFromDue);
}

QStringList states(Ledger& ledger)
{
    QStringList result;
    for (const auto& message : Outbox(ledger).list())
        result << QStringLiteral("%1 %2").arg(message.subject.section(u':', 0, 0),
                                              OutboxMessage::stateName(message.state));
    return result;
}

} // namespace

// Nobody sent the Reminder; when the Second reminder is raised, the Reminder is withdrawn so the
// customer does not get both at once. An email already sent is history and stays.
TEST(FollowupSupersede, AnUnsentEarlierStageIsWithdrawnWhenTheNextIsRaised)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    ledger.runAt(at(-3)); // Upcoming
    ledger.runAt(at(3));  // Reminder: the Upcoming heads-up, still unsent, is withdrawn
    EXPECT_EQ(states(*ledger), (QStringList{QStringLiteral("Upcoming payment dismissed"),
                                            QStringLiteral("Payment reminder queued")}));
    const auto withdrawn = Outbox(*ledger).list(OutboxMessage::State::Dismissed);
    ASSERT_EQ(withdrawn.size(), 1);
    EXPECT_TRUE(withdrawn[0].lastError.startsWith(QStringLiteral("superseded by \"Reminder\"")))
        << withdrawn[0].lastError.toStdString();
    EXPECT_FALSE(ledger->audit().entries(QStringLiteral("outbox"), QString::number(withdrawn[0].id)).isEmpty());
}

// A queued message that also reminds of another invoice is still needed for that one: it stays.
TEST(FollowupSupersede, AMessageThatAlsoCoversAnotherInvoiceStays)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 50000);
    ledger.runAt(at(3)); // one Reminder for both invoices
    ledger.pay(QStringLiteral("C001"), 50000, at(5), QStringLiteral("INV-0002"));
    ledger.runAt(at(14)); // Second reminder for INV-0001 only
    EXPECT_EQ(states(*ledger), (QStringList{QStringLiteral("Payment reminder queued"),
                                            QStringLiteral("Second reminder queued")}));
}

// Installments are separate due amounts: the next installment's heads-up leaves the previous
// installment's reminder alone.
TEST(FollowupSupersede, AnotherInstallmentsStageDoesNotWithdrawThisOnes)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 60000);
    ledger.events().setInstallments(number, {Installment{0, QDate(2026, 2, 1), 30000},
                                             Installment{0, QDate(2026, 2, 10), 30000}});
    ledger.runAt(QDate(2026, 2, 4)); // Reminder for installment 1 (Upcoming for 1 was never raised)
    ledger.runAt(QDate(2026, 2, 7)); // Upcoming for installment 2
    const QStringList now = states(*ledger);
    EXPECT_EQ(now.count(QStringLiteral("Payment reminder queued")), 1) << now.join(u'|').toStdString();
    EXPECT_EQ(now.filter(QStringLiteral("dismissed")).size(), 0) << now.join(u'|').toStdString();
}

// A stage that needs approval, snoozed and then approved: its email waits for the snooze's day.
TEST(FollowupApproval, AnEmailStageApprovedWhileSnoozedWaitsForTheSnoozeDay)
{
    FollowupTestLedger ledger;
    ReminderPolicy careful;
    careful.name = QStringLiteral("Careful");
    Stage ask;
    ask.name = QStringLiteral("Reminder");
    ask.offsetDays = 3;
    ask.channels = Channels::Email;
    ask.templateKey = QStringLiteral("reminder");
    ask.needsApproval = true;
    careful.stages = {ask};
    ReminderPolicies(*ledger).add(careful);
    Customer customer;
    customer.code = QStringLiteral("C001");
    customer.name = QStringLiteral("Customer C001");
    customer.email = QStringLiteral("c001@example.com");
    customer.currency = QStringLiteral("USD");
    customer.policy = QStringLiteral("Careful");
    ledger->addCustomer(customer);
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);

    const auto result = ledger.runAt(at(3));
    ASSERT_EQ(result.pendingApproval, 1);
    const qint64 id = result.followupIds[0];
    FollowupDesk(*ledger).snooze(id, at(10));
    ledger.queue().approve(id);
    const auto messages = Outbox(*ledger).list();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].state, OutboxMessage::State::Queued);
    EXPECT_EQ(messages[0].nextAttemptAt, QDateTime(at(10), QTime(0, 0)));
}
