#include "reports/ContactHistory.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(ContactHistory, MergesRemindersAndEventsNewestFirst)
{
    FollowupRecord reminder;
    reminder.raisedOn = QDate(2026, 3, 10);
    reminder.stageName = QStringLiteral("Reminder");
    reminder.channel = QStringLiteral("email");
    FollowupRecord second = reminder;
    second.raisedOn = QDate(2026, 3, 20);
    second.stageName = QStringLiteral("Second reminder");
    InvoiceEvent promise;
    promise.kind = InvoiceEvent::Kind::Promise;
    promise.date = QDate(2026, 3, 20);
    promise.until = QDate(2026, 4, 5);
    promise.invoiceNumber = QStringLiteral("INV-0007");

    const auto entries = ContactHistory::merge({reminder, second}, {promise});
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[0].title, QStringLiteral("Second reminder (email)")); // same day: the follow-up first
    EXPECT_EQ(entries[1].kind, ContactHistory::Entry::Kind::Event);
    EXPECT_EQ(entries[1].invoices, QStringLiteral("INV-0007"));
    EXPECT_TRUE(entries[1].detail.startsWith(QStringLiteral("2026-04-05")));
    EXPECT_EQ(entries[2].date, QDate(2026, 3, 10));
}
