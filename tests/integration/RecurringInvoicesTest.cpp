#include "TempLedger.h"

#include "errors/SettleError.h"
#include "followup/FollowupTimer.h"
#include "mail/Outbox.h"
#include "recurring/RecurringInvoices.h"
#include "storage/AuditLog.h"

#include <gtest/gtest.h>

#include <latch>
#include <thread>

using namespace settle;
using namespace settle::test;
using Every = RecurringSchedule::Every;

namespace {

// An issued invoice of two lines, one taxed: 1000.00 + 2 × 100.00 + 19 % of 200.00 = 1238.00.
QString addTemplate(TempLedger& ledger, const QString& customer, QDate issued)
{
    Invoice draft;
    draft.customerCode = customer;
    draft.issueDate = issued;
    InvoiceLine retainer;
    retainer.description = QStringLiteral("Monthly retainer");
    retainer.unitPrice = 100000;
    InvoiceLine hosting;
    hosting.description = QStringLiteral("Hosting");
    hosting.quantity = 20'000;
    hosting.unitPrice = 10000;
    hosting.taxRate = Rate::fromPercent(19);
    draft.lines << retainer << hosting;
    return ledger->issue(ledger->createDraft(draft), issued).number;
}

// Three schedules: monthly from an invoice of 01-31 (C1), monthly from 01-15 (C2, Net 14), quarterly
// from 2025-11-30 (C3). Their dates from 2026-02-01 for 100 days (to 2026-05-11), by date then schedule:
const QList<std::pair<qint64, QDate>> expectedDates{
    {2, QDate(2026, 2, 15)}, {1, QDate(2026, 2, 28)}, {3, QDate(2026, 2, 28)}, {2, QDate(2026, 3, 15)},
    {1, QDate(2026, 3, 31)}, {2, QDate(2026, 4, 15)}, {1, QDate(2026, 4, 30)}};
const QDate firstDay(2026, 2, 1);
constexpr int days = 100;

// Returns the templates' numbers, by schedule.
QStringList addSchedules(TempLedger& ledger)
{
    ledger.addCustomer(QStringLiteral("C1"));
    ledger.addCustomer(QStringLiteral("C2"), QStringLiteral("Net 14"));
    ledger.addCustomer(QStringLiteral("C3"));
    QStringList templates;
    templates << addTemplate(ledger, QStringLiteral("C1"), QDate(2026, 1, 31))
                    << addTemplate(ledger, QStringLiteral("C2"), QDate(2026, 1, 15))
                    << addTemplate(ledger, QStringLiteral("C3"), QDate(2025, 11, 30));
    RecurringInvoices recurring(*ledger);
    EXPECT_EQ(recurring.add(templates[0], Every::Month), 1);
    EXPECT_EQ(recurring.add(templates[1], Every::Month), 2);
    EXPECT_EQ(recurring.add(templates[2], Every::Quarter), 3);
    return templates;
}

// Every invoice of the ledger ordered by number: the numbers run INV-0001.. without a gap, and the
// issue dates never go back as the numbers go up.
void expectNumbersWithoutGaps(TempLedger& ledger, int count)
{
    auto listed = ledger->invoices({}, QDate(2030, 1, 1));
    std::sort(listed.begin(), listed.end(),
              [](const auto& a, const auto& b) { return a.invoice.number < b.invoice.number; });
    ASSERT_EQ(listed.size(), count);
    for (int i = 0; i < count; ++i)
        EXPECT_EQ(listed[i].invoice.number, QStringLiteral("INV-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
    for (int i = 4; i < count; ++i) // after the three templates
        EXPECT_LE(listed[i - 1].invoice.issueDate, listed[i].invoice.issueDate) << listed[i].invoice.number.toStdString();
}

// What the schedules issued, by date then schedule, read back from the ledger.
QList<std::pair<qint64, QDate>> issuedDates(TempLedger& ledger)
{
    QList<std::pair<qint64, QDate>> result;
    RecurringInvoices recurring(*ledger);
    for (const auto& s : recurring.list())
        for (const auto& issue : recurring.issuedBy(s.id))
            result << std::pair{issue.scheduleId, issue.issueDate};
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
    return result;
}

} // namespace

// A run every day for 100 days, twice a day, issues each schedule's dates on their day and nothing else:
// month ends on the month's last day, each invoice a copy of its template dated the schedule's date,
// due by the copied terms, numbered next in the sequence.
TEST(Recurring, RunEveryDayTwiceIssuesExactlyItsDatesWithNumbersWithoutGaps)
{
    TempLedger ledger(firstDay);
    const QStringList templates = addSchedules(ledger);
    RecurringInvoices recurring(*ledger);
    QList<std::pair<qint64, QDate>> issued;
    int number = 4;
    for (int day = 0; day < days; ++day) {
        const QDate today = firstDay.addDays(day);
        ledger.clock().setToday(today);
        const auto first = recurring.run(today);
        const auto second = recurring.run(today);
        EXPECT_TRUE(second.issued.isEmpty()) << "second run on " << today.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(first.asOf, today);
        for (const auto& issue : first.issued) {
            EXPECT_EQ(issue.issueDate, today) << "a run every day issues each date on its day";
            EXPECT_EQ(issue.number, QStringLiteral("INV-%1").arg(number++, 4, 10, QLatin1Char('0')));
            issued << std::pair{issue.scheduleId, issue.issueDate};
            const Invoice invoice = ledger->invoice(issue.number, today).invoice;
            const Invoice original = ledger->invoice(templates[int(issue.scheduleId) - 1], today).invoice;
            EXPECT_EQ(invoice.status, InvoiceStatus::Open);
            EXPECT_EQ(invoice.issueDate, today);
            EXPECT_EQ(invoice.dueDate, today.addDays(issue.scheduleId == 2 ? 14 : 30));
            EXPECT_EQ(invoice.customerCode, original.customerCode);
            EXPECT_EQ(invoice.terms.name, original.terms.name);
            ASSERT_EQ(invoice.lines.size(), 2);
            EXPECT_EQ(invoice.lines[1].description, QStringLiteral("Hosting"));
            EXPECT_EQ(invoice.lines[1].quantity, 20'000);
            EXPECT_EQ(invoice.lines[1].tax, 3800);
            EXPECT_EQ(invoice.total, 123800);
            EXPECT_EQ(issue.total, usd(123800));
        }
    }
    EXPECT_EQ(issued, expectedDates);
    EXPECT_EQ(issuedDates(ledger), expectedDates);
    expectNumbersWithoutGaps(ledger, 3 + int(expectedDates.size()));

    const auto schedules = recurring.list();
    ASSERT_EQ(schedules.size(), 3);
    EXPECT_EQ(schedules[0].issuedCount, 3);
    EXPECT_EQ(schedules[0].lastIssued, QDate(2026, 4, 30));
    EXPECT_EQ(schedules[0].nextDate, QDate(2026, 5, 31));
    EXPECT_EQ(schedules[2].nextDate, QDate(2026, 5, 30));
}

// A run after days nobody ran catches up: every missed date at once, oldest first, each with its own
// issue date (not the run's).
TEST(Recurring, ALateRunIssuesEveryMissedDateWithItsOwnDate)
{
    TempLedger ledger(firstDay);
    addSchedules(ledger);
    const auto result = RecurringInvoices(*ledger).run(firstDay.addDays(days - 1));
    QList<std::pair<qint64, QDate>> issued;
    for (const auto& issue : result.issued)
        issued << std::pair{issue.scheduleId, issue.issueDate};
    EXPECT_EQ(issued, expectedDates);
    expectNumbersWithoutGaps(ledger, 3 + int(expectedDates.size()));
    EXPECT_TRUE(RecurringInvoices(*ledger).run(firstDay.addDays(days - 1)).issued.isEmpty());
}

// Two connections (as two programs would) run the schedules every day for 100 days, twice a day, at the
// same moment: each date is issued once, by one of them, the numbers without a gap, and neither sees
// an error. On PostgreSQL the loser's insert meets the primary key and its write rolls back whole.
TEST(Recurring, TwoConnectionsAtOnceIssueEachDateOnce)
{
    TempLedger ledger(firstDay);
    addSchedules(ledger);
    struct Side
    {
        QList<std::pair<qint64, QDate>> issued;
        QStringList failures;
    };
    std::latch start(2);
    const auto work = [&](Side& side) {
        try {
            FixedClock clock(firstDay);
            auto own = Ledger::open(ledger.path(), Database::OpenMode::MustExist, clock);
            RecurringInvoices recurring(*own);
            start.arrive_and_wait();
            for (int day = 0; day < days; ++day)
                for (int time = 0; time < 2; ++time)
                    for (const auto& issue : recurring.run(firstDay.addDays(day)).issued)
                        side.issued << std::pair{issue.scheduleId, issue.issueDate};
        } catch (const std::exception& e) {
            side.failures << QString::fromUtf8(e.what());
        }
    };
    Side one, two;
    std::thread first(work, std::ref(one));
    std::thread second(work, std::ref(two));
    first.join();
    second.join();
    EXPECT_TRUE(one.failures.isEmpty()) << one.failures.join(u'\n').toStdString();
    EXPECT_TRUE(two.failures.isEmpty()) << two.failures.join(u'\n').toStdString();
    auto both = one.issued + two.issued;
    std::sort(both.begin(), both.end(),
              [](const auto& a, const auto& b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
    EXPECT_EQ(both, expectedDates);
    EXPECT_EQ(issuedDates(ledger), expectedDates);
    expectNumbersWithoutGaps(ledger, 3 + int(expectedDates.size()));
}

TEST(Recurring, UntilIsTheLastDateIssued)
{
    TempLedger ledger(firstDay);
    ledger.addCustomer(QStringLiteral("C1"));
    const QString from = addTemplate(ledger, QStringLiteral("C1"), QDate(2026, 1, 31));
    RecurringInvoices recurring(*ledger);
    const qint64 id = recurring.add(from, Every::Month, {}, QDate(2026, 4, 29));
    const auto result = recurring.run(QDate(2026, 12, 31));
    ASSERT_EQ(result.issued.size(), 2);
    EXPECT_EQ(result.issued[0].issueDate, QDate(2026, 2, 28));
    EXPECT_EQ(result.issued[1].issueDate, QDate(2026, 3, 31));
    const auto s = recurring.schedule(id);
    EXPECT_EQ(s.until, QDate(2026, 4, 29));
    EXPECT_FALSE(s.nextDate.isValid()) << "ended";
    EXPECT_TRUE(s.isActive());
}

TEST(Recurring, AnExplicitStartSetsTheAnchor)
{
    TempLedger ledger(firstDay);
    ledger.addCustomer(QStringLiteral("C1"));
    const QString from = addTemplate(ledger, QStringLiteral("C1"), QDate(2026, 1, 10));
    RecurringInvoices recurring(*ledger);
    const qint64 id = recurring.add(from, Every::Quarter, QDate(2026, 3, 31));
    const auto s = recurring.schedule(id);
    EXPECT_EQ(s.start, QDate(2026, 3, 31));
    EXPECT_EQ(s.anchorDay, 31);
    const auto result = recurring.run(QDate(2026, 12, 31));
    ASSERT_EQ(result.issued.size(), 4);
    EXPECT_EQ(result.issued[1].issueDate, QDate(2026, 6, 30));
    EXPECT_EQ(result.issued[2].issueDate, QDate(2026, 9, 30));
    EXPECT_EQ(result.issued[3].issueDate, QDate(2026, 12, 31));
}

// A stopped schedule issues nothing more, and says when it stopped; stopping it twice is refused.
TEST(Recurring, StopEndsASchedule)
{
    TempLedger ledger(QDate(2026, 3, 5));
    ledger.addCustomer(QStringLiteral("C1"));
    const QString from = addTemplate(ledger, QStringLiteral("C1"), QDate(2026, 1, 31));
    RecurringInvoices recurring(*ledger);
    const qint64 id = recurring.add(from, Every::Month);
    EXPECT_EQ(recurring.run(QDate(2026, 3, 5)).issued.size(), 1);
    int changes = 0;
    QObject::connect(&*ledger, &Ledger::changed, [&](Ledger::Changes c) {
        EXPECT_TRUE(c.testFlag(Ledger::Change::Recurring));
        ++changes;
    });
    recurring.stop(id);
    EXPECT_EQ(changes, 1);
    EXPECT_TRUE(recurring.run(QDate(2026, 12, 31)).issued.isEmpty());
    const auto s = recurring.schedule(id);
    EXPECT_EQ(s.stoppedOn, QDate(2026, 3, 5));
    EXPECT_FALSE(s.nextDate.isValid());
    EXPECT_EQ(recurring.issuedBy(id).size(), 1);
    try {
        recurring.stop(id);
        FAIL() << "stopped twice";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("already stopped on 2026-03-05"))) << e.what();
    }
    EXPECT_EQ(ledger->audit().entries(QStringLiteral("recurring"), QString::number(id)).size(), 3); // create, issue, stop
}

// A draft, a void or an unknown invoice, an end before the start and a start not after the invoice are
// refused in words, and nothing is written: no schedule, no audit row.
TEST(Recurring, BadInputChangesNothing)
{
    TempLedger ledger(firstDay);
    ledger.addCustomer(QStringLiteral("C1"));
    const QString issued = addTemplate(ledger, QStringLiteral("C1"), QDate(2026, 1, 31));
    const QString voided = addTemplate(ledger, QStringLiteral("C1"), QDate(2026, 1, 20));
    ledger->voidInvoice(voided, QDate(2026, 1, 21));
    Invoice draft;
    draft.customerCode = QStringLiteral("C1");
    InvoiceLine line;
    line.description = QStringLiteral("Draft");
    line.unitPrice = 500;
    draft.lines << line;
    ledger->createDraft(draft);
    const auto auditBefore = ledger->audit().entries().size();
    RecurringInvoices recurring(*ledger);
    const auto refused = [&](const std::function<void()>& attempt, const QString& words) {
        try {
            attempt();
            ADD_FAILURE() << "accepted; expected: " << words.toStdString();
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::BadInput) << e.what();
            EXPECT_TRUE(e.message().contains(words)) << e.what();
        }
    };
    refused([&] { recurring.add(voided, Every::Month); }, QStringLiteral("is void"));
    refused([&] { recurring.add(QString(), Every::Month); }, QStringLiteral("no invoice has the number"));
    refused([&] { recurring.add(QStringLiteral("INV-9999"), Every::Month); },
            QStringLiteral("no invoice has the number \"INV-9999\""));
    refused([&] { recurring.add(issued, Every::Month, {}, QDate(2026, 2, 27)); },
            QStringLiteral("the end 2026-02-27 lies before the start 2026-02-28"));
    refused([&] { recurring.add(issued, Every::Month, QDate(2026, 3, 10), QDate(2026, 3, 9)); },
            QStringLiteral("lies before the start"));
    refused([&] { recurring.add(issued, Every::Month, QDate(2026, 1, 31)); },
            QStringLiteral("must come after invoice INV-0001's issue date 2026-01-31"));
    refused([&] { recurring.stop(7); }, QStringLiteral("there is no repeating invoice schedule 7"));
    refused([&] { recurring.issuedBy(7); }, QStringLiteral("there is no repeating invoice schedule 7"));
    EXPECT_TRUE(recurring.list().isEmpty());
    EXPECT_EQ(ledger->audit().entries().size(), auditBefore);
    EXPECT_TRUE(recurring.run(QDate(2027, 1, 1)).issued.isEmpty());
}

// The app's follow-up timer also runs the schedules at the clock's today, catching up the days the
// program did not run, and says what it issued.
TEST(Recurring, TheFollowupTimerIssuesMissedDates)
{
    TempLedger ledger(QDate(2026, 4, 30));
    ledger.addCustomer(QStringLiteral("C1"));
    const QString from = addTemplate(ledger, QStringLiteral("C1"), QDate(2026, 1, 31));
    RecurringInvoices(*ledger).add(from, Every::Month);
    FollowupTimer timer(*ledger);
    QList<QList<RecurringIssue>> runs;
    QObject::connect(&timer, &FollowupTimer::recurringIssued, [&](const QList<RecurringIssue>& i) { runs << i; });
    timer.runNow();
    ASSERT_EQ(runs.size(), 1);
    ASSERT_EQ(runs[0].size(), 3);
    EXPECT_EQ(runs[0][0].issueDate, QDate(2026, 2, 28));
    EXPECT_EQ(runs[0][2].issueDate, QDate(2026, 4, 30));
    timer.runNow(); // nothing new on the same day
    EXPECT_EQ(runs.size(), 1);
    ledger.clock().setToday(QDate(2026, 6, 2));
    timer.runNow();
    ASSERT_EQ(runs.size(), 2);
    ASSERT_EQ(runs[1].size(), 1);
    EXPECT_EQ(runs[1][0].issueDate, QDate(2026, 5, 31));
    EXPECT_EQ(runs[1][0].number, QStringLiteral("INV-0005"));
}

// A schedule made with send queues each invoice it issues for email, with the invoice's PDF, in the same
// write; when the customer has lost its address meanwhile the invoice is issued all the same and the
// run says why it was not emailed. A schedule that sends is refused for a customer without an address.
TEST(Recurring, ASendingScheduleQueuesEachInvoiceWithItsPdf)
{
    TempLedger ledger(firstDay);
    ledger.addCustomer(QStringLiteral("C1"));
    Customer customer = ledger->requireCustomer(QStringLiteral("C1"));
    const QString from = addTemplate(ledger, QStringLiteral("C1"), QDate(2026, 1, 31));
    RecurringInvoices recurring(*ledger);
    try {
        recurring.add(from, Every::Month, {}, {}, true);
        FAIL() << "a schedule that emails, for a customer without an address";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("has no email address"))) << e.what();
    }
    EXPECT_TRUE(recurring.list().isEmpty());

    customer.email = QStringLiteral("ap@c1.example");
    ledger->updateCustomer(customer);
    recurring.add(from, Every::Month, {}, {}, true);
    const auto result = recurring.run(QDate(2026, 3, 31));
    ASSERT_EQ(result.issued.size(), 2);
    Outbox outbox(*ledger);
    for (const auto& issue : result.issued) {
        EXPECT_TRUE(issue.mailProblem.isEmpty()) << issue.mailProblem.toStdString();
        ASSERT_GT(issue.outboxId, 0);
        const OutboxMessage message = outbox.get(issue.outboxId, true);
        EXPECT_EQ(message.to, QStringLiteral("ap@c1.example"));
        EXPECT_EQ(message.state, OutboxMessage::State::Queued);
        ASSERT_EQ(message.attachments.size(), 1);
        EXPECT_TRUE(message.attachments[0].fileName.contains(issue.number)) << message.attachments[0].fileName.toStdString();
        EXPECT_TRUE(message.attachments[0].content.startsWith("%PDF"));
    }
    EXPECT_EQ(outbox.list().size(), 2);

    customer = ledger->requireCustomer(QStringLiteral("C1"));
    customer.email.clear();
    ledger->updateCustomer(customer);
    const auto later = recurring.run(QDate(2026, 4, 30));
    ASSERT_EQ(later.issued.size(), 1);
    EXPECT_EQ(later.issued[0].outboxId, 0);
    EXPECT_TRUE(later.issued[0].mailProblem.contains(QStringLiteral("has no email address")))
        << later.issued[0].mailProblem.toStdString();
    EXPECT_EQ(ledger->invoice(later.issued[0].number, QDate(2026, 4, 30)).invoice.status, InvoiceStatus::Open);
    EXPECT_EQ(outbox.list().size(), 2);
}
