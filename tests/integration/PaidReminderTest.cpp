#include "FollowupTestLedger.h"

#include "mail/Outbox.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

// A reminder waits in the outbox until someone sends it; a payment that arrives meanwhile must not
// leave it there to chase money already paid.
namespace {

// Net 30 from 2026-01-01: due 2026-01-31; three days late raises the Reminder.
const QDate reminderDay(2026, 2, 3);

QList<OutboxMessage> inState(Ledger& ledger, OutboxMessage::State state)
{
    return Outbox(ledger).list(state);
}

} // namespace

TEST(PaidReminder, APaymentThatSettlesTheInvoiceDismissesItsQueuedReminder)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    ledger.runAt(reminderDay);
    ASSERT_EQ(inState(*ledger, OutboxMessage::State::Queued).size(), 1);

    ledger.pay(QStringLiteral("C001"), 100000, reminderDay.addDays(1));

    EXPECT_TRUE(inState(*ledger, OutboxMessage::State::Queued).isEmpty());
    const auto dismissed = inState(*ledger, OutboxMessage::State::Dismissed);
    ASSERT_EQ(dismissed.size(), 1);
    EXPECT_EQ(dismissed[0].lastError, QStringLiteral("the invoices it reminds of were paid before it was sent"));
    EXPECT_FALSE(ledger->audit().entries(QStringLiteral("outbox"), QString::number(dismissed[0].id)).isEmpty());
}

TEST(PaidReminder, APartPaymentLeavesTheReminderForWhatIsStillOpen)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    ledger.runAt(reminderDay);

    ledger.pay(QStringLiteral("C001"), 99999, reminderDay.addDays(1));

    EXPECT_EQ(inState(*ledger, OutboxMessage::State::Queued).size(), 1);
    EXPECT_TRUE(inState(*ledger, OutboxMessage::State::Dismissed).isEmpty());
}

TEST(PaidReminder, AnImportedPaymentDismissesTheReminderToo)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addCustomerWithEmail(QStringLiteral("C002"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    ledger.addInvoiceOn(QStringLiteral("C002"), QDate(2026, 1, 1), 50000);
    ledger.runAt(reminderDay);
    ASSERT_EQ(inState(*ledger, OutboxMessage::State::Queued).size(), 2);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("payments.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("customer,date,amount,method,reference,invoice\nC001,2026-02-04,1000.00,bank transfer,REM-1,\n");
    file.close();
    ASSERT_EQ(ledger->import(Ledger::ImportKind::Payments, path), 1);

    const auto queued = inState(*ledger, OutboxMessage::State::Queued);
    ASSERT_EQ(queued.size(), 1); // C002 has not paid: their reminder stays
    EXPECT_EQ(queued[0].customerCode, QStringLiteral("C002"));
    EXPECT_EQ(inState(*ledger, OutboxMessage::State::Dismissed).size(), 1);
}

TEST(PaidReminder, AVoidAWriteOffAndAFullCreditNoteDismissTheReminderEachWithItsReason)
{
    FollowupTestLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addCustomerWithEmail(QStringLiteral("C002"));
    ledger.addCustomerWithEmail(QStringLiteral("C003"));
    const QString voided = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000);
    const QString writtenOff = ledger.addInvoiceOn(QStringLiteral("C002"), QDate(2026, 1, 1), 100000);
    const QString credited = ledger.addInvoiceOn(QStringLiteral("C003"), QDate(2026, 1, 1), 100000);
    ledger.runAt(reminderDay);
    ASSERT_EQ(inState(*ledger, OutboxMessage::State::Queued).size(), 3);

    ledger->voidInvoice(voided, reminderDay.addDays(1));
    ledger->writeOff(writtenOff, reminderDay.addDays(1));
    // A credit note for part leaves the reminder; the rest of it closes the invoice.
    ledger->issueCreditNote(credited, usd(40000), reminderDay.addDays(1), QStringLiteral("damaged goods"));
    EXPECT_EQ(inState(*ledger, OutboxMessage::State::Queued).size(), 1);
    ledger->issueCreditNote(credited, usd(60000), reminderDay.addDays(2), QStringLiteral("returned"));

    EXPECT_TRUE(inState(*ledger, OutboxMessage::State::Queued).isEmpty());
    QStringList reasons;
    for (const auto& message : inState(*ledger, OutboxMessage::State::Dismissed))
        reasons << message.customerCode + QStringLiteral(": ") + message.lastError;
    reasons.sort();
    EXPECT_EQ(reasons, QStringList({QStringLiteral("C001: the invoices it reminds of were voided before it was sent"),
                                    QStringLiteral("C002: the invoices it reminds of were written off before it was sent"),
                                    QStringLiteral("C003: the invoices it reminds of were credited before it was sent")}));
}
