#include "CliRunner.h"
#include "PdfProbe.h"
#include "SmtpTestServer.h"
#include "TempLedger.h"

#include "ledger/SettingKeys.h"
#include "mail/InvoiceMail.h"
#include "mail/Outbox.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::PdfProbe;
using settle::test::SmtpTestServer;
using settle::test::TempLedger;

namespace {

// An invoice by email, the copies that go with a reminder and a payment's thank-you, from the
// command line to a real SMTP server, on the test engine (SQLite or PostgreSQL).
class InvoiceMailTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1"));
        ledger->setSetting(QStringLiteral("smtp.port"), QString::number(server.port()));
        ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("none"));
        ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("billing@test-company.example"));
    }

    void addCustomer(const QString& code, const QString& email, const QString& cc = {},
                     const QString& terms = QStringLiteral("Net 30"))
    {
        Customer customer;
        customer.code = code;
        customer.name = QStringLiteral("Customer ") + code;
        customer.email = email;
        customer.cc = cc;
        customer.currency = QStringLiteral("USD");
        customer.terms = terms;
        ledger->addCustomer(customer);
    }

    // Two lines: 3 × 250.00 design work and 1 × 480.50 hosting, no tax: 1,230.50 USD.
    QString addInvoice(const QString& customer, QDate issued)
    {
        Invoice draft;
        draft.customerCode = customer;
        draft.issueDate = issued;
        InvoiceLine design;
        design.description = QStringLiteral("Logo design workshop");
        design.quantity = 3 * 10000; // in ten-thousandths
        design.unitPrice = 25000;
        InvoiceLine hosting;
        hosting.description = QStringLiteral("Website hosting 2026");
        hosting.quantity = 10000;
        hosting.unitPrice = 48050;
        draft.lines << design << hosting;
        return ledger->issue(ledger->createDraft(draft), issued).number;
    }

    CliResult cli(const QStringList& args) const { return CliRunner(ledger.path()).run(args); }

    int outboxCount() { return int(Outbox(*ledger).list().size()); }

    static QStringList attachmentNames(const SmtpTestServer::Received& received)
    {
        QStringList names;
        for (const auto& a : received.summary.value(QStringLiteral("attachments")).toArray())
            names << a.toObject().value(QStringLiteral("filename")).toString();
        return names;
    }

    static QString attachmentText(const SmtpTestServer::Received& received, int k)
    {
        const QJsonObject a =
            received.summary.value(QStringLiteral("attachments")).toArray().at(k).toObject();
        EXPECT_EQ(a.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
        return PdfProbe(a.value(QStringLiteral("file")).toString()).text();
    }

    TempLedger ledger;
    SmtpTestServer server;
};

} // namespace

TEST_F(InvoiceMailTest, SentInvoiceArrivesWithItsPdfToTheCustomerAndTheirCc)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"), QStringLiteral("boss@c001.example"));
    const QString number = addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2));
    ledger.close();

    auto r = cli({QStringLiteral("invoice"), QStringLiteral("send"), number, QStringLiteral("--as-of"),
                  QStringLiteral("2026-03-02")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Queued invoice %1 for ap@c001.example as outbox message 1; settle-cli "
                                    "outbox send delivers it.\n")
                         .arg(number));
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    ASSERT_EQ(server.waitForCount(1), 1);

    const auto received = server.received().first();
    EXPECT_EQ(received.rcptTos(), QStringList({QStringLiteral("ap@c001.example"), QStringLiteral("boss@c001.example")}));
    EXPECT_EQ(received.text("to"), QStringLiteral("ap@c001.example"));
    EXPECT_EQ(received.text("cc"), QStringLiteral("boss@c001.example"));
    EXPECT_EQ(received.subject(), QStringLiteral("Invoice %1 from Test Company").arg(number));
    const QString body = received.text("text");
    EXPECT_TRUE(body.contains(QStringLiteral("Amount due: 1,230.50 USD, by April 1, 2026"))) << body.toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("discount"))) << "Net 30 offers none";
    EXPECT_TRUE(received.text("html").contains(QStringLiteral("<strong>1,230.50 USD</strong>")));

    ASSERT_EQ(attachmentNames(received), QStringList{number + QStringLiteral(".pdf")});
    const QString pdf = attachmentText(received, 0);
    for (const QString& expected : {number, QStringLiteral("Logo design workshop"),
                                    QStringLiteral("Website hosting 2026"), QStringLiteral("750.00"),
                                    QStringLiteral("1,230.50")})
        EXPECT_TRUE(pdf.contains(expected)) << expected.toStdString() << "\n" << pdf.toStdString();
}

TEST_F(InvoiceMailTest, DiscountOfferIsInTheEmailOnlyWhileItIsOpen)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"), {}, QStringLiteral("2/10 Net 30"));
    const QString number = addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2));
    InvoiceMail mail(*ledger);
    const OutboxMessage offer = mail.compose(number, QDate(2026, 3, 2));
    // 2 % of 1,230.50 is 24.61: 1,205.89 settles it by 2026-03-12.
    EXPECT_TRUE(offer.bodyText.contains(QStringLiteral(
        "If you pay 1,205.89 USD by March 12, 2026, you save 24.61 USD (2 % early-payment discount).")))
        << offer.bodyText.toStdString();
    const OutboxMessage late = mail.compose(number, QDate(2026, 3, 13));
    EXPECT_FALSE(late.bodyText.contains(QStringLiteral("save"))) << late.bodyText.toStdString();
    EXPECT_FALSE(late.bodyHtml.contains(QStringLiteral("save")));
    EXPECT_EQ(outboxCount(), 0) << "compose queues nothing";
    ASSERT_EQ(offer.attachments.size(), 1);
    EXPECT_TRUE(offer.attachments.first().content.startsWith("%PDF-"));
}

TEST_F(InvoiceMailTest, GermanCustomerGetsTheGermanText)
{
    Customer customer;
    customer.code = QStringLiteral("D001");
    customer.name = QStringLiteral("Müller GmbH");
    customer.email = QStringLiteral("rechnung@mueller.example");
    customer.currency = QStringLiteral("USD");
    customer.language = QStringLiteral("de");
    customer.terms = QStringLiteral("2/10 Net 30");
    ledger->addCustomer(customer);
    const QString number = addInvoice(QStringLiteral("D001"), QDate(2026, 3, 2));
    const OutboxMessage m = InvoiceMail(*ledger).compose(number, QDate(2026, 3, 2));
    EXPECT_EQ(m.subject, QStringLiteral("Rechnung %1 von Test Company").arg(number));
    EXPECT_EQ(m.language, QStringLiteral("de"));
    EXPECT_TRUE(m.bodyText.contains(QStringLiteral("Bei Zahlung von 1.205,89 USD bis zum 12.03.2026 sparen Sie "
                                                   "24,61 USD (2 % Skonto).")))
        << m.bodyText.toStdString();
}

TEST_F(InvoiceMailTest, CustomerWithoutEmailExitsThreeAndQueuesNothing)
{
    addCustomer(QStringLiteral("C002"), {});
    const QString number = addInvoice(QStringLiteral("C002"), QDate(2026, 3, 2));
    ledger.close();
    const auto r = cli({QStringLiteral("invoice"), QStringLiteral("send"), number});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.trimmed(),
              QStringLiteral("settle-cli: customer C002 (Customer C002) has no email address: invoice %1 "
                             "cannot be sent")
                  .arg(number));
    EXPECT_TRUE(r.out.isEmpty());
    ledger.reopen();
    EXPECT_EQ(outboxCount(), 0);
}

TEST_F(InvoiceMailTest, VoidAndUnknownInvoicesAreRefused)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"));
    const QString number = addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2));
    ledger->voidInvoice(number, QDate(2026, 3, 3));
    ledger.close();
    auto r = cli({QStringLiteral("invoice"), QStringLiteral("send"), number});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("settle-cli: invoice %1 is void and is not sent").arg(number));
    r = cli({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("INV-9999")});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    r = cli({QStringLiteral("invoice"), QStringLiteral("send")});
    EXPECT_EQ(r.exitCode, 2);
    ledger.reopen();
    EXPECT_EQ(outboxCount(), 0);
}

TEST_F(InvoiceMailTest, ReminderArrivesWithOnePdfPerInvoiceItNames)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"));
    const QString first = addInvoice(QStringLiteral("C001"), QDate(2026, 1, 1));
    const QString second = addInvoice(QStringLiteral("C001"), QDate(2026, 1, 2));
    // Part of the first is paid before the reminder: its copy says what is left.
    ledger->recordPayment(QStringLiteral("C001"), settle::test::usd(30050), QDate(2026, 1, 20),
                          PaymentMethod::BankTransfer, {}, first);
    ledger.close();

    auto r = cli({QStringLiteral("followups"), QStringLiteral("run"), QStringLiteral("--as-of"),
                  QStringLiteral("2026-02-04")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    ASSERT_EQ(server.waitForCount(1), 1);
    const auto received = server.received().first();
    EXPECT_TRUE(received.text("text").contains(first)) << received.text("text").toStdString();
    ASSERT_EQ(attachmentNames(received), QStringList({first + QStringLiteral(".pdf"), second + QStringLiteral(".pdf")}));
    const QString one = attachmentText(received, 0);
    EXPECT_TRUE(one.contains(first));
    EXPECT_TRUE(one.contains(QStringLiteral("Paid so far"))) << one.toStdString();
    EXPECT_TRUE(one.contains(QStringLiteral("930.00"))) << "the balance at the reminder's date";
    const QString two = attachmentText(received, 1);
    EXPECT_TRUE(two.contains(second));
    EXPECT_FALSE(two.contains(QStringLiteral("Paid so far")));
}

TEST_F(InvoiceMailTest, ReminderCopiesAreNamedByTheRunAndDrawnAsOfTheReminderWhenSent)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"));
    const QString first = addInvoice(QStringLiteral("C001"), QDate(2026, 1, 1));
    const QString second = addInvoice(QStringLiteral("C001"), QDate(2026, 1, 2));
    ledger->recordPayment(QStringLiteral("C001"), settle::test::usd(30050), QDate(2026, 1, 20),
                          PaymentMethod::BankTransfer, {}, first);
    ledger.close();
    auto r = cli({QStringLiteral("followups"), QStringLiteral("run"), QStringLiteral("--as-of"),
                  QStringLiteral("2026-02-04")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    // The run stores which invoices and as of when, and no drawn bytes.
    ledger.reopen();
    const auto queued = Outbox(*ledger).list(OutboxMessage::State::Queued);
    ASSERT_EQ(queued.size(), 1);
    const OutboxMessage message = Outbox(*ledger).get(queued.first().id, true);
    EXPECT_TRUE(message.attachments.isEmpty());
    ASSERT_EQ(message.invoiceCopies.size(), 2);
    EXPECT_EQ(message.invoiceCopies[0].number, first);
    EXPECT_EQ(message.invoiceCopies[1].number, second);
    EXPECT_EQ(message.invoiceCopies[0].asOf, QDate(2026, 2, 4));

    // A payment dated after the reminder, recorded before it is sent, is not on the copy: the copy
    // shows the invoice as the reminder's text does, as of the reminder's date.
    ledger->recordPayment(QStringLiteral("C001"), settle::test::usd(10000), QDate(2026, 2, 6),
                          PaymentMethod::BankTransfer, {}, first);
    ledger.close();
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    ASSERT_EQ(server.waitForCount(1), 1);
    const auto received = server.received().first();
    ASSERT_EQ(attachmentNames(received), QStringList({first + QStringLiteral(".pdf"), second + QStringLiteral(".pdf")}));
    const QString one = attachmentText(received, 0);
    EXPECT_TRUE(one.contains(QStringLiteral("930.00"))) << one.toStdString();
    EXPECT_FALSE(one.contains(QStringLiteral("830.00"))) << one.toStdString();
}

TEST_F(InvoiceMailTest, ReminderCarriesNoCopyWithTheSettingOff)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"));
    addInvoice(QStringLiteral("C001"), QDate(2026, 1, 1));
    ledger.close();
    auto r = cli({QStringLiteral("settings"), QStringLiteral("set"), SettingKeys::FollowupsAttachInvoices.key(),
                  QStringLiteral("false")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("followups"), QStringLiteral("run"), QStringLiteral("--as-of"),
             QStringLiteral("2026-02-04")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    ASSERT_EQ(server.waitForCount(1), 1);
    EXPECT_TRUE(attachmentNames(server.received().first()).isEmpty());
}

TEST_F(InvoiceMailTest, PaymentWithThankYouOnSendsOneThankYou)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"), QStringLiteral("boss@c001.example"));
    const QString number = addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2));
    ledger->setSetting(SettingKeys::PaymentsThankYou, QStringLiteral("true"));
    ledger.close();
    auto r = cli({QStringLiteral("pay"), QStringLiteral("C001"), QStringLiteral("500.00"), QStringLiteral("--on"),
                  QStringLiteral("2026-03-20")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    ASSERT_EQ(server.waitForCount(1), 1);
    const auto received = server.received().first();
    EXPECT_EQ(received.subject(), QStringLiteral("Thank you for your payment – Test Company"));
    EXPECT_EQ(received.rcptTos(), QStringList({QStringLiteral("ap@c001.example"), QStringLiteral("boss@c001.example")}));
    EXPECT_TRUE(received.text("text").contains(
        QStringLiteral("- Invoice %1: 500.00 USD applied, 730.50 USD still open").arg(number)))
        << received.text("text").toStdString();
    ledger.reopen();
    const auto messages = Outbox(*ledger).list();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().templateKey, QStringLiteral("payment_thanks"));
}

TEST_F(InvoiceMailTest, PaymentWithThankYouOffSendsNone)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"));
    addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2));
    ledger.close();
    const auto r = cli({QStringLiteral("pay"), QStringLiteral("C001"), QStringLiteral("500.00"),
                        QStringLiteral("--on"), QStringLiteral("2026-03-20")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ledger.reopen();
    EXPECT_EQ(ledger->payments().size(), 1);
    EXPECT_EQ(outboxCount(), 0);
}

TEST_F(InvoiceMailTest, ImportedPaymentsAreNeverThanked)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"));
    addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2));
    ledger->setSetting(SettingKeys::PaymentsThankYou, QStringLiteral("true"));
    const QString csv = ledger.writeFile(QStringLiteral("payments.csv"),
                                         "customer,date,amount,method,reference,invoice\n"
                                         "C001,2026-03-20,100.00,bank transfer,R-1,\n"
                                         "C001,2026-03-21,200.00,bank transfer,R-2,\n");
    ledger.close();
    const auto r = cli({QStringLiteral("import"), QStringLiteral("payments"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ledger.reopen();
    EXPECT_EQ(ledger->payments().size(), 2);
    EXPECT_EQ(outboxCount(), 0);
}

TEST_F(InvoiceMailTest, ThankYouToACustomerWithoutEmailIsSkippedAndThePaymentStands)
{
    addCustomer(QStringLiteral("C002"), {});
    addInvoice(QStringLiteral("C002"), QDate(2026, 3, 2));
    ledger->setSetting(SettingKeys::PaymentsThankYou, QStringLiteral("true"));
    const auto result = ledger->recordPayment(QStringLiteral("C002"), settle::test::usd(10000), QDate(2026, 3, 20),
                                              PaymentMethod::BankTransfer, QStringLiteral("R-9"));
    EXPECT_GT(result.payment.id, 0);
    EXPECT_EQ(ledger->payments(QStringLiteral("C002")).size(), 1);
    EXPECT_EQ(outboxCount(), 0);
}

TEST_F(InvoiceMailTest, SplitPaymentIsThankedInTheSameWrite)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("ap@c001.example"));
    const QString a = addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2));
    const QString b = addInvoice(QStringLiteral("C001"), QDate(2026, 3, 3));
    ledger->setSetting(SettingKeys::PaymentsThankYou, QStringLiteral("true"));
    int changed = 0;
    Ledger::Changes seen;
    QObject::connect(&*ledger, &Ledger::changed, [&](Ledger::Changes c) {
        ++changed;
        seen = c;
    });
    ledger->recordPaymentSplit(QStringLiteral("C001"), settle::test::usd(50000), QDate(2026, 3, 20),
                               PaymentMethod::BankTransfer, {}, {{a, 20000}, {b, 30000}});
    EXPECT_EQ(changed, 1) << "one write";
    EXPECT_TRUE(seen.testFlag(Ledger::Change::Outbox));
    const auto messages = Outbox(*ledger).list();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().bodyText.contains(a));
    EXPECT_TRUE(messages.first().bodyText.contains(b));
}
