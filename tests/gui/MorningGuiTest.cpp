#include "GuiFixture.h"

#include "../integration/SmtpTestServer.h"

#include "followups/FollowupDeskModel.h"
#include "followups/FollowupDeskPanel.h"
#include "followups/FollowupMonitor.h"
#include "followups/FollowupsPage.h"
#include "invoices/InvoiceHistoryDialog.h"

#include "followup/FollowupDesk.h"
#include "followup/FollowupQueue.h"
#include "followup/FollowupRunner.h"
#include "mail/Outbox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

namespace settle::test {

namespace {

// The bookkeeper's morning, from the timer's run to the mail the server received: a prepared ledger
// on 2026-03-31 (TempLedger's FixedClock), the app's follow-up timer, and a real SMTP server
// (aiosmtpd) started by the test.
class MorningGui : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        m_ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1"));
        m_ledger->setSetting(QStringLiteral("smtp.port"), QString::number(server.port()));
        m_ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("none"));
        m_ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("billing@test-company.example"));
        m_ledger->setSetting(QStringLiteral("smtp.timeout"), QStringLiteral("10"));
        m_ledger->setSetting(QStringLiteral("company.payment_details"),
                             QStringLiteral("IBAN DE02 1203 0000 0000 2020 51"));
    }

    void addCustomer(const QString& code, const QString& name, const QString& email)
    {
        Customer customer;
        customer.code = code;
        customer.name = name;
        customer.email = email;
        customer.currency = QStringLiteral("USD");
        m_ledger->addCustomer(customer);
    }

    // Three invoices due 2026-03-01 (Reminder due on 03-31) — two customers with email, one without
    // (a call) — and one long overdue whose earlier reminders went out before: its collections review
    // (needs approval) is due today.
    void prepareLedger()
    {
        addCustomer(QStringLiteral("C001"), QStringLiteral("Anna Berg GmbH"),
                    QStringLiteral("anna@berg.example"));
        addCustomer(QStringLiteral("C002"), QStringLiteral("Cole & Sons"), QStringLiteral("ap@cole.example"));
        addCustomer(QStringLiteral("C003"), QStringLiteral("Dana's Bakery"), QString());
        addCustomer(QStringLiteral("C004"), QStringLiteral("Eagle Freight"),
                    QStringLiteral("office@eagle.example"));
        m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 120000);
        m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 1, 30), 45000);
        callInvoice = m_ledger.addInvoice(QStringLiteral("C003"), QDate(2026, 1, 30), 30000);
        m_ledger.addInvoice(QStringLiteral("C004"), QDate(2025, 12, 1), 99000); // due 2025-12-31
        for (const QDate d : {QDate(2026, 1, 3), QDate(2026, 1, 14), QDate(2026, 1, 30)}) {
            m_ledger.clock().setToday(d);
            FollowupRunner(*m_ledger).run(d);
        }
        // Those went out in January (outside this test): not this morning's mail.
        for (const auto& m : Outbox(*m_ledger).list(OutboxMessage::State::Queued))
            Outbox(*m_ledger).dismiss(m.id);
        m_ledger.clock().setToday(QDate(2026, 3, 31));
        m_settings->setFollowupTimerEnabled(true);
    }

    FollowupDeskPanel* desk() { return m_window->followupsPage()->desk(); }

    // The newest follow-up of a customer.
    qint64 followupOf(const QString& code)
    {
        for (const auto& r : FollowupQueue(*m_ledger).list())
            if (r.customerCode == code)
                return r.id;
        ADD_FAILURE() << "no follow-up for " << code.toStdString();
        return 0;
    }

    QPushButton* button(const char* name)
    {
        return desk()->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    void click(const char* name)
    {
        QPushButton* b = button(name);
        ASSERT_NE(b, nullptr) << name;
        ASSERT_TRUE(b->isEnabled()) << name << " is disabled; status: " << desk()->statusText().toStdString();
        QTest::mouseClick(b, Qt::LeftButton);
        settle();
    }

    void waitForSending()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !desk()->isSending(); }, 30000));
        settle();
    }

    SmtpTestServer server;
    QString callInvoice;
};

} // namespace

TEST_F(MorningGui, TheBookkeepersMorningFromTheTimersRunToTheMailTheServerReceived)
{
    prepareLedger();
    openLedger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->lastNotification().isEmpty(); }, 10000));
    EXPECT_EQ(m_window->lastNotification(), QStringLiteral("4 follow-ups are ready"));

    // The queue shows them, grouped by customer.
    m_window->showPage(MainWindow::Page::Followups);
    settle();
    const qint64 anna = followupOf(QStringLiteral("C001"));
    const qint64 cole = followupOf(QStringLiteral("C002"));
    const qint64 dana = followupOf(QStringLiteral("C003"));
    const qint64 eagle = followupOf(QStringLiteral("C004"));
    const QList<qint64> shown = desk()->shownIds();
    for (const qint64 id : {anna, cole, dana, eagle})
        EXPECT_TRUE(shown.contains(id)) << id;
    const FollowupDeskModel* queue = desk()->queueModel();
    ASSERT_EQ(queue->rowCount(), 4);
    EXPECT_EQ(queue->index(0, FollowupDeskModel::NameColumn).data().toString(),
              QStringLiteral("Anna Berg GmbH (C001)"));
    const QModelIndex annaHeading = queue->index(0, 0);
    auto annaRow = [&](int column) { return queue->index(0, column, annaHeading).data().toString(); };
    EXPECT_EQ(annaRow(FollowupDeskModel::NameColumn), QStringLiteral("Reminder"));
    EXPECT_EQ(annaRow(FollowupDeskModel::OverdueColumn), QStringLiteral("30"));
    EXPECT_EQ(annaRow(FollowupDeskModel::ChannelColumn), QStringLiteral("Email"));
    EXPECT_TRUE(annaRow(FollowupDeskModel::AmountColumn).contains(QStringLiteral("1,200.00")))
        << annaRow(FollowupDeskModel::AmountColumn).toStdString();

    // One message is edited (for this message only) and sent.
    ASSERT_TRUE(desk()->selectFollowup(anna));
    const QString original = desk()->textEdit()->toPlainText();
    ASSERT_FALSE(original.isEmpty()) << "the rendered email is beside the queue";
    desk()->subjectEdit()->selectAll();
    QTest::keyClicks(desk()->subjectEdit(), QStringLiteral("Your invoice, as we discussed"));
    desk()->textEdit()->setPlainText(
        QStringLiteral("Dear Anna,\n\nas discussed on the phone: thank you for paying this week.\n\n") +
        original);
    click("saveEmail");
    EXPECT_TRUE(desk()->statusText().startsWith(QStringLiteral("Saved")))
        << desk()->statusText().toStdString();
    desk()->setChecked(anna, true);
    click("sendSelected");
    waitForSending();
    ASSERT_EQ(server.received().size(), 1) << desk()->statusText().toStdString();
    EXPECT_EQ(server.received()[0].subject(), QStringLiteral("Your invoice, as we discussed"));
    EXPECT_TRUE(server.received()[0].text("text").contains(QStringLiteral("as discussed on the phone")));
    EXPECT_EQ(server.received()[0].rcptTos(), QStringList{QStringLiteral("anna@berg.example")});
    EXPECT_FALSE(desk()->shownIds().contains(anna)) << "sent: nothing left to do for it";

    // One stage is approved: the collections review becomes a task.
    ASSERT_TRUE(desk()->selectFollowup(eagle));
    click("deskApprove");
    EXPECT_EQ(FollowupQueue(*m_ledger).get(eagle).state, FollowupRecord::State::Approved);
    ASSERT_TRUE(desk()->selectFollowup(eagle)) << "its task waits on the desk";

    // A call outcome with a promise to pay is logged.
    ASSERT_TRUE(desk()->selectFollowup(dana));
    const QDate promised(2026, 4, 20);
    desk()->outcomeBox()->setCurrentIndex(desk()->outcomeBox()->findText(QStringLiteral("Promise to pay")));
    desk()->promiseDate()->setDate(promised);
    desk()->outcomeNote()->setPlainText(QStringLiteral("Dana pays on the 20th"));
    click("recordOutcome");
    EXPECT_FALSE(desk()->shownIds().contains(dana)) << desk()->statusText().toStdString();
    EXPECT_EQ(m_ledger->invoice(callInvoice, QDate(2026, 3, 31)).invoice.promiseUntil, promised);
    // ... and the invoice's next follow-up moves past the promise.
    QDate next;
    for (QDate d = QDate(2026, 4, 1); d <= QDate(2026, 6, 30) && !next.isValid(); d = d.addDays(1))
        for (const auto& action : FollowupRunner(*m_ledger).plan(d).actions)
            if (action.customerCode == u"C003")
                next = d;
    ASSERT_TRUE(next.isValid());
    EXPECT_GT(next, promised);

    // The history of the call's invoice shows the outcome.
    ASSERT_TRUE(desk()->selectFollowup(eagle));
    desk()->showHistory(callInvoice);
    settle();
    ASSERT_NE(desk()->historyDialog(), nullptr);
    QStringList history;
    for (int row = 0; row < desk()->historyDialog()->table()->rowCount(); ++row)
        history << desk()->historyDialog()->table()->item(row, 1)->text();
    EXPECT_TRUE(history.contains(QStringLiteral("Outcome: promise"))) << history.join(u'|').toStdString();
    desk()->historyDialog()->close();

    // Send all: the other reminder goes; the server received exactly the messages sent.
    click("sendAll");
    waitForSending();
    const auto received = server.received();
    ASSERT_EQ(received.size(), 2) << desk()->statusText().toStdString();
    EXPECT_EQ(received[1].rcptTos(), QStringList{QStringLiteral("ap@cole.example")});
    EXPECT_EQ(received[1].subject(), FollowupDesk(*m_ledger).emailsOf(cole).value(0).subject);
    EXPECT_FALSE(received[1].text("text").contains(QStringLiteral("as discussed on the phone")));
    for (const auto& m : Outbox(*m_ledger).list())
        if (m.followupId == anna || m.followupId == cole)
            EXPECT_EQ(m.state, OutboxMessage::State::Sent);

    // The navigation count follows: the collections review's task and January's letter to print remain.
    EXPECT_EQ(m_window->followupMonitor()->waitingCount(), 2);
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Followups), QStringLiteral("Follow-ups (2)"));
}

TEST_F(MorningGui, ASnoozedReminderStaysAndARefusedOneShowsTheServersWordsAndStaysInTheOutbox)
{
    prepareLedger();
    openLedger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->lastNotification().isEmpty(); }, 10000));
    m_window->showPage(MainWindow::Page::Followups);
    settle();
    const qint64 anna = followupOf(QStringLiteral("C001"));
    const qint64 cole = followupOf(QStringLiteral("C002"));

    ASSERT_TRUE(desk()->selectFollowup(cole));
    desk()->snoozeDate()->setDate(QDate(2026, 4, 7));
    click("snooze");
    EXPECT_FALSE(desk()->shownIds().contains(cole)) << desk()->statusText().toStdString();

    ASSERT_TRUE(server.restart(SmtpTestServer::Options{QStringLiteral("reject")}));
    click("sendAll");
    waitForSending();
    EXPECT_TRUE(desk()->statusText().contains(QStringLiteral("looks like spam to us")))
        << desk()->statusText().toStdString();
    EXPECT_TRUE(server.received().isEmpty());
    const auto annaMail = FollowupDesk(*m_ledger).emailsOf(anna).value(0);
    EXPECT_EQ(annaMail.state, OutboxMessage::State::Failed);
    EXPECT_EQ(FollowupDesk(*m_ledger).emailsOf(cole).value(0).state, OutboxMessage::State::Queued)
        << "snoozed: not tried";
    // Still on the desk, with the server's words beside it.
    ASSERT_TRUE(desk()->selectFollowup(anna));
    EXPECT_TRUE(desk()
                    ->findChild<QLabel*>(QStringLiteral("emailInfo"))
                    ->text()
                    .contains(QStringLiteral("looks like spam")));
}

} // namespace settle::test
