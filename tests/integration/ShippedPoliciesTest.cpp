#include "FollowupTestLedger.h"

#include "errors/SettleError.h"
#include "followup/DefaultPolicy.h"
#include "followup/ReminderPolicies.h"
#include "storage/AuditLog.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::day;
using settle::test::FollowupTestLedger;

namespace {

// Issued 2026-01-01 on Net 30 with 12 % late interest: due 2026-01-31.
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

PaymentTerms withInterest()
{
    PaymentTerms terms;
    terms.name = QStringLiteral("Net 30, 12 % interest");
    terms.days = 30;
    terms.annualInterest = Rate::fromPercent(12);
    return terms;
}

// A customer on `policy` with one invoice of 1,000.00 on terms with interest.
void customerOn(FollowupTestLedger& ledger, const QString& policy)
{
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ReminderPolicies(*ledger).assign(QStringLiteral("C001"), policy);
    const PaymentTerms terms = withInterest();
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000, &terms);
}

// Every follow-up of the ledger, oldest first.
QList<FollowupRecord> raised(FollowupTestLedger& ledger)
{
    QList<FollowupRecord> records;
    for (const auto& listed : ledger.queue().list())
        records.prepend(ledger.queue().get(listed.id));
    return records;
}

QList<FollowupRecord::Delivery::Kind> kinds(const FollowupRecord& record)
{
    QList<FollowupRecord::Delivery::Kind> result;
    for (const auto& delivery : record.deliveries)
        result << delivery.kind;
    return result;
}

bool exists(FollowupTestLedger& ledger, const QString& number)
{
    try {
        ledger->invoice(number, at(90));
        return true;
    } catch (const SettleError&) {
        return false;
    }
}

using Kind = FollowupRecord::Delivery::Kind;

} // namespace

TEST(ShippedPolicies, TheMigratedPoliciesAreTheDefaultPolicies)
{
    FollowupTestLedger ledger;
    const auto all = ReminderPolicies(*ledger).all();
    ASSERT_EQ(all.size(), 3);
    for (ReminderPolicy expected : DefaultPolicy::all()) {
        const ReminderPolicy stored = ReminderPolicies(*ledger).require(expected.name);
        expected.id = stored.id;
        expected.version = stored.version;
        EXPECT_EQ(stored, expected) << expected.name.toStdString();
        EXPECT_TRUE(expected.problems().isEmpty()) << expected.problems().join(u'\n').toStdString();
    }
}

// Gentle: the reminder ten days after the due date, no fee and no interest anywhere, a call task
// where Standard sends the final-notice letter, and the collections review waits for a person.
TEST(ShippedPolicies, GentleRemindsLaterChargesNothingCallsInsteadOfALetterAndAsksBeforeTheReview)
{
    FollowupTestLedger ledger;
    customerOn(ledger, QStringLiteral("Gentle"));
    EXPECT_EQ(ledger.runDaily(issued, at(90)),
              (QStringList{line(-3, "C001 Upcoming INV-0001"), line(10, "C001 Reminder INV-0001"),
                           line(24, "C001 Second reminder INV-0001"), line(40, "C001 Call INV-0001"),
                           line(60, "C001 Collections review INV-0001")}));
    auto records = raised(ledger);
    ASSERT_EQ(records.size(), 5);
    for (const auto& record : records) {
        ASSERT_EQ(record.items.size(), 1) << record.stageName.toStdString();
        EXPECT_EQ(record.items[0].interest, 0) << record.stageName.toStdString();
        EXPECT_EQ(record.items[0].fee, 0) << record.stageName.toStdString();
        EXPECT_FALSE(kinds(record).contains(Kind::Letter)) << record.stageName.toStdString();
    }
    EXPECT_EQ(kinds(records[3]), QList<Kind>{Kind::Task}) << "a call, not a letter or an email";
    EXPECT_TRUE(records[3].deliveries[0].subject.startsWith(QStringLiteral("Call: Customer C001")))
        << records[3].deliveries[0].subject.toStdString();
    EXPECT_EQ(records[3].state, FollowupRecord::State::Queued);

    EXPECT_EQ(records[4].state, FollowupRecord::State::PendingApproval);
    EXPECT_TRUE(records[4].deliveries.isEmpty()) << "nothing is delivered before a person approves";
    const auto approved = ledger.queue().approve(records[4].id);
    EXPECT_EQ(kinds(approved), QList<Kind>{Kind::Task});
    EXPECT_FALSE(exists(ledger, QStringLiteral("FEE-0001"))) << "Gentle charges no fee, also when approved";
    EXPECT_EQ(ledger->invoice(QStringLiteral("INV-0001"), at(90)).balance, 100000);
}

// Firm: the heads-up a week before the due date, then every few days; from the final notice on a
// fee of 10.00 (its own charge) and the interest under the terms; the review still needs approval.
TEST(ShippedPolicies, FirmWarnsEarlierFollowsCloserAndChargesAFeeAndInterestFromTheFinalNotice)
{
    FollowupTestLedger ledger;
    customerOn(ledger, QStringLiteral("Firm"));
    EXPECT_EQ(ledger.runDaily(issued, at(90)),
              (QStringList{line(-7, "C001 Upcoming INV-0001"), line(1, "C001 Reminder INV-0001"),
                           line(7, "C001 Second reminder INV-0001"), line(14, "C001 Final notice INV-0001"),
                           line(21, "C001 Collections review INV-0001")}));
    auto records = raised(ledger);
    ASSERT_EQ(records.size(), 5);
    for (int k = 0; k < 3; ++k) {
        EXPECT_EQ(records[k].items[0].fee, 0) << records[k].stageName.toStdString();
        EXPECT_EQ(records[k].items[0].interest, 0) << records[k].stageName.toStdString();
    }
    const FollowupRecord& notice = records[3];
    EXPECT_EQ(kinds(notice), (QList<Kind>{Kind::Email, Kind::Letter}));
    EXPECT_EQ(notice.items[0].fee, 1000);
    EXPECT_EQ(notice.items[0].feeInvoiceNumber, QStringLiteral("FEE-0001"));
    // 1,000.00 × 12 % × 14 / 365 days = 4.60
    EXPECT_EQ(notice.items[0].interest, 460);
    for (const auto& delivery : notice.deliveries) {
        EXPECT_TRUE(delivery.body.contains(QStringLiteral("Interest under the payment terms: 4.60 USD")))
            << delivery.body.toStdString();
        EXPECT_TRUE(delivery.body.contains(QStringLiteral("Reminder fees: 10.00 USD")));
    }
    EXPECT_EQ(ledger->invoice(QStringLiteral("FEE-0001"), at(14)).invoice.total, 1000);

    const FollowupRecord& review = records[4];
    EXPECT_EQ(review.state, FollowupRecord::State::PendingApproval);
    // 1,000.00 × 12 % × 21 / 365 days = 6.90
    EXPECT_EQ(review.items[0].interest, 690);
    const auto approved = ledger.queue().approve(review.id);
    EXPECT_EQ(kinds(approved), QList<Kind>{Kind::Task});
    EXPECT_FALSE(exists(ledger, QStringLiteral("FEE-0002"))) << "the fee is charged once, at the final notice";
}

// A customer moved to another policy goes on from the last stage raised, at the new policy's days.
TEST(ShippedPolicies, ACustomerMovedToFirmGoesOnFromTheLastStageAtFirmsDays)
{
    FollowupTestLedger ledger;
    customerOn(ledger, QStringLiteral("Standard"));
    EXPECT_EQ(ledger.runDaily(issued, at(5)),
              (QStringList{line(-3, "C001 Upcoming INV-0001"), line(3, "C001 Reminder INV-0001")}));
    ReminderPolicies(*ledger).assign(QStringLiteral("C001"), QStringLiteral("Firm"));
    EXPECT_EQ(ledger.runDaily(at(6), at(30)),
              (QStringList{line(8, "C001 Second reminder INV-0001"), line(14, "C001 Final notice INV-0001"),
                           line(21, "C001 Collections review INV-0001")}))
        << "Firm's second reminder at due + 7, but not before its gap of 5 days after 02-03";
}

TEST(ShippedPolicies, APolicyIsDeletedOnlyWhenNobodyUsesItNorNeedsItForTheRecord)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ReminderPolicies policies(*ledger);
    ReminderPolicy copy = policies.require(QStringLiteral("Gentle"));
    copy.name = QStringLiteral("Key accounts");
    copy = policies.add(copy);
    EXPECT_EQ(policies.customerCounts().value(QStringLiteral("Key accounts")), 0);
    policies.assign(QStringLiteral("C001"), QStringLiteral("Key accounts"));
    EXPECT_EQ(policies.customerCounts().value(QStringLiteral("Key accounts")), 1);
    EXPECT_EQ(policies.customerCounts().value(QStringLiteral("Standard")), 0);

    auto refused = [&](const ReminderPolicy& policy, const QString& words) {
        const auto before = policies.all();
        try {
            policies.remove(policy);
            ADD_FAILURE() << "deleted " << policy.name.toStdString();
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
            EXPECT_EQ(e.message(), words);
        }
        EXPECT_EQ(policies.all(), before);
    };
    refused(policies.require(QStringLiteral("Key accounts")),
            QStringLiteral("policy \"Key accounts\" cannot be deleted: 1 customer uses it; give that customer "
                           "another policy first"));
    refused(policies.require(QStringLiteral("Standard")),
            QStringLiteral("policy \"Standard\" cannot be deleted: it is the policy a new customer gets"));

    // Once a stage was raised under it, the follow-up keeps naming it.
    ledger.addInvoiceOn(QStringLiteral("C001"), issued, 100000);
    ledger.runAt(at(-3));
    policies.assign(QStringLiteral("C001"), QStringLiteral("Standard"));
    refused(policies.require(QStringLiteral("Key accounts")),
            QStringLiteral("policy \"Key accounts\" cannot be deleted: 1 follow-up raised under it keeps it for the "
                           "record"));

    policies.remove(policies.require(QStringLiteral("Firm")));
    QStringList names;
    for (const auto& p : policies.all())
        names << p.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Gentle"), QStringLiteral("Key accounts"), QStringLiteral("Standard")}));
    const auto audit = ledger->audit().entries(QStringLiteral("reminder_policy"), QStringLiteral("Firm"));
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit[0].action, QStringLiteral("delete"));
    EXPECT_TRUE(audit[0].before.contains(QStringLiteral("Final notice")));
    EXPECT_TRUE(audit[0].after.isEmpty());
}

TEST(ShippedPolicies, StandardKeepsItsNameAndAStaleCopyIsNotDeleted)
{
    FollowupTestLedger ledger;
    ReminderPolicies policies(*ledger);
    ReminderPolicy standard = policies.require(QStringLiteral("Standard"));
    standard.name = QStringLiteral("Usual");
    EXPECT_THROW(policies.update(standard), SettleError);
    EXPECT_NO_THROW(policies.require(QStringLiteral("Standard")));

    ReminderPolicy gentle = policies.require(QStringLiteral("Gentle"));
    ReminderPolicy renamed = gentle;
    renamed.name = QStringLiteral("Key accounts");
    renamed = policies.update(renamed);
    EXPECT_EQ(renamed.version, gentle.version + 1);
    try {
        policies.remove(gentle); // read before the rename
        ADD_FAILURE() << "a stale policy was deleted";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::Conflict);
    }
    EXPECT_NO_THROW(policies.require(QStringLiteral("Key accounts")));
    EXPECT_NO_THROW(policies.remove(renamed));
}

TEST(ShippedPolicies, TheSuggestionFollowsTheRating)
{
    EXPECT_EQ(ReminderPolicies::suggestionFor(PaymentBehaviour::Rating::Reliable), QStringLiteral("Gentle"));
    EXPECT_EQ(ReminderPolicies::suggestionFor(PaymentBehaviour::Rating::AtRisk), QStringLiteral("Firm"));
    EXPECT_EQ(ReminderPolicies::suggestionFor(PaymentBehaviour::Rating::UsuallyLate), QStringLiteral("Standard"));
    EXPECT_TRUE(ReminderPolicies::suggestionFor(PaymentBehaviour::Rating::None).isEmpty());
}
