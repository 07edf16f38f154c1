#include "domain/ContactNote.h"
#include "followup/FollowupDesk.h"
#include "reports/ContactHistory.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(ContactNote, KindNamesRoundTripAndAnUnknownNameIsNone)
{
    for (const auto kind : {ContactNote::Kind::Note, ContactNote::Kind::Promise, ContactNote::Kind::Dispute,
                            ContactNote::Kind::Legal})
        EXPECT_EQ(ContactNote::kindFromName(ContactNote::kindName(kind)), kind);
    EXPECT_EQ(ContactNote::kindName(ContactNote::Kind::Legal), QStringLiteral("legal"));
    EXPECT_FALSE(ContactNote::kindFromName(QStringLiteral("Promise")).has_value());
    EXPECT_FALSE(ContactNote::kindFromName(QString()).has_value());
}

TEST(ContactNote, TheCommunicationLogShowsAnOutcomeOnItsDayWithDateTextAndWhoAfterTheDaysEvents)
{
    FollowupRecord reminder;
    reminder.id = 1;
    reminder.raisedOn = QDate(2026, 3, 3);
    reminder.stageName = QStringLiteral("Reminder");
    reminder.channel = QStringLiteral("email");
    InvoiceEvent promise;
    promise.kind = InvoiceEvent::Kind::Promise;
    promise.date = QDate(2026, 3, 5);
    promise.until = QDate(2026, 3, 20);
    promise.invoiceNumber = QStringLiteral("INV-0009");
    ContactNote note;
    note.kind = ContactNote::Kind::Promise;
    note.date = QDate(2026, 3, 5);
    note.until = QDate(2026, 3, 20);
    note.invoiceNumber = QStringLiteral("INV-0009");
    note.text = QStringLiteral("Pays on the 20th");
    note.actor = QStringLiteral("maria");
    ContactNote older;
    older.kind = ContactNote::Kind::Note;
    older.date = QDate(2026, 3, 1);
    older.text = QStringLiteral("Left a message");

    const auto entries = ContactHistory::merge({reminder}, {promise}, {}, {older, note});
    ASSERT_EQ(entries.size(), 4);
    EXPECT_EQ(entries[0].kind, ContactHistory::Entry::Kind::Event);
    EXPECT_EQ(entries[1].kind, ContactHistory::Entry::Kind::Note);
    EXPECT_EQ(entries[1].title, QStringLiteral("Outcome: promise"));
    EXPECT_EQ(entries[1].invoices, QStringLiteral("INV-0009"));
    EXPECT_EQ(entries[1].detail, QStringLiteral("until 2026-03-20 — Pays on the 20th (maria)"));
    EXPECT_EQ(entries[2].kind, ContactHistory::Entry::Kind::Followup);
    EXPECT_EQ(entries[3].detail, QStringLiteral("Left a message"));
}

TEST(FollowupDeskRule, WaitingMeansSomethingForAPersonAndNotSnoozedPastToday)
{
    const QDate today(2026, 3, 31);
    FollowupRecord r;
    r.state = FollowupRecord::State::Queued;
    r.deliveries << FollowupRecord::Delivery{
        FollowupRecord::Delivery::Kind::Email, 1, {}, {}, {}, {}, QStringLiteral("sent")};
    EXPECT_FALSE(FollowupDesk::isWaiting(r, today)) << "sent: done";
    r.deliveries[0].state = QStringLiteral("failed");
    EXPECT_TRUE(FollowupDesk::isWaiting(r, today)) << "failed: the person decides";
    r.snoozedUntil = today.addDays(1);
    EXPECT_FALSE(FollowupDesk::isWaiting(r, today));
    r.snoozedUntil = today;
    EXPECT_TRUE(FollowupDesk::isWaiting(r, today)) << "back on its day";
    r.deliveries[0].state = QStringLiteral("dismissed");
    EXPECT_FALSE(FollowupDesk::isWaiting(r, today));
    r.state = FollowupRecord::State::PendingApproval;
    EXPECT_TRUE(FollowupDesk::isWaiting(r, today));
    r.state = FollowupRecord::State::Dismissed;
    EXPECT_FALSE(FollowupDesk::isWaiting(r, today));
}
