#include "FollowupTestLedger.h"

#include "followup/ReminderPolicies.h"

#include <QMap>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <numeric>

using namespace settle;
using settle::test::day;
using settle::test::FollowupTestLedger;
using settle::test::usd;

namespace {

const QDate firstDay(2026, 1, 1);
const QDate lastDay(2026, 12, 31);

// A small deterministic generator (SplitMix64), so that both simulated ledgers get the same year.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }

private:
    quint64 m_state;
};

using Action = std::function<void(FollowupTestLedger&)>;

// A generated business year: customers on several terms and two policies, invoices issued through
// the year, and what happens to each — paid on time or late, in part, never; disputed and resolved;
// promised and kept or broken; extended; paid in installments; customers put on hold and released.
// Everything happens on its own day, through the same calls a user makes.
class Year
{
public:
    explicit Year(quint64 seed)
    {
        Random random(seed);
        const QStringList terms{QStringLiteral("Net 7"), QStringLiteral("Net 14"), QStringLiteral("Net 30"),
                                QStringLiteral("Net 60")};
        for (int c = 1; c <= 12; ++c)
            m_customers << Customer{QStringLiteral("C%1").arg(c, 2, 10, QLatin1Char('0')), terms[c % 4],
                                    c % 4 == 1 ? QStringLiteral("Brisk") : QStringLiteral("Standard"), c != 7};
        // Holds: one customer twice, one for good.
        at(QDate(2026, 3, 10), [](auto& l) { l.events().setOnHold(QStringLiteral("C03"), true); });
        at(QDate(2026, 4, 20), [](auto& l) { l.events().setOnHold(QStringLiteral("C03"), false); });
        at(QDate(2026, 8, 1), [](auto& l) { l.events().setOnHold(QStringLiteral("C03"), true); });
        at(QDate(2026, 8, 15), [](auto& l) { l.events().setOnHold(QStringLiteral("C03"), false); });
        at(QDate(2026, 9, 1), [](auto& l) { l.events().setOnHold(QStringLiteral("C10"), true); });

        for (int k = 0; k < 160; ++k) {
            const Customer& customer = m_customers[random.between(0, int(m_customers.size()) - 1)];
            const QDate issued = firstDay.addDays(random.between(0, 300));
            const int days = customer.terms.mid(4).toInt();
            const QDate due = issued.addDays(days);
            const qint64 amount = qint64(random.between(10, 500)) * 300; // divisible into three installments
            const QString code = customer.code;
            m_invoices << Invoice{code, issued, amount};
            const int index = int(m_invoices.size());
            const QString number = QStringLiteral("INV-%1").arg(index, 4, 10, QLatin1Char('0'));
            auto pay = [code, number](qint64 cents) {
                return [code, number, cents](FollowupTestLedger& l) {
                    l->recordPayment(code, usd(cents), l.clock().today(), PaymentMethod::BankTransfer, {}, number);
                };
            };
            switch (random.between(0, 9)) {
            case 0:
            case 1:
            case 2: // paid in full, somewhere between issue and two months after due
                at(issued.addDays(random.between(1, days + 60)), pay(amount));
                break;
            case 3: // half, then maybe the rest much later
                at(due.addDays(random.between(-5, 20)), pay(amount / 2));
                if (random.between(0, 1))
                    at(due.addDays(random.between(25, 90)), pay(amount - amount / 2));
                break;
            case 4: // never paid
                break;
            case 5: { // disputed, usually resolved, then paid or not
                const QDate disputed = due.addDays(random.between(-5, 25));
                at(disputed, [number](auto& l) { l.events().dispute(number, QStringLiteral("quantity"), l.clock().today()); });
                if (random.between(0, 3) > 0) {
                    const QDate resolved = disputed.addDays(random.between(0, 40));
                    at(resolved, [number](auto& l) { l.events().resolve(number, l.clock().today()); });
                    if (random.between(0, 1))
                        at(resolved.addDays(random.between(1, 30)), pay(amount));
                }
                break;
            }
            case 6: { // a promise, kept or broken, sometimes renewed
                const QDate made = due.addDays(random.between(1, 20));
                const QDate until = made.addDays(random.between(0, 20));
                at(made, [number, until](auto& l) { l.events().promise(number, until); });
                switch (random.between(0, 2)) {
                case 0: // kept
                    at(made.addDays(random.between(0, int(made.daysTo(until)))), pay(amount));
                    break;
                case 1: // broken, then a new promise (kept late)
                    at(until.addDays(5), [number, until](auto& l) { l.events().promise(number, until.addDays(15)); });
                    at(until.addDays(25), pay(amount));
                    break;
                default: // broken and never paid
                    break;
                }
                break;
            }
            case 7: { // extended before or after the due date
                const QDate when = due.addDays(random.between(-10, 10));
                const QDate to = due.addDays(random.between(11, 45));
                at(std::max(when, issued), [number, to](auto& l) { l.events().extend(number, to); });
                if (random.between(0, 1))
                    at(to.addDays(random.between(1, 10)), pay(amount));
                break;
            }
            default: { // three installments, the first one or two paid
                m_installments.insert(number, {Installment{0, due, amount / 3}, Installment{0, due.addDays(30), amount / 3},
                                               Installment{0, due.addDays(60), amount / 3}});
                const int paid = random.between(0, 2);
                for (int i = 0; i < paid; ++i)
                    at(due.addDays(30 * i + random.between(-2, 12)), pay(amount / 3));
                break;
            }
            }
        }
    }

    // Customers, a Brisk policy of the test's own, invoices and installment plans, as of the first day.
    void populate(FollowupTestLedger& ledger) const
    {
        ReminderPolicy firm;
        firm.name = QStringLiteral("Brisk");
        auto stage = [](const char* name, int offset, int gap, Channels channels) {
            Stage s;
            s.name = QString::fromUtf8(name);
            s.offsetDays = offset;
            s.gapDays = gap;
            s.channels = channels;
            return s;
        };
        Stage overdue = stage("Overdue", 1, 0, Channels::Email);
        overdue.feeMicros = 5'000'000;
        Stage letter = stage("Letter", 10, 5, Channels::Letter);
        letter.feeRate = Rate::fromPercent(1);
        letter.statesInterest = true;
        Stage call = stage("Call", 20, 5, Channels::Task);
        call.needsApproval = true;
        firm.stages = {stage("Heads-up", -5, 0, Channels::Email), stage("Second heads-up", -1, 0, Channels::Email),
                       overdue, letter, call};
        ReminderPolicies(*ledger).add(firm);
        for (const auto& c : m_customers) {
            settle::Customer customer;
            customer.code = c.code;
            customer.name = QStringLiteral("Customer ") + c.code;
            customer.email = c.hasEmail ? c.code.toLower() + QStringLiteral("@example.com") : QString();
            customer.currency = QStringLiteral("USD");
            customer.terms = c.terms;
            customer.policy = c.policy;
            ledger->addCustomer(customer);
        }
        // Issued in order of their numbers; the ones dated later simply do not exist before their day.
        for (const auto& i : m_invoices)
            ledger.addInvoiceOn(i.customer, i.issued, i.amount);
        for (auto it = m_installments.cbegin(); it != m_installments.cend(); ++it)
            ledger.events().setInstallments(it.key(), it.value());
    }

    void applyDay(FollowupTestLedger& ledger, QDate d) const
    {
        ledger.clock().setToday(d);
        const auto range = m_actions.equal_range(d);
        for (auto it = range.first; it != range.second; ++it)
            it->second(ledger);
    }

private:
    struct Customer
    {
        QString code;
        QString terms;
        QString policy;
        bool hasEmail = true;
    };
    struct Invoice
    {
        QString customer;
        QDate issued;
        qint64 amount = 0;
    };

    void at(QDate d, Action action) { m_actions.emplace(std::min(std::max(d, firstDay), lastDay), std::move(action)); }

    QList<Customer> m_customers;
    QList<Invoice> m_invoices;
    QMap<QString, QList<Installment>> m_installments;
    std::multimap<QDate, Action> m_actions; // in the order they were scheduled within a day
};

// Everything the engine wrote, in a form two ledgers can be compared by.
QStringList raisedRecords(FollowupTestLedger& ledger)
{
    QStringList lines;
    for (const auto& r : ledger.queue().list()) {
        QStringList items;
        for (const auto& item : r.items)
            items << QStringLiteral("%1/%2 due %3 balance %4 interest %5 fee %6 %7")
                         .arg(item.due.number)
                         .arg(item.due.installment)
                         .arg(day(item.due.dueDate))
                         .arg(item.due.balance)
                         .arg(item.interest)
                         .arg(item.fee)
                         .arg(item.feeInvoiceNumber);
        QStringList deliveries;
        for (const auto& d : r.deliveries)
            deliveries << QStringLiteral("%1:%2:%3").arg(int(d.kind)).arg(d.subject, d.to);
        lines << QStringLiteral("%1 %2 %3 [%4] %5 {%6}")
                     .arg(day(r.raisedOn), r.customerCode, r.stageName, items.join(QStringLiteral("; ")),
                          FollowupRecord::stateName(r.state), deliveries.join(QStringLiteral(" | ")));
    }
    lines.sort();
    return lines;
}

QStringList recordedEvents(FollowupTestLedger& ledger)
{
    QStringList lines;
    for (int c = 1; c <= 12; ++c)
        for (const auto& e : ledger.events().forCustomer(QStringLiteral("C%1").arg(c, 2, 10, QLatin1Char('0'))))
            lines << QStringLiteral("%1 %2 %3 %4 until %5")
                         .arg(e.customerCode, e.invoiceNumber, InvoiceEvent::kindName(e.kind), day(e.date),
                              IsoDate::formatOptional(e.until));
    lines.sort();
    return lines;
}

} // namespace

TEST(FollowupSimulation, AYearDayByDayEqualsRunningOnlyOnDaysWithWorkAndNeverRaisesTwice)
{
    const Year year(20260101);
    FollowupTestLedger daily(firstDay);
    FollowupTestLedger busyDaysOnly(firstDay);
    year.populate(daily);
    year.populate(busyDaysOnly);

    int busyDays = 0;
    int raisedTwiceTheSameDay = 0;
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(1)) {
        year.applyDay(daily, d);
        year.applyDay(busyDaysOnly, d);

        // Every day, twice (the GUI's timer and a cron job): the second run finds nothing new.
        FollowupRunner(*daily).run(d);
        const auto again = FollowupRunner(*daily).run(d);
        raisedTwiceTheSameDay += int(again.raised.itemCount() + again.verdicts.size());

        // Only on days the plan says there is work, and once more on the last day (the next start).
        if (!FollowupRunner(*busyDaysOnly).plan(d).isEmpty() || d == lastDay) {
            FollowupRunner(*busyDaysOnly).run(d);
            ++busyDays;
        }
    }
    EXPECT_EQ(raisedTwiceTheSameDay, 0);

    const QStringList everyDay = raisedRecords(daily);
    EXPECT_EQ(raisedRecords(busyDaysOnly), everyDay);
    EXPECT_EQ(recordedEvents(busyDaysOnly), recordedEvents(daily));
    EXPECT_LT(busyDays, 365) << "the comparison means something only if some days had no work";

    // The year exercised what it was meant to.
    const QString all = everyDay.join(u'\n');
    for (const char* stage : {"Upcoming", "Reminder", "Second reminder", "Final notice", "Collections review",
                              "Heads-up", "Second heads-up", "Overdue", "Letter", "Call"})
        EXPECT_TRUE(all.contains(QStringLiteral(" %1 [").arg(QString::fromUtf8(stage)))) << stage;
    EXPECT_TRUE(all.contains(QStringLiteral("FEE-0001")));
    EXPECT_TRUE(all.contains(QStringLiteral("/3 due")));
    const QString events = recordedEvents(daily).join(u'\n');
    for (const char* kind : {"dispute", "resolve", "promise_kept", "promise_broken", "extend", "hold", "release"})
        EXPECT_TRUE(events.contains(QStringLiteral(" %1 ").arg(QString::fromUtf8(kind)))) << kind;

    // Never twice, and strictly in order: per due amount, each stage once, each later than the last,
    // with no stage skipped except the ones before the due date.
    const auto policies = ReminderPolicies(*daily).all();
    QHash<QString, int> firstPostDue;
    for (const auto& policy : policies)
        for (int k = 0; k < policy.stages.size(); ++k)
            if (!policy.stages[k].isPreDue() && !firstPostDue.contains(policy.name))
                firstPostDue.insert(policy.name, k);
    std::map<std::pair<QString, int>, QList<std::pair<QDate, int>>> byDueAmount;
    QHash<QString, QString> policyOf;
    for (const auto& r : daily.queue().list())
        for (const auto& item : r.items) {
            byDueAmount[{item.due.number, item.due.installment}] << std::pair{r.raisedOn, r.stageIndex};
            policyOf.insert(item.due.number, daily->customer(r.customerCode)->policy);
        }
    ASSERT_GT(byDueAmount.size(), 100u);
    for (auto& [key, stages] : byDueAmount) {
        std::sort(stages.begin(), stages.end());
        const QString what = QStringLiteral("%1/%2").arg(key.first).arg(key.second);
        for (qsizetype k = 1; k < stages.size(); ++k) {
            EXPECT_LT(stages[k - 1].first, stages[k].first) << what.toStdString() << ": two stages on one day";
            const bool skippedOnlyPreDue = stages[k].second == stages[k - 1].second + 1 ||
                                           stages[k].second == firstPostDue.value(policyOf.value(key.first));
            EXPECT_TRUE(skippedOnlyPreDue) << what.toStdString() << ": stage " << stages[k - 1].second << " then "
                                           << stages[k].second;
        }
        EXPECT_LE(stages.first().second, firstPostDue.value(policyOf.value(key.first))) << what.toStdString();
    }

    // Each raised stage checked against the rule from the recorded events alone: nothing while disputed,
    // promised or on hold; not before due + offset (due as extended by then), a pre-due stage not after
    // due, and not before the gap since the stage before.
    QHash<QString, ReminderPolicy> policyByName;
    for (const auto& policy : policies)
        policyByName.insert(policy.name, policy);
    int checked = 0;
    for (const auto& r : daily.queue().list()) {
        const QString policyName = daily->customer(r.customerCode)->policy;
        const Stage& stage = policyByName.value(policyName).stages.at(r.stageIndex);
        const QDate d = r.raisedOn;
        bool onHold = false;
        for (const auto& e : daily.events().forCustomer(r.customerCode))
            if (e.date <= d && (e.kind == InvoiceEvent::Kind::Hold || e.kind == InvoiceEvent::Kind::Release))
                onHold = e.kind == InvoiceEvent::Kind::Hold;
        EXPECT_FALSE(onHold) << r.customerCode.toStdString() << " on hold on " << day(d).toStdString();
        for (const auto& item : r.items) {
            const QString what = QStringLiteral("%1/%2 %3 on %4").arg(item.due.number).arg(item.due.installment).arg(r.stageName, day(d));
            const auto invoice = daily->invoice(item.due.number, d).invoice;
            QDate due = invoice.dueDate;
            QDate disputedSince, promisedUntil;
            for (const auto& e : daily.events().forInvoice(item.due.number)) {
                if (e.date > d)
                    continue;
                if (e.kind == InvoiceEvent::Kind::Extend)
                    due = e.until;
                if (e.kind == InvoiceEvent::Kind::Dispute)
                    disputedSince = e.date;
                if (e.kind == InvoiceEvent::Kind::Resolve)
                    disputedSince = QDate();
                if (e.kind == InvoiceEvent::Kind::Promise)
                    promisedUntil = e.until;
            }
            if (item.due.installment > 0) {
                const auto plan = daily.events().installments(item.due.number);
                due = std::max(plan.at(item.due.installment - 1).dueDate,
                               due == invoice.dueDate ? plan.at(item.due.installment - 1).dueDate : due);
            }
            EXPECT_EQ(item.due.dueDate, due) << what.toStdString();
            EXPECT_FALSE(disputedSince.isValid()) << what.toStdString() << ": disputed";
            EXPECT_FALSE(promisedUntil.isValid() && promisedUntil >= d) << what.toStdString() << ": under a promise";
            EXPECT_GT(item.due.balance, 0) << what.toStdString();
            EXPECT_GE(d, due.addDays(stage.offsetDays)) << what.toStdString();
            if (stage.isPreDue()) {
                EXPECT_LE(d, due) << what.toStdString();
            }
            const auto& history = byDueAmount[{item.due.number, item.due.installment}];
            for (qsizetype k = 1; k < history.size(); ++k)
                if (history[k].first == d) {
                    EXPECT_GE(d, history[k - 1].first.addDays(stage.gapDays)) << what.toStdString() << ": gap";
                }
            ++checked;
        }
    }
    EXPECT_EQ(checked, qsizetype(std::accumulate(byDueAmount.cbegin(), byDueAmount.cend(), qsizetype(0),
                                                 [](qsizetype n, const auto& entry) { return n + entry.second.size(); })));
}
