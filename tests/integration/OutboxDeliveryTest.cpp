#include "SmtpTestServer.h"
#include "TempLedger.h"

#include "errors/SettleError.h"
#include "mail/Outbox.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpSettings.h"
#include "reports/ContactHistory.h"
#include "storage/AuditLog.h"
#include "mail/OutboxClaims.h"
#include "storage/OutboxRepository.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSet>
#include <QSysInfo>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::SmtpTestServer;
using settle::test::TempLedger;
using State = OutboxMessage::State;

namespace {

// A real one-page PDF, with the binary bytes a PDF has, to compare byte for byte after the trip.
QByteArray somePdf(const QString& text)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(text);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), text);
    }
    return buffer.data();
}

class OutboxDelivery : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        Customer customer;
        customer.code = QStringLiteral("C001");
        customer.name = QStringLiteral("Müller & Söhne GmbH");
        customer.email = QStringLiteral("buchhaltung@mueller.example");
        customer.currency = QStringLiteral("USD");
        ledger->addCustomer(customer);
        customerId = ledger->customer(QStringLiteral("C001"))->id;
        useServer(server.port());
    }

    void useServer(int port)
    {
        ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1"));
        ledger->setSetting(QStringLiteral("smtp.port"), QString::number(port));
        ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("none"));
        ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("billing@test-company.example"));
        ledger->setSetting(QStringLiteral("smtp.timeout"), QStringLiteral("10"));
    }

    qint64 queue(const QString& subject, QList<MailAttachment> attachments = {})
    {
        OutboxMessage m;
        m.customerId = customerId;
        m.to = QStringLiteral("buchhaltung@mueller.example");
        m.subject = subject;
        m.bodyText = QStringLiteral("Guten Tag,\nbitte überweisen Sie 1.234,56 €.\n");
        m.bodyHtml = QStringLiteral("<p>Guten Tag,</p><p>bitte überweisen Sie <b>1.234,56 €</b>.</p>");
        m.attachments = std::move(attachments);
        return Outbox(*ledger).queue(m);
    }

    OutboxSender::Report send(const QString& password = {}, OutboxSender::Options options = {})
    {
        return OutboxSender(*ledger, SmtpSettings::fromLedger(*ledger), password, options).run();
    }

    OutboxMessage message(qint64 id) { return Outbox(*ledger).get(id); }

    QStringList subjectsReceived() const
    {
        QStringList result;
        for (const auto& r : server.received())
            result << r.subject();
        return result;
    }

    TempLedger ledger;
    SmtpTestServer server;
    qint64 customerId = 0;
};

} // namespace

TEST_F(OutboxDelivery, ArrivesWithRecipientsDecodedSubjectBothBodiesAndThePdfByteForByte)
{
    ledger->setSetting(QStringLiteral("smtp.bcc_self"), QStringLiteral("true"));
    ledger->setSetting(QStringLiteral("smtp.from"),
                       QStringLiteral("Test Company <billing@test-company.example>"));
    ledger->setSetting(QStringLiteral("smtp.reply_to"),
                       QStringLiteral("Forderungen <ar@test-company.example>"));
    const QByteArray pdf = somePdf(QStringLiteral("Rechnung RE-0001"));
    const QString subject =
        QStringLiteral("Zahlungserinnerung: Rechnung RE-0001 über 1.234,56 € — Müller & Söhne "
                       "GmbH, bitte prüfen Sie die Überweisung vom März, Straße 5, Köln ä ö ü ß");
    OutboxMessage m;
    m.customerId = customerId;
    m.to = QStringLiteral("buchhaltung@mueller.example, \"Müller, Hans\" <hans@mueller.example>");
    m.cc = QStringLiteral("chef@mueller.example");
    m.subject = subject;
    m.bodyText =
        QStringLiteral("Guten Tag,\n\nbitte überweisen Sie 1.234,56 €.\n.\nEine Zeile, die mit einem Punkt "
                       "beginnt, steht darüber; diese hier ist länger als sechsundsiebzig Zeichen, damit sie "
                       "umbrochen wird.   \n");
    m.bodyHtml = QStringLiteral("<p>Guten Tag,</p>\n<p>bitte überweisen Sie <b>1.234,56 €</b>.</p>\n");
    m.attachments << MailAttachment{QStringLiteral("RE-0001.pdf"), QStringLiteral("application/pdf"), pdf};
    const qint64 id = Outbox(*ledger).queue(m);

    const auto report = send();
    ASSERT_EQ(report.outcomes.size(), 1);
    EXPECT_EQ(report.outcomes[0].state, State::Sent) << report.outcomes[0].detail.toStdString();
    EXPECT_TRUE(report.clean());

    const auto received = server.received();
    ASSERT_EQ(received.size(), 1);
    const auto& r = received[0];
    EXPECT_EQ(r.summary.value(QStringLiteral("mail_from")).toString(),
              QStringLiteral("billing@test-company.example"));
    EXPECT_EQ(r.rcptTos(),
              (QStringList{QStringLiteral("buchhaltung@mueller.example"),
                           QStringLiteral("hans@mueller.example"), QStringLiteral("chef@mueller.example"),
                           QStringLiteral("billing@test-company.example")}));
    EXPECT_EQ(r.subject(), subject);
    EXPECT_EQ(r.text("from"), QStringLiteral("Test Company <billing@test-company.example>"));
    EXPECT_EQ(r.text("to"),
              QStringLiteral("buchhaltung@mueller.example, \"Müller, Hans\" <hans@mueller.example>"));
    EXPECT_EQ(r.text("cc"), QStringLiteral("chef@mueller.example"));
    EXPECT_EQ(r.text("reply-to"), QStringLiteral("Forderungen <ar@test-company.example>"));
    EXPECT_TRUE(r.summary.value(QStringLiteral("bcc")).isNull()) << "Bcc is envelope only";
    EXPECT_EQ(r.text("text"), m.bodyText);
    EXPECT_EQ(r.text("html"), m.bodyHtml);
    QStringList structure;
    for (const auto& v : r.summary.value(QStringLiteral("structure")).toArray())
        structure << v.toString();
    EXPECT_EQ(structure, (QStringList{QStringLiteral("multipart/mixed"),
                                      QStringLiteral("multipart/alternative"), QStringLiteral("text/plain"),
                                      QStringLiteral("text/html"), QStringLiteral("application/pdf")}));
    EXPECT_TRUE(r.summary.value(QStringLiteral("defects")).toArray().isEmpty());
    EXPECT_FALSE(r.summary.value(QStringLiteral("bare_lf")).toBool()) << "CRLF line ends only";
    EXPECT_LE(r.summary.value(QStringLiteral("longest_line")).toInt(), 78);
    const auto attachments = r.summary.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 1);
    EXPECT_EQ(attachments[0].toObject().value(QStringLiteral("filename")).toString(),
              QStringLiteral("RE-0001.pdf"));
    QFile file(attachments[0].toObject().value(QStringLiteral("file")).toString());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), pdf);

    const OutboxMessage sent = message(id);
    EXPECT_EQ(sent.state, State::Sent);
    EXPECT_EQ(sent.attempts, 1);
    EXPECT_EQ(sent.sentAt, ledger.clock().now());
    EXPECT_TRUE(sent.serverReply.startsWith(QStringLiteral("250 2.0.0 Ok: queued as")))
        << sent.serverReply.toStdString();
    EXPECT_EQ(r.text("message-id"), QStringLiteral("<%1>").arg(sent.messageId));
    EXPECT_TRUE(sent.messageId.endsWith(QStringLiteral(".settle@test-company.example")))
        << sent.messageId.toStdString();
    EXPECT_EQ(r.text("date"), QStringLiteral("Tue, 31 Mar 2026 12:00:00 +0000"));

    QStringList actions;
    for (const auto& entry : ledger->audit().entries(QStringLiteral("outbox"), QString::number(id)))
        actions << entry.action;
    EXPECT_EQ(actions,
              (QStringList{QStringLiteral("queue"), QStringLiteral("claim"), QStringLiteral("sent")}));

    // The customer's communication log shows the message with its text.
    const auto history = ContactHistory::forCustomer(*ledger, QStringLiteral("C001"));
    const auto email = std::find_if(history.begin(), history.end(), [](const auto& e) {
        return e.kind == ContactHistory::Entry::Kind::Email;
    });
    ASSERT_NE(email, history.end());
    EXPECT_EQ(email->date, QDate(2026, 3, 31));
    EXPECT_TRUE(email->title.contains(subject));
    EXPECT_EQ(email->text, m.bodyText);
}

TEST_F(OutboxDelivery, EachMessageGoesOnceHoweverOftenTheSenderRuns)
{
    for (int k = 1; k <= 3; ++k)
        queue(QStringLiteral("Reminder %1").arg(k));
    EXPECT_EQ(send().count(State::Sent), 3);
    EXPECT_TRUE(send().outcomes.isEmpty());
    ledger.clock().advanceDays(3);
    EXPECT_TRUE(send().outcomes.isEmpty());
    EXPECT_EQ(subjectsReceived(), (QStringList{QStringLiteral("Reminder 1"), QStringLiteral("Reminder 2"),
                                               QStringLiteral("Reminder 3")}));
}

TEST_F(OutboxDelivery, ServerStoppingMidBatchLeavesTheRestQueuedAndEachGoesOnceWhenItIsBack)
{
    ASSERT_TRUE(server.restart({QStringLiteral("ok"), 0, 2, {}, {}}));
    QList<qint64> ids;
    for (int k = 1; k <= 5; ++k)
        ids << queue(QStringLiteral("Batch %1").arg(k));

    auto report = send();
    EXPECT_EQ(report.count(State::Sent), 2);
    EXPECT_FALSE(report.stoppedBecause.isEmpty());
    EXPECT_EQ(server.received().size(), 2);
    const OutboxMessage third = message(ids[2]);
    EXPECT_EQ(third.state, State::Queued);
    EXPECT_EQ(third.attempts, 0) << "the server went away: no answer about the message, no attempt spent";
    EXPECT_TRUE(third.lastError.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())))
        << third.lastError.toStdString();
    EXPECT_FALSE(third.nextAttemptAt.isValid()) << "due again at once";
    for (int k : {3, 4}) {
        EXPECT_EQ(message(ids[k]).state, State::Queued);
        EXPECT_EQ(message(ids[k]).attempts, 0) << "not tried: the batch stopped at the unreachable server";
    }

    ASSERT_TRUE(server.restart({}));
    report = send();
    EXPECT_EQ(report.count(State::Sent), 3);
    ledger.clock().advanceDays(1);
    report = send();
    EXPECT_TRUE(report.outcomes.isEmpty());
    for (qint64 id : ids)
        EXPECT_EQ(message(id).state, State::Sent);
    QStringList subjects = subjectsReceived();
    subjects.sort();
    EXPECT_EQ(subjects,
              (QStringList{QStringLiteral("Batch 1"), QStringLiteral("Batch 2"), QStringLiteral("Batch 3"),
                           QStringLiteral("Batch 4"), QStringLiteral("Batch 5")}));
}

TEST_F(OutboxDelivery, TemporaryRefusalRetriesWithBackoffUpToTheLimitThenFails)
{
    ASSERT_TRUE(server.restart({QStringLiteral("tempfail"), 0, 0, {}, {}}));
    const qint64 id = queue(QStringLiteral("Try later"));
    OutboxSender::Options options;
    options.maxAttempts = 3;
    options.backoffMinutes = {10, 60};

    auto report = send({}, options);
    ASSERT_EQ(report.outcomes.size(), 1);
    EXPECT_EQ(report.outcomes[0].state, State::Queued);
    OutboxMessage m = message(id);
    EXPECT_EQ(m.attempts, 1);
    EXPECT_EQ(m.nextAttemptAt, ledger.clock().now().addSecs(600));
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("451 4.3.0 Mailbox temporarily unavailable")))
        << m.lastError.toStdString();
    EXPECT_TRUE(send({}, options).outcomes.isEmpty()) << "not due before its backoff";

    ledger.clock().advanceDays(1);
    send({}, options);
    m = message(id);
    EXPECT_EQ(m.attempts, 2);
    EXPECT_EQ(m.nextAttemptAt, ledger.clock().now().addSecs(3600));
    ledger.clock().advanceDays(1);
    report = send({}, options);
    m = message(id);
    EXPECT_EQ(m.state, State::Failed);
    EXPECT_EQ(m.attempts, 3);
    EXPECT_TRUE(m.lastError.startsWith(QStringLiteral("gave up after 3 attempts")))
        << m.lastError.toStdString();
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("451"))) << m.lastError.toStdString();
    EXPECT_TRUE(server.received().isEmpty());
}

TEST_F(OutboxDelivery, PermanentRefusalFailsWithTheServersWords)
{
    ASSERT_TRUE(server.restart({QStringLiteral("reject"), 0, 0, {}, {}}));
    const qint64 first = queue(QStringLiteral("Spam?"));
    const qint64 second = queue(QStringLiteral("Spam again?"));
    const auto report = send();
    EXPECT_EQ(report.count(State::Failed), 2) << "a refused message does not stop the batch";
    const OutboxMessage m = message(first);
    EXPECT_EQ(m.state, State::Failed);
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("554 5.7.1 Message rejected: looks like spam to us")))
        << m.lastError.toStdString();
    EXPECT_EQ(message(second).state, State::Failed);
    EXPECT_TRUE(send().outcomes.isEmpty()) << "failed is final until a person resends";
}

TEST_F(OutboxDelivery, RejectedRecipientFailsNamingIt)
{
    ASSERT_TRUE(server.restart({QStringLiteral("reject-rcpt"), 0, 0, {}, {}}));
    const qint64 id = queue(QStringLiteral("Nobody home"));
    send();
    const OutboxMessage m = message(id);
    EXPECT_EQ(m.state, State::Failed);
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("550 5.1.1 <buchhaltung@mueller.example>")))
        << m.lastError.toStdString();
}

TEST_F(OutboxDelivery, RejectedLoginStopsTheBatchAndLeavesEveryMessageQueuedWithItsAttemptsUnspent)
{
    ASSERT_TRUE(server.restart(
        {QStringLiteral("ok"), 0, 0, QStringLiteral("billing"), QStringLiteral("right horse")}));
    ledger->setSetting(QStringLiteral("smtp.user"), QStringLiteral("billing"));
    const qint64 first = queue(QStringLiteral("One"));
    const qint64 second = queue(QStringLiteral("Two"));

    auto report = send(QStringLiteral("wrong horse"));
    EXPECT_FALSE(report.stoppedBecause.isEmpty());
    OutboxMessage m = message(first);
    EXPECT_EQ(m.state, State::Queued) << "the login is ours, not the message's";
    EXPECT_EQ(m.attempts, 0);
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("authentication rejected for user \"billing\"")))
        << m.lastError.toStdString();
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("535"))) << m.lastError.toStdString();
    EXPECT_EQ(message(second).state, State::Queued);
    EXPECT_EQ(message(second).attempts, 0);

    report = send(QStringLiteral("right horse"));
    EXPECT_EQ(message(first).state, State::Sent);
    EXPECT_EQ(message(second).state, State::Sent);
    EXPECT_EQ(subjectsReceived(), (QStringList{QStringLiteral("One"), QStringLiteral("Two")}));
}

TEST_F(OutboxDelivery, NothingListeningOnThePortLeavesTheMessageQueuedWithTheReason)
{
    const int port = server.port();
    server.stop();
    const qint64 first = queue(QStringLiteral("One"));
    const qint64 second = queue(QStringLiteral("Two"));
    const auto report = send();
    EXPECT_FALSE(report.stoppedBecause.isEmpty());
    const OutboxMessage m = message(first);
    EXPECT_EQ(m.state, State::Queued);
    EXPECT_EQ(m.attempts, 0) << "nobody answered about the message";
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("onnect"))) << m.lastError.toStdString();
    EXPECT_EQ(message(second).attempts, 0);
}

TEST_F(OutboxDelivery, ConnectionDroppedBeforeTheDataStopsTheBatchAndIsRetriedWithoutSpendingAnAttempt)
{
    ASSERT_TRUE(server.restart({QStringLiteral("drop-rcpt"), 0, 0, {}, {}}));
    const qint64 id = queue(QStringLiteral("Dropped early"));
    const qint64 other = queue(QStringLiteral("Behind it"));
    const auto report = send();
    EXPECT_FALSE(report.stoppedBecause.isEmpty());
    const OutboxMessage m = message(id);
    EXPECT_EQ(m.state, State::Queued);
    EXPECT_EQ(m.attempts, 0);
    EXPECT_EQ(message(other).attempts, 0);
    EXPECT_TRUE(server.received().isEmpty());

    ASSERT_TRUE(server.restart({}));
    ledger.clock().advanceDays(1);
    send();
    EXPECT_EQ(message(id).state, State::Sent);
    EXPECT_EQ(subjectsReceived(), (QStringList{QStringLiteral("Dropped early"), QStringLiteral("Behind it")}));
}

TEST_F(OutboxDelivery, ConnectionDroppedAfterTheWholeMessageIsDeliveryUnknownNeverResentByItself)
{
    ASSERT_TRUE(server.restart({QStringLiteral("drop-data"), 0, 0, {}, {}}));
    const qint64 id = queue(QStringLiteral("Did it arrive?"));
    send();
    OutboxMessage m = message(id);
    EXPECT_EQ(m.state, State::Unknown);
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("the server may have it"))) << m.lastError.toStdString();
    EXPECT_EQ(server.received().size(), 1) << "the server did get it: resending by itself would duplicate it";
    ledger.clock().advanceDays(5);
    EXPECT_TRUE(send().outcomes.isEmpty());

    // A person checks with the customer and dismisses it; a dismissed message cannot be resent.
    m = Outbox(*ledger).dismiss(id);
    EXPECT_EQ(m.state, State::Dismissed);
    EXPECT_THROW(Outbox(*ledger).resend(id), SettleError);
    EXPECT_EQ(server.received().size(), 1);
}

TEST_F(OutboxDelivery, MessageLeftSendingByACrashBecomesUnknownAndGoesOnlyWhenAPersonResends)
{
    const qint64 id = queue(QStringLiteral("Crashed mid-send"));
    const qint64 other = queue(QStringLiteral("Still queued"));
    // A sender claims the message, then dies before the SMTP conversation ends.
    {
        const auto claimed =
            OutboxClaims(*ledger).claimNext(QStringLiteral("dead"), {});
        ASSERT_TRUE(claimed);
        EXPECT_EQ(claimed->id, id);
    }
    ledger.reopen();
    EXPECT_EQ(message(id).state, State::Sending) << "the claim was committed before any SMTP";

    auto report = send();
    EXPECT_EQ(report.markedUnknown, QList<qint64>{id});
    EXPECT_EQ(message(id).state, State::Unknown);
    EXPECT_EQ(message(other).state, State::Sent);
    EXPECT_EQ(subjectsReceived(), QStringList{QStringLiteral("Still queued")});
    // Only the run that claimed a message records a failure or a retry; "sent" is the truth and is
    // recorded by whoever learnt it (OutboxDelivery.ALateSentWinsOverUnknownAndOverAResend).
    EXPECT_FALSE(OutboxClaims(*ledger)
                     .markFailed(id, QStringLiteral("another"), QStringLiteral("not its claim")));
    EXPECT_FALSE(OutboxClaims(*ledger)
                     .markRetry(id, QStringLiteral("another"), QStringLiteral("not its claim"), ledger.clock().now()));

    const OutboxMessage again = Outbox(*ledger).resend(id);
    EXPECT_EQ(again.state, State::Queued);
    EXPECT_EQ(again.attempts, 0);
    send();
    EXPECT_EQ(message(id).state, State::Sent);
    EXPECT_EQ(message(id).messageId, again.messageId) << "a resend keeps the Message-ID";
    QStringList actions;
    for (const auto& entry : ledger->audit().entries(QStringLiteral("outbox"), QString::number(id)))
        actions << entry.action;
    EXPECT_EQ(actions,
              (QStringList{QStringLiteral("queue"), QStringLiteral("claim"), QStringLiteral("unknown"),
                           QStringLiteral("resend"), QStringLiteral("claim"), QStringLiteral("sent")}));
}

TEST_F(OutboxDelivery, QueuingRefusesBadAddressesAndHeaderInjectionAndChangesNothing)
{
    OutboxMessage m;
    m.customerId = customerId;
    m.to = QStringLiteral("buchhaltung@mueller.example; not-an-address");
    m.subject = QStringLiteral("Hello");
    m.bodyText = QStringLiteral("Text");
    try {
        Outbox(*ledger).queue(m);
        FAIL() << "a bad address was queued";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
        EXPECT_EQ(e.message(), QStringLiteral("to: \"not-an-address\" is not an email address"));
    }
    m.to = QStringLiteral("buchhaltung@mueller.example");
    m.subject = QStringLiteral("Hello\r\nBcc: everyone@elsewhere.example");
    try {
        Outbox(*ledger).queue(m);
        FAIL() << "a header with a line break was queued";
    } catch (const SettleError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("header injection"))) << e.message().toStdString();
    }
    m.subject = QStringLiteral("Hello");
    m.to.clear();
    EXPECT_THROW(Outbox(*ledger).queue(m), SettleError);
    EXPECT_TRUE(Outbox(*ledger).list().isEmpty());
}

TEST_F(OutboxDelivery, AQueuedRowWithABadAddressFailsNamingItWithoutStoppingTheOthers)
{
    // Storage takes rows as they come (the follow-up engine's older path checks nothing); the sender
    // still refuses a bad one.
    OutboxMessage row;
    row.customerId = customerId;
    row.to = QStringLiteral("buchhaltung(at)mueller");
    row.subject = QStringLiteral("Reminder");
    row.bodyText = QStringLiteral("Text");
    const qint64 bad = OutboxRepository(ledger->database(), ledger.clock()).insert(row);
    const qint64 good = queue(QStringLiteral("Fine"));
    send();
    const OutboxMessage m = message(bad);
    EXPECT_EQ(m.state, State::Failed);
    EXPECT_EQ(m.lastError,
              QStringLiteral("not sent: to: \"buchhaltung(at)mueller\" is not an email address"));
    EXPECT_EQ(message(good).state, State::Sent);
}

TEST_F(OutboxDelivery, UnknownCertificateRunAfterRunLeavesTheMessageQueuedWithAllItsAttemptsUntilTheCaIsNamed)
{
    SmtpTestServer::Options tls;
    tls.tls = QStringLiteral("starttls");
    tls.user = QStringLiteral("billing");
    tls.password = QStringLiteral("over tls");
    ASSERT_TRUE(server.restart(tls)) << server.error().toStdString();
    ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("starttls"));
    ledger->setSetting(QStringLiteral("smtp.user"), QStringLiteral("billing"));
    const qint64 id = queue(QStringLiteral("Over TLS"));

    // The certificate fails run after run (cron every few hours, for days): the server's state, not the
    // message's. The message stays queued and keeps all its attempts, whatever the limit.
    for (int run = 1; run <= 7; ++run) {
        const auto report = send(QStringLiteral("over tls"));
        EXPECT_FALSE(report.stoppedBecause.isEmpty());
        const OutboxMessage m = message(id);
        ASSERT_EQ(m.state, State::Queued) << "run " << run << ": " << m.lastError.toStdString();
        EXPECT_EQ(m.attempts, 0);
        EXPECT_TRUE(m.lastError.contains(QStringLiteral("certificate"))) << m.lastError.toStdString();
        ledger.clock().advanceDays(1);
    }
    EXPECT_TRUE(server.received().isEmpty());

    ledger->setSetting(QStringLiteral("smtp.ca_file"), server.certificate());
    send(QStringLiteral("over tls"));
    EXPECT_EQ(message(id).state, State::Sent) << message(id).lastError.toStdString();
    EXPECT_EQ(subjectsReceived(), QStringList{QStringLiteral("Over TLS")});
}

TEST_F(OutboxDelivery, SslFromTheFirstByteOnItsOwnPort)
{
    SmtpTestServer::Options tls;
    tls.tls = QStringLiteral("ssl");
    ASSERT_TRUE(server.restart(tls)) << server.error().toStdString();
    ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("ssl"));
    ledger->setSetting(QStringLiteral("smtp.ca_file"), server.certificate());
    const qint64 id = queue(QStringLiteral("Over SSL"));
    send();
    EXPECT_EQ(message(id).state, State::Sent) << message(id).lastError.toStdString();
    EXPECT_EQ(subjectsReceived(), QStringList{QStringLiteral("Over SSL")});
}

// smtp.timeout bounds every phase of the conversation. Each silent server below hangs up by itself after
// 30 s; a sender that waited for that instead of its own 2 s would see a dropped connection, not a timeout.
TEST_F(OutboxDelivery, ServerSilentAfterTheWholeMessageIsDeliveryUnknownForTheTimeout)
{
    SmtpTestServer::Options silent;
    silent.mode = QStringLiteral("silent-data");
    ASSERT_TRUE(server.restart(silent)) << server.error().toStdString();
    ledger->setSetting(QStringLiteral("smtp.timeout"), QStringLiteral("2"));
    const qint64 id = queue(QStringLiteral("Into the silence"));
    const auto report = send();
    ASSERT_EQ(report.outcomes.size(), 1);
    const OutboxMessage m = message(id);
    EXPECT_EQ(m.state, State::Unknown);
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("no answer within smtp.timeout (2 s)"))) << m.lastError.toStdString();
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("the server may have it"))) << m.lastError.toStdString();
    EXPECT_EQ(server.received().size(), 1) << "the server kept it: resending by itself would duplicate it";
}

TEST_F(OutboxDelivery, ServerSilentBeforeTheDataLeavesTheMessageQueuedForTheTimeout)
{
    for (const QString mode : {QStringLiteral("silent-greeting"), QStringLiteral("silent-rcpt")}) {
        SmtpTestServer::Options silent;
        silent.mode = mode;
        ASSERT_TRUE(server.restart(silent)) << server.error().toStdString();
        ledger->setSetting(QStringLiteral("smtp.timeout"), QStringLiteral("2"));
        const qint64 id = queue(mode);
        const auto report = send();
        EXPECT_FALSE(report.stoppedBecause.isEmpty()) << mode.toStdString();
        const OutboxMessage m = message(id);
        EXPECT_EQ(m.state, State::Queued) << mode.toStdString();
        EXPECT_EQ(m.attempts, 0) << mode.toStdString();
        EXPECT_TRUE(m.lastError.contains(QStringLiteral("no answer within smtp.timeout (2 s)")))
            << mode.toStdString() << ": " << m.lastError.toStdString();
        Outbox(*ledger).dismiss(id);
    }
    EXPECT_TRUE(server.received().isEmpty());
}

// A claim names its holder and lasts as long as its conversation can: a message another sender may still
// be talking about is neither declared unknown nor resent nor dismissed.
TEST_F(OutboxDelivery, AMessageHeldByALiveSenderIsLeftToItUntilItsLeasePasses)
{
    const qint64 held = queue(QStringLiteral("Held elsewhere"));
    const qint64 other = queue(QStringLiteral("Free"));
    OutboxRepository::Claim claim{QStringLiteral("elsewhere"), QStringLiteral("another-machine.example"), 4242,
                                  ledger.clock().now().addSecs(600)};
    ASSERT_EQ(OutboxClaims(*ledger).claimNext(claim, {})->id, held);

    auto report = send();
    EXPECT_TRUE(report.markedUnknown.isEmpty());
    ASSERT_EQ(report.heldElsewhere.size(), 1);
    EXPECT_EQ(report.heldElsewhere[0].id, held);
    EXPECT_EQ(report.heldElsewhere[0].claimPid, 4242);
    EXPECT_EQ(message(held).state, State::Sending);
    EXPECT_EQ(message(other).state, State::Sent);
    for (const bool resend : {true, false}) {
        try {
            resend ? Outbox(*ledger).resend(held) : Outbox(*ledger).dismiss(held);
            FAIL() << "a message in flight was " << (resend ? "resent" : "dismissed");
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::Conflict);
            EXPECT_TRUE(e.message().startsWith(
                QStringLiteral("outbox message %1 is being sent right now by process 4242 on another-machine.example "
                               "(its claim holds until 2026-03-31 12:10:00 UTC)")
                    .arg(held)))
                << e.message().toStdString();
        }
    }

    ledger.clock().advanceDays(1);
    report = send();
    EXPECT_EQ(report.markedUnknown, QList<qint64>{held});
    const OutboxMessage m = message(held);
    EXPECT_EQ(m.state, State::Unknown);
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("ran out at 2026-03-31 12:10:00 UTC"))) << m.lastError.toStdString();
    EXPECT_EQ(subjectsReceived(), QStringList{QStringLiteral("Free")});
}

TEST_F(OutboxDelivery, AClaimOfAProcessOfThisMachineThatNoLongerRunsIsUnknownAtOnce)
{
    QProcess gone;
    gone.start(QStringLiteral("/bin/true"));
    ASSERT_TRUE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished());
    const qint64 id = queue(QStringLiteral("Its sender died"));
    OutboxRepository::Claim claim{QStringLiteral("died"), QSysInfo::machineHostName(), pid,
                                  ledger.clock().now().addSecs(3600)};
    ASSERT_TRUE(OutboxClaims(*ledger).claimNext(claim, {}));

    const auto report = send();
    EXPECT_EQ(report.markedUnknown, QList<qint64>{id});
    const OutboxMessage m = message(id);
    EXPECT_EQ(m.state, State::Unknown);
    EXPECT_TRUE(m.lastError.contains(QStringLiteral("process %1 on %2, gone").arg(pid).arg(QSysInfo::machineHostName())))
        << m.lastError.toStdString();
    EXPECT_TRUE(server.received().isEmpty());
}

// A sender found gone may only have been slow (a suspended laptop, a stalled network): when it comes back
// and records that the server took the message, that is the truth, over 'unknown' and over a resend made
// without it — the message does not go a second time.
TEST_F(OutboxDelivery, ALateSentWinsOverUnknownAndOverAResend)
{
    const qint64 id = queue(QStringLiteral("Slow but sure"));
    OutboxRepository::Claim claim{QStringLiteral("slow"), QStringLiteral("another-machine.example"), 4242,
                                  ledger.clock().now().addSecs(60)};
    ASSERT_TRUE(OutboxClaims(*ledger).claimNext(claim, {}));
    ledger.clock().advanceDays(1);
    EXPECT_EQ(send().markedUnknown, QList<qint64>{id});
    EXPECT_EQ(Outbox(*ledger).resend(id).state, State::Queued);

    EXPECT_TRUE(OutboxClaims(*ledger)
                    .markSent(id, QStringLiteral("slow"), QStringLiteral("250 2.0.0 Ok: queued as LATE")));
    const OutboxMessage m = message(id);
    EXPECT_EQ(m.state, State::Sent);
    EXPECT_EQ(m.serverReply, QStringLiteral("250 2.0.0 Ok: queued as LATE"));
    EXPECT_TRUE(send().outcomes.isEmpty());
    EXPECT_TRUE(server.received().isEmpty()) << "sent once, by the slow sender";
    QStringList actions;
    for (const auto& entry : ledger->audit().entries(QStringLiteral("outbox"), QString::number(id)))
        actions << entry.action;
    EXPECT_EQ(actions, (QStringList{QStringLiteral("queue"), QStringLiteral("claim"), QStringLiteral("unknown"),
                                    QStringLiteral("resend"), QStringLiteral("sent")}));
    // Another run's outcome other than "sent" is not recorded over a message it no longer holds.
    EXPECT_FALSE(OutboxClaims(*ledger)
                     .markFailed(id, QStringLiteral("slow"), QStringLiteral("too late")));
}
