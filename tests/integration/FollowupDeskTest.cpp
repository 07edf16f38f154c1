#include "FollowupTestLedger.h"
#include "SmtpTestServer.h"

#include "errors/SettleError.h"
#include "followup/FollowupDesk.h"
#include "mail/Outbox.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpSettings.h"
#include "reports/ContactHistory.h"
#include "storage/AuditLog.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::day;
using settle::test::FollowupTestLedger;
using settle::test::SmtpTestServer;

namespace {

// Issued 2026-01-01 on Net 30: due 2026-01-31.
const QDate issued(2026, 1, 1);
const QDate due(2026, 1, 31);

QDate at(int daysFromDue)
{
    return due.addDays(daysFromDue);
}

class FollowupDeskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1"));
        ledger->setSetting(QStringLiteral("smtp.port"), QString::number(server.port()));
        ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("none"));
        ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("billing@test-company.example"));
        ledger->setSetting(QStringLiteral("smtp.timeout"), QStringLiteral("10"));
        // The reminder templates name the company's payment details.
        ledger->setSetting(QStringLiteral("company.payment_details"),
                           QStringLiteral("IBAN DE02 1203 0000 0000 2020 51"));
    }

    OutboxSender::Report send(QList<qint64> onlyIds = {})
    {
        OutboxSender::Options options;
        options.onlyIds = std::move(onlyIds);
        return OutboxSender(*ledger, SmtpSettings::fromLedger(*ledger), QString(), options).run();
    }

    // The one email the follow-up put into the outbox.
    OutboxMessage emailOf(qint64 followupId)
    {
        for (const auto& m : Outbox(*ledger).list())
            if (m.followupId == followupId)
                return m;
        ADD_FAILURE() << "follow-up " << followupId << " has no email";
        return {};
    }

    QStringList subjectsReceived() const
    {
        QStringList result;
        for (const auto& r : server.received())
            result << r.subject();
        return result;
    }

    bool inQueue(qint64 followupId)
    {
        for (const auto& r : FollowupDesk(*ledger).queue())
            if (r.id == followupId)
                return true;
        return false;
    }

    int auditRows() { return int(ledger->audit().entries().size()); }

    FollowupTestLedger ledger;
    SmtpTestServer server;
    FollowupDesk desk{*ledger};
};

template <typename F> QString refusal(F&& f, SettleError::Kind expected = SettleError::Kind::BadInput)
{
    try {
        f();
    } catch (const SettleError& e) {
        EXPECT_EQ(int(e.kind()), int(expected)) << e.message().toStdString();
        return e.message();
    }
    ADD_FAILURE() << "not refused";
    return {};
}

} // namespace

TEST_F(FollowupDeskTest, ASnoozedFollowUpLeavesTheQueueAndItsEmailIsNotSentBeforeTheDay)
{
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    const auto run = ledger.runAt(at(3));
    ASSERT_EQ(run.followupIds.size(), 1);
    const qint64 id = run.followupIds[0];
    EXPECT_TRUE(inQueue(id));

    const auto snoozed = desk.snooze(id, at(6));
    EXPECT_EQ(snoozed.snoozedUntil, at(6));
    EXPECT_FALSE(inQueue(id));
    EXPECT_TRUE(emailOf(id).nextAttemptAt.isValid());
    EXPECT_EQ(ledger->audit().entries(QStringLiteral("followup"), QString::number(id)).last().action,
              QStringLiteral("snooze"));

    send();
    ledger.clock().setToday(at(5));
    send();
    EXPECT_TRUE(server.received().isEmpty()) << "sent before the snooze ended";
    EXPECT_EQ(emailOf(id).state, OutboxMessage::State::Queued);
    EXPECT_FALSE(inQueue(id));

    ledger.clock().setToday(at(6));
    EXPECT_TRUE(inQueue(id)) << "back on the queue on its day";
    const auto report = send();
    EXPECT_EQ(report.count(OutboxMessage::State::Sent), 1);
    EXPECT_EQ(server.received().size(), 1);
    EXPECT_EQ(emailOf(id).state, OutboxMessage::State::Sent);
    EXPECT_FALSE(inQueue(id)) << "nothing left to do for it";
}

TEST_F(FollowupDeskTest, ASnoozeOnTodayOrBeforeOrOnAFollowUpWithNothingWaitingIsRefusedAndChangesNothing)
{
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    const qint64 id = ledger.runAt(at(3)).followupIds.value(0);
    const int audit = auditRows();
    EXPECT_TRUE(refusal([&] { desk.snooze(id, at(3)); }).contains(QStringLiteral("must be after today")));
    EXPECT_TRUE(refusal([&] { desk.snooze(id, at(1)); }).contains(day(at(1))));
    EXPECT_TRUE(refusal([&] { desk.snooze(999, at(9)); }).contains(QStringLiteral("no follow-up 999")));
    EXPECT_EQ(auditRows(), audit);
    EXPECT_FALSE(emailOf(id).nextAttemptAt.isValid());

    send();
    EXPECT_TRUE(refusal([&] { desk.snooze(id, at(9)); }).contains(QStringLiteral("nothing to snooze")));
}

TEST_F(FollowupDeskTest, AQueuedEmailIsEditedForThisMessageOnlyOnTheVersionSeenAndTheServerGetsTheEditedText)
{
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    const qint64 id = ledger.runAt(at(3)).followupIds.value(0);
    const OutboxMessage before = emailOf(id);

    const auto edited = desk.editEmail(before.id, before.version, QStringLiteral("About your invoice, Anna"),
                                       QStringLiteral("Dear Anna,\nas discussed on the phone.\n"),
                                       QStringLiteral("<p>Dear Anna,</p><p>as discussed on the phone.</p>"));
    EXPECT_EQ(edited.subject, QStringLiteral("About your invoice, Anna"));
    EXPECT_EQ(edited.version, before.version + 1);
    const auto audit = ledger->audit().entries(QStringLiteral("outbox"), QString::number(before.id));
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.last().action, QStringLiteral("edit"));
    EXPECT_TRUE(audit.last().before.contains(before.subject)) << audit.last().before.toStdString();

    // Someone else's edit in between: the stale version is refused and the message keeps the newer text.
    EXPECT_TRUE(
        refusal(
            [&] { desk.editEmail(before.id, before.version, QStringLiteral("x"), QStringLiteral("y"), {}); },
            SettleError::Kind::Conflict)
            .contains(QStringLiteral("changed by someone else")));
    EXPECT_TRUE(refusal([&] {
                    desk.editEmail(before.id, edited.version, QStringLiteral(" "), QStringLiteral("y"), {});
                }).contains(QStringLiteral("subject is empty")));
    EXPECT_TRUE(refusal([&] {
                    desk.editEmail(before.id, edited.version, QStringLiteral("a\r\nBcc: x@evil.example"),
                                   QStringLiteral("y"), {});
                }).contains(QStringLiteral("one line")));
    EXPECT_EQ(emailOf(id).subject, QStringLiteral("About your invoice, Anna"));

    send();
    const auto received = server.received();
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received[0].subject(), QStringLiteral("About your invoice, Anna"));
    EXPECT_TRUE(received[0].text("text").contains(QStringLiteral("as discussed on the phone.")))
        << received[0].text("text").toStdString();

    const auto sent = emailOf(id);
    EXPECT_TRUE(refusal([&] {
                    desk.editEmail(sent.id, sent.version, QStringLiteral("late"), QStringLiteral("y"), {});
                }).contains(QStringLiteral("only a queued message can be edited")));
}

TEST_F(FollowupDeskTest, SendSelectedSendsOnlyTheChosenMessages)
{
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addCustomerWithEmail(QStringLiteral("C002"));
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.addInvoiceOn(QStringLiteral("C002"), issued, 200000);
    const auto run = ledger.runAt(at(3));
    ASSERT_EQ(run.followupIds.size(), 2);
    const auto first = emailOf(run.followupIds[0]);
    const auto second = emailOf(run.followupIds[1]);

    const auto report = send({second.id});
    ASSERT_EQ(report.outcomes.size(), 1);
    EXPECT_EQ(report.outcomes[0].id, second.id);
    EXPECT_EQ(server.received().size(), 1);
    EXPECT_EQ(server.received()[0].rcptTos(), QStringList{second.to});
    EXPECT_EQ(Outbox(*ledger).get(first.id).state, OutboxMessage::State::Queued);
}

TEST_F(FollowupDeskTest, ACallOutcomeWithAPromiseToPayPausesTheInvoiceUntilThePromiseAndLandsInTheLog)
{
    ledger.addCustomer(QStringLiteral("C009")); // no email: the engine asks for a call
    const QString number = ledger.addInvoiceOn(QStringLiteral("C009"), issued, 100000);
    const qint64 id = ledger.runAt(at(3)).followupIds.value(0);
    const auto tasks = desk.tasksOf(id);
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_TRUE(inQueue(id));

    FollowupDesk::Outcome outcome;
    outcome.kind = ContactNote::Kind::Promise;
    outcome.until = at(25);
    outcome.note = QStringLiteral("Pays on the 25th, said Mr Berg");
    const auto done = desk.closeTask(tasks[0].id, outcome);
    EXPECT_EQ(done.state, QStringLiteral("done"));
    EXPECT_EQ(done.outcome, QStringLiteral("promise"));
    EXPECT_EQ(done.doneOn, at(3));
    EXPECT_FALSE(inQueue(id));
    EXPECT_EQ(ledger->invoice(number, at(3)).invoice.promiseUntil, at(25));

    // The next stage (second reminder, day 14) moves past the promise.
    EXPECT_TRUE(ledger.runDaily(at(4), at(25)).isEmpty()) << "paused through the promised date";
    const auto after = ledger.runDaily(at(26), at(60));
    ASSERT_FALSE(after.isEmpty());
    EXPECT_GT(after[0].left(10), day(at(25))) << after[0].toStdString();

    bool logged = false;
    for (const auto& entry : ContactHistory::forCustomer(*ledger, QStringLiteral("C009")))
        if (entry.kind == ContactHistory::Entry::Kind::Note) {
            logged = true;
            EXPECT_EQ(entry.title, QStringLiteral("Outcome: promise"));
            EXPECT_EQ(entry.invoices, number);
            EXPECT_TRUE(entry.detail.startsWith(QStringLiteral("until ") + day(at(25)) +
                                                QStringLiteral(" — Pays on the 25th, said Mr Berg")))
                << entry.detail.toStdString();
            EXPECT_EQ(entry.text, QStringLiteral("Pays on the 25th, said Mr Berg"));
        }
    EXPECT_TRUE(logged);
    EXPECT_EQ(ledger->audit().entries(QStringLiteral("followup_task"), QString::number(tasks[0].id)).size(),
              1);

    // Closed once only.
    EXPECT_TRUE(
        refusal([&] { desk.closeTask(tasks[0].id, outcome); }).contains(QStringLiteral("only an open task")));
}

TEST_F(FollowupDeskTest, AnOutcomeMissingItsPartsOrLegalForACallIsRefusedAndChangesNothing)
{
    ledger.addCustomer(QStringLiteral("C009"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C009"), issued, 100000);
    const qint64 id = ledger.runAt(at(3)).followupIds.value(0);
    const qint64 task = desk.tasksOf(id).value(0).id;
    const int audit = auditRows();
    FollowupDesk::Outcome promise;
    promise.kind = ContactNote::Kind::Promise;
    EXPECT_TRUE(refusal([&] { desk.closeTask(task, promise); }).contains(QStringLiteral("needs its date")));
    promise.until = QDate(2025, 12, 1);
    EXPECT_TRUE(refusal([&] { desk.closeTask(task, promise); }).contains(QStringLiteral("before invoice")));
    FollowupDesk::Outcome dispute;
    dispute.kind = ContactNote::Kind::Dispute;
    EXPECT_TRUE(refusal([&] { desk.closeTask(task, dispute); }).contains(QStringLiteral("needs its text")));
    FollowupDesk::Outcome legal;
    legal.kind = ContactNote::Kind::Legal;
    EXPECT_TRUE(refusal([&] { desk.closeTask(task, legal); }).contains(QStringLiteral("collections review")));
    FollowupDesk::Outcome other;
    other.kind = ContactNote::Kind::Note;
    other.note = QStringLiteral("x");
    other.invoices = {QStringLiteral("INV-NOPE")};
    EXPECT_TRUE(
        refusal([&] { desk.closeTask(task, other); }).contains(QStringLiteral("no invoice INV-NOPE")));
    EXPECT_EQ(auditRows(), audit);
    EXPECT_EQ(desk.task(task).state, QStringLiteral("open"));
    EXPECT_FALSE(ledger->invoice(number, at(3)).invoice.promiseUntil.isValid());

    dispute.note = QStringLiteral("Goods arrived damaged");
    desk.closeTask(task, dispute);
    EXPECT_EQ(ledger->invoice(number, at(3)).invoice.disputeReason, QStringLiteral("Goods arrived damaged"));
}

TEST_F(FollowupDeskTest,
       TheCollectionsReviewEscalatesToLegalAndTheInvoiceHistoryShowsWhatWasRaisedSentAndDecided)
{
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.runAt(at(3));
    send();
    ledger.runDaily(at(4), at(45));
    qint64 review = 0;
    for (const auto& r : ledger.queue().list(true))
        review = r.id;
    ASSERT_NE(review, 0) << "the collections review waits for approval";
    ledger.queue().approve(review);
    const auto tasks = desk.tasksOf(review);
    ASSERT_EQ(tasks.size(), 1);
    FollowupDesk::Outcome legal;
    legal.kind = ContactNote::Kind::Legal;
    legal.note = QStringLiteral("Handed to Miller & Partners");
    EXPECT_EQ(desk.closeTask(tasks[0].id, legal).outcome, QStringLiteral("legal"));

    const auto history = desk.history(number);
    QStringList lines;
    for (const auto& e : history)
        lines << day(e.date) + u' ' + e.title + QStringLiteral(" | ") + e.detail;
    const QString all = lines.join(u'\n');
    ASSERT_GE(history.size(), 5) << all.toStdString();
    EXPECT_EQ(history.first().title, QStringLiteral("Reminder raised (email)")) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Email: "))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("sent to c001@example.com at ") + day(at(3)) +
                             QStringLiteral("T12:00:00")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Collections review raised (task) | approved")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("done: legal — Handed to Miller & Partners")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Outcome: legal | Handed to Miller & Partners")))
        << all.toStdString();
    for (qsizetype k = 1; k < history.size(); ++k)
        EXPECT_LE(history[k - 1].date, history[k].date) << all.toStdString();
    EXPECT_TRUE(refusal([&] {
                    desk.history(QStringLiteral("INV-NOPE"));
                }).contains(QStringLiteral("no invoice INV-NOPE")));
}
