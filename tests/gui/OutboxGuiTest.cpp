#include "GuiFixture.h"

#include "../integration/SmtpTestServer.h"

#include "followups/FollowupMonitor.h"
#include "outbox/OutboxPage.h"

#include "mail/Outbox.h"
#include "mail/OutboxClaims.h"
#include "storage/OutboxRepository.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

namespace settle::test {

namespace {

class OutboxGui : public GuiFixture
{
protected:
    void useServer(int port)
    {
        m_ledger->setSettings({{QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("smtp.port"), QString::number(port)},
                               {QStringLiteral("smtp.security"), QStringLiteral("none")},
                               {QStringLiteral("smtp.from"), QStringLiteral("accounts@northwind.example")}});
    }

    qint64 queue(const QString& to, const QString& subject)
    {
        OutboxMessage message;
        message.to = to;
        message.subject = subject;
        message.bodyText = QStringLiteral("Dear customer,\nplease pay %1.\n").arg(subject);
        message.bodyHtml = QStringLiteral("<p>Dear customer,</p><p>please pay <b>%1</b>.</p>").arg(subject);
        return Outbox(*m_ledger).queue(message);
    }

    // Five customers with an email address, each with an invoice whose Reminder stage (no approval
    // needed) is due on 2026-03-31; the follow-up timer runs when the ledger opens.
    void prepareFollowups()
    {
        for (int k = 1; k <= 5; ++k) {
            const QString code = QStringLiteral("C00%1").arg(k);
            m_ledger.addCustomer(code);
            Customer customer = m_ledger->requireCustomer(code);
            customer.email = QStringLiteral("ap@%1.example").arg(code.toLower());
            m_ledger->updateCustomer(customer);
            m_ledger.addInvoice(code, QDate(2026, 1, 30), 10000 * k);
        }
        m_settings->setFollowupTimerEnabled(true);
    }

    OutboxPage* page()
    {
        m_window->showPage(MainWindow::Page::Outbox);
        settle();
        return m_window->outboxPage();
    }

    static bool sendAndWait(OutboxPage* page)
    {
        if (!page->sendNow())
            return false;
        const bool done = QTest::qWaitFor([page] { return !page->isSending(); }, 60000);
        settle();
        return done;
    }

    static QString cell(OutboxPage* page, qint64 id, int column)
    {
        const int row = page->rowOf(id);
        return row < 0 ? QStringLiteral("(no row)") : page->messageTable()->item(row, column)->text();
    }
};

} // namespace

TEST_F(OutboxGui, SendNowShowsEachStateWithTheServersAnswerAndRetryAndDismissChangeIt)
{
    SmtpTestServer server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    useServer(server.port());
    // A message another process took and never finished: found "sending", it becomes "delivery unknown".
    const qint64 second = queue(QStringLiteral("ap@lindqvist.example"), QStringLiteral("INV-2"));
    const auto claimed =
        OutboxClaims(*m_ledger)
            .claimNext(QStringLiteral("a-sender-that-died"), QStringLiteral("x@northwind.example"));
    ASSERT_TRUE(claimed.has_value());
    ASSERT_EQ(claimed->id, second);
    const qint64 first = queue(QStringLiteral("ap@harbour.example"), QStringLiteral("INV-1"));
    openLedger();
    OutboxPage* outbox = page();
    EXPECT_EQ(cell(outbox, first, OutboxPage::StateColumn),
              OutboxPage::stateText(OutboxMessage::State::Queued));
    EXPECT_EQ(cell(outbox, second, OutboxPage::StateColumn),
              OutboxPage::stateText(OutboxMessage::State::Sending));

    ASSERT_TRUE(sendAndWait(outbox));
    EXPECT_EQ(server.waitForCount(1), 1);
    EXPECT_EQ(cell(outbox, first, OutboxPage::StateColumn), QStringLiteral("Sent"));
    EXPECT_TRUE(cell(outbox, first, OutboxPage::AnswerColumn).startsWith(QStringLiteral("250")))
        << cell(outbox, first, OutboxPage::AnswerColumn).toStdString();
    EXPECT_EQ(cell(outbox, second, OutboxPage::StateColumn), QStringLiteral("Delivery unknown"));
    EXPECT_FALSE(cell(outbox, second, OutboxPage::AnswerColumn).isEmpty());
    EXPECT_TRUE(outbox->statusText().contains(QStringLiteral("1 sent")))
        << outbox->statusText().toStdString();

    // The sent text, plain and HTML.
    outbox->selectMessage(first);
    EXPECT_TRUE(outbox->textView()->toPlainText().contains(QStringLiteral("please pay INV-1.")));
    EXPECT_TRUE(outbox->htmlView()->toPlainText().contains(QStringLiteral("please pay INV-1.")));
    EXPECT_FALSE(outbox->retryButton()->isEnabled()); // a sent message is not sent twice
    EXPECT_FALSE(outbox->dismissButton()->isEnabled());

    // A server that refuses: the message fails with the server's words.
    ASSERT_TRUE(server.restart({QStringLiteral("reject")}));
    const qint64 third = queue(QStringLiteral("ap@oakridge.example"), QStringLiteral("INV-3"));
    outbox->refresh();
    ASSERT_TRUE(sendAndWait(outbox));
    EXPECT_EQ(cell(outbox, third, OutboxPage::StateColumn), QStringLiteral("Failed"));
    EXPECT_TRUE(cell(outbox, third, OutboxPage::AnswerColumn).contains(QStringLiteral("looks like spam")))
        << cell(outbox, third, OutboxPage::AnswerColumn).toStdString();
    EXPECT_TRUE(outbox->statusText().contains(QStringLiteral("looks like spam")));

    // Retry queues it again; the server now takes it.
    outbox->selectMessage(third);
    ASSERT_TRUE(outbox->retryButton()->isEnabled());
    QTest::mouseClick(outbox->retryButton(), Qt::LeftButton);
    EXPECT_EQ(cell(outbox, third, OutboxPage::StateColumn), QStringLiteral("Queued"));
    ASSERT_TRUE(server.restart({}));
    ASSERT_TRUE(sendAndWait(outbox));
    EXPECT_EQ(cell(outbox, third, OutboxPage::StateColumn), QStringLiteral("Sent"));
    EXPECT_EQ(server.waitForCount(2), 2);

    // Dismiss: the unknown one is kept but never sent; the filter shows it among the dismissed.
    outbox->selectMessage(second);
    ASSERT_TRUE(outbox->dismissButton()->isEnabled());
    QTest::mouseClick(outbox->dismissButton(), Qt::LeftButton);
    EXPECT_EQ(Outbox(*m_ledger).get(second).state, OutboxMessage::State::Dismissed);
    outbox->setStateFilter(OutboxMessage::State::Dismissed);
    EXPECT_EQ(outbox->messageTable()->rowCount(), 1);
    EXPECT_EQ(cell(outbox, second, OutboxPage::StateColumn), QStringLiteral("Dismissed"));
    ASSERT_TRUE(sendAndWait(outbox));
    EXPECT_EQ(server.received().size(), 2); // nothing more went out
}

TEST_F(OutboxGui, SendingWhileTheServerCannotBeReachedSaysSoInPlaceAndKeepsTheMessageQueued)
{
    SmtpTestServer server; // started and stopped: a port where nobody listens now
    ASSERT_TRUE(server.start());
    const int port = server.port();
    server.stop();
    useServer(port);
    const qint64 id = queue(QStringLiteral("ap@harbour.example"), QStringLiteral("INV-9"));
    openLedger();
    OutboxPage* outbox = page();
    ASSERT_TRUE(sendAndWait(outbox));
    EXPECT_EQ(Outbox(*m_ledger).get(id).state, OutboxMessage::State::Queued);
    EXPECT_EQ(cell(outbox, id, OutboxPage::StateColumn), QStringLiteral("Queued"));
    EXPECT_TRUE(outbox->statusText().contains(QStringLiteral("stay queued")))
        << outbox->statusText().toStdString();
}

TEST_F(OutboxGui, WithoutSmtpSettingsNothingIsSentAndTheReasonNamesTheSetting)
{
    const qint64 id = queue(QStringLiteral("ap@harbour.example"), QStringLiteral("INV-7"));
    openLedger();
    OutboxPage* outbox = page();
    EXPECT_FALSE(outbox->sendNow());
    EXPECT_FALSE(outbox->isSending());
    EXPECT_TRUE(outbox->statusText().contains(QStringLiteral("smtp.host")))
        << outbox->statusText().toStdString();
    EXPECT_EQ(Outbox(*m_ledger).get(id).state, OutboxMessage::State::Queued);
}

TEST_F(OutboxGui, AutomaticSendingSendsTheRaisedFollowupsMessagesAndNothingElse)
{
    SmtpTestServer server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    useServer(server.port());
    prepareFollowups();
    m_ledger->setSetting(QStringLiteral("followups.auto_send"), QStringLiteral("true"));
    // Queued by hand, not by the engine: automatic sending leaves it for the bookkeeper.
    const qint64 manual = queue(QStringLiteral("someone@else.example"), QStringLiteral("By hand"));
    QSignalSpy finished(m_window->outboxPage(), &OutboxPage::sendingFinished);
    openLedger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 60000));
    EXPECT_EQ(server.waitForCount(5), 5);
    QStringList to;
    for (const auto& received : server.received())
        to << received.rcptTos();
    to.sort();
    EXPECT_EQ(to, (QStringList{QStringLiteral("ap@c001.example"), QStringLiteral("ap@c002.example"),
                               QStringLiteral("ap@c003.example"), QStringLiteral("ap@c004.example"),
                               QStringLiteral("ap@c005.example")}));
    EXPECT_EQ(Outbox(*m_ledger).get(manual).state, OutboxMessage::State::Queued);
    EXPECT_EQ(Outbox(*m_ledger).list(OutboxMessage::State::Sent).size(), 5);
}

TEST_F(OutboxGui, WithAutomaticSendingOffTheRaisedMessagesWaitInTheOutbox)
{
    SmtpTestServer server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    useServer(server.port());
    prepareFollowups(); // followups.auto_send is off by default
    openLedger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->lastNotification().isEmpty(); }, 5000));
    settle(200);
    EXPECT_FALSE(m_window->outboxPage()->isSending());
    EXPECT_EQ(Outbox(*m_ledger).list(OutboxMessage::State::Queued).size(), 5);
    EXPECT_TRUE(server.received().isEmpty());
}

} // namespace settle::test
