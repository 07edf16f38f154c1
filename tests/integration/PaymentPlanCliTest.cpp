#include "CliRunner.h"
#include "SmtpTestServer.h"
#include "TempLedger.h"

#include "dates/IsoDate.h"
#include "followup/InvoiceEvents.h"
#include "mail/Outbox.h"
#include "plans/PaymentPlans.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::SmtpTestServer;
using settle::test::TempLedger;

namespace {

// Pretty JSON on one line, as docs/CLI.md writes it.
QString oneLine(QString json)
{
    static const QRegularExpression layout(QStringLiteral("\\n\\s*"));
    return json.trimmed().replace(layout, QString()).replace(QStringLiteral("\": "), QStringLiteral("\":"));
}

QString iso(QDate d)
{
    return IsoDate::format(d);
}

// settle-cli runs on the system clock, so the dates here are counted from today: INV-0001 of 1333.33
// issued 40 days ago (C001, with an email address) and INV-0002 of 500.00 (C002, without one).
class PaymentPlanCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1"));
        ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("none"));
        ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("billing@test-company.example"));
        for (const auto& [code, email] : {std::pair{QStringLiteral("C001"), QStringLiteral("ap@c001.example")},
                                          std::pair{QStringLiteral("C002"), QString()}}) {
            Customer customer;
            customer.code = code;
            customer.name = QStringLiteral("Customer ") + code;
            customer.email = email;
            customer.currency = QStringLiteral("USD");
            customer.terms = QStringLiteral("Net 30");
            ledger->addCustomer(customer);
        }
        ledger.clock().setToday(today.addDays(-40));
        ledger.addInvoice(QStringLiteral("C001"), today.addDays(-40), 133333);
        ledger.addInvoice(QStringLiteral("C002"), today.addDays(-40), 50000);
        ledger.close();
    }

    CliResult cli(const QStringList& args) const { return CliRunner(ledger.path()).run(args); }

    CliResult plan(const QString& number, const QStringList& options) const
    {
        return cli(QStringList{QStringLiteral("invoice"), QStringLiteral("plan"), number} + options);
    }

    QString installmentsJson(const QString& number) const
    {
        const auto r = cli({QStringLiteral("invoice"), QStringLiteral("show"), number, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString json = oneLine(r.out);
        const qsizetype at = json.indexOf(QStringLiteral("\"installments\":"));
        return at < 0 ? QString() : json.mid(at).chopped(1);
    }

    const QDate today = QDate::currentDate();
    TempLedger ledger;
};

} // namespace

TEST_F(PaymentPlanCli, EqualSplitPutsTheRemainderOnTheLastAndShowJsonListsTheInstallments)
{
    EXPECT_EQ(installmentsJson(QStringLiteral("INV-0001")), QStringLiteral("\"installments\":[]"));
    const QDate first = today.addDays(5);
    const auto r = plan(QStringLiteral("INV-0001"),
                        {QStringLiteral("--installments"), QStringLiteral("4"), QStringLiteral("--every"),
                         QStringLiteral("month"), QStringLiteral("--first"), iso(first), QStringLiteral("--on"),
                         iso(today.addDays(-1))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Invoice INV-0001: payment plan agreed on %1 over 1333.33 USD in 4 "
                                                "installments.\n")
                                     .arg(iso(today.addDays(-1)))))
        << r.out.toStdString();
    QString expected = QStringLiteral("\"installments\":[");
    for (int k = 0; k < 4; ++k) {
        const QString amount = k < 3 ? QStringLiteral("333.33") : QStringLiteral("333.34");
        expected += QStringLiteral(R"(%1{"due_date":"%2","amount":"%3","balance":"%3"})")
                        .arg(k ? QStringLiteral(",") : QString(), iso(first.addMonths(k)), amount);
    }
    expected += u']';
    EXPECT_EQ(installmentsJson(QStringLiteral("INV-0001")), expected);
    EXPECT_EQ(installmentsJson(QStringLiteral("INV-0002")), QStringLiteral("\"installments\":[]"));

    // A payment settles the first installment first.
    auto paid = cli({QStringLiteral("pay"), QStringLiteral("C001"), QStringLiteral("400.00"), QStringLiteral("--on"), iso(today),
                     QStringLiteral("--invoice"), QStringLiteral("INV-0001")});
    ASSERT_EQ(paid.exitCode, 0) << paid.err.toStdString();
    EXPECT_TRUE(installmentsJson(QStringLiteral("INV-0001"))
                    .startsWith(QStringLiteral(R"("installments":[{"due_date":"%1","amount":"333.33","balance":"0.00"},)"
                                               R"({"due_date":"%2","amount":"333.33","balance":"266.66"},)")
                                    .arg(iso(first), iso(first.addMonths(1)))));
}

TEST_F(PaymentPlanCli, AScheduleThatDoesNotAddUpExitsThreeNamingTheSumAndTheOpenBalanceAndChangesNothing)
{
    const QString schedule = QStringLiteral("%1=600.00,%2=700.00").arg(iso(today.addDays(3)), iso(today.addDays(33)));
    auto r = plan(QStringLiteral("INV-0001"), {QStringLiteral("--schedule"), schedule, QStringLiteral("--on"), iso(today)});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("settle-cli: invoice INV-0001: the installments add up to 1300.00, but the "
                                              "open balance on %1 is 1333.33")
                                   .arg(iso(today)));
    EXPECT_EQ(installmentsJson(QStringLiteral("INV-0001")), QStringLiteral("\"installments\":[]"));

    r = plan(QStringLiteral("INV-0001"),
             {QStringLiteral("--schedule"),
              QStringLiteral("%1=600.00,%2=733.33").arg(iso(today.addDays(3)), iso(today.addDays(33)))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(installmentsJson(QStringLiteral("INV-0001")),
              QStringLiteral(R"("installments":[{"due_date":"%1","amount":"600.00","balance":"600.00"},)"
                             R"({"due_date":"%2","amount":"733.33","balance":"733.33"}])")
                  .arg(iso(today.addDays(3)), iso(today.addDays(33))));
}

TEST_F(PaymentPlanCli, BadCountsAndDatesExitThreeAndAnUnknownPeriodExitsTwo)
{
    const QString first = iso(today.addDays(7));
    struct Case
    {
        QStringList options;
        int exit;
        QString error;
    };
    const QList<Case> cases{
        {{QStringLiteral("--installments"), QStringLiteral("1"), QStringLiteral("--every"), QStringLiteral("week"),
          QStringLiteral("--first"), first},
         3,
         QStringLiteral("invoice plan --installments: a plan needs at least 2 installments, not 1")},
        {{QStringLiteral("--installments"), QStringLiteral("3"), QStringLiteral("--every"), QStringLiteral("fortnight"),
          QStringLiteral("--first"), first},
         2,
         QStringLiteral("--every: \"fortnight\" is not week or month")},
        {{QStringLiteral("--installments"), QStringLiteral("3"), QStringLiteral("--every"), QStringLiteral("week"),
          QStringLiteral("--first"), iso(today.addDays(-3)), QStringLiteral("--on"), iso(today.addDays(-2))},
         3,
         QStringLiteral("invoice INV-0001, installment 1: the first due date %1 is before the day the plan is agreed, %2")
             .arg(iso(today.addDays(-3)), iso(today.addDays(-2)))},
        {{QStringLiteral("--installments"), QStringLiteral("3"), QStringLiteral("--every"), QStringLiteral("week"),
          QStringLiteral("--first"), first, QStringLiteral("--on"), iso(today.addDays(1))},
         3,
         QStringLiteral("invoice INV-0001: the agreed date %1 is in the future (today is %2)")
             .arg(iso(today.addDays(1)), iso(today))},
        {{QStringLiteral("--schedule"), QStringLiteral("%1=666.66,2026-02-30=666.67").arg(first)},
         3,
         QStringLiteral("invoice plan --schedule, entry 2 \"2026-02-30=666.67\": \"2026-02-30\" is not a date "
                        "(YYYY-MM-DD)")},
    };
    for (const auto& c : cases) {
        const auto r = plan(QStringLiteral("INV-0001"), c.options);
        EXPECT_EQ(r.exitCode, c.exit) << c.options.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(c.error)) << r.err.toStdString() << "\nexpected: " << c.error.toStdString();
    }
    EXPECT_EQ(installmentsJson(QStringLiteral("INV-0001")), QStringLiteral("\"installments\":[]"));
}

TEST_F(PaymentPlanCli, CancelEndsThePlan)
{
    ASSERT_EQ(plan(QStringLiteral("INV-0001"), {QStringLiteral("--installments"), QStringLiteral("2"),
                                                QStringLiteral("--every"), QStringLiteral("week"),
                                                QStringLiteral("--first"), iso(today.addDays(2))})
                  .exitCode,
              0);
    auto r = plan(QStringLiteral("INV-0001"), {QStringLiteral("--cancel"), QStringLiteral("--on"), iso(today)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Invoice INV-0001: the payment plan is cancelled on %1; the invoice is due as one "
                                    "amount again.\n")
                         .arg(iso(today)));
    EXPECT_EQ(installmentsJson(QStringLiteral("INV-0001")), QStringLiteral("\"installments\":[]"));
    r = plan(QStringLiteral("INV-0001"), {QStringLiteral("--cancel")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("settle-cli: invoice INV-0001 has no payment plan to cancel"));
}

TEST_F(PaymentPlanCli, PromiseAndExtensionAreStoredWithTheDayTheyWereAgreed)
{
    const QDate agreed = today.addDays(-3);
    auto r = cli({QStringLiteral("invoice"), QStringLiteral("promise"), QStringLiteral("INV-0001"),
                  QStringLiteral("--until"), iso(today.addDays(10)), QStringLiteral("--on"), iso(agreed)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("invoice"), QStringLiteral("extend"), QStringLiteral("INV-0002"), QStringLiteral("--to"),
             iso(today.addDays(20)), QStringLiteral("--on"), iso(agreed.addDays(1))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("invoice"), QStringLiteral("promise"), QStringLiteral("INV-0001"), QStringLiteral("--until"),
             iso(today.addDays(10)), QStringLiteral("--on"), iso(today.addDays(1))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is in the future"))) << r.err.toStdString();
    r = cli({QStringLiteral("invoice"), QStringLiteral("extend"), QStringLiteral("INV-0002"), QStringLiteral("--to"),
             iso(today.addDays(30)), QStringLiteral("--on"), iso(today.addDays(-41))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("before the invoice's issue date"))) << r.err.toStdString();

    // The pause starts on the agreed day: a follow-up plan as of that day raises nothing for INV-0001.
    r = cli({QStringLiteral("followups"), QStringLiteral("plan"), QStringLiteral("--as-of"), iso(agreed),
             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("INV-0001"))) << r.out.toStdString();
    r = cli({QStringLiteral("followups"), QStringLiteral("plan"), QStringLiteral("--as-of"), iso(agreed.addDays(-1)),
             QStringLiteral("--json")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("INV-0001"))) << "not paused the day before:\n" << r.out.toStdString();

    ledger.reopen();
    const auto promise = InvoiceEvents(*ledger).forInvoice(QStringLiteral("INV-0001"));
    ASSERT_EQ(promise.size(), 1);
    EXPECT_EQ(promise[0].kind, InvoiceEvent::Kind::Promise);
    EXPECT_EQ(promise[0].date, agreed);
    const auto extension = InvoiceEvents(*ledger).forInvoice(QStringLiteral("INV-0002"));
    ASSERT_EQ(extension.size(), 1);
    EXPECT_EQ(extension[0].date, agreed.addDays(1));
}

TEST_F(PaymentPlanCli, SendQueuesTheConfirmationWithTheScheduleAndItArrives)
{
    SmtpTestServer server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    ledger.reopen();
    ledger->setSetting(QStringLiteral("smtp.port"), QString::number(server.port()));
    ledger.close();
    const QDate first = today.addDays(10);
    auto r = plan(QStringLiteral("INV-0001"),
                  {QStringLiteral("--installments"), QStringLiteral("3"), QStringLiteral("--every"),
                   QStringLiteral("week"), QStringLiteral("--first"), iso(first), QStringLiteral("--send")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Queued the confirmation as outbox message 1"))) << r.out.toStdString();
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    ASSERT_EQ(server.waitForCount(1), 1);
    const auto received = server.received().first();
    EXPECT_EQ(received.rcptTos(), QStringList{QStringLiteral("ap@c001.example")});
    EXPECT_EQ(received.subject(), QStringLiteral("Payment plan for invoice INV-0001"));
    const QString text = received.text("text");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    auto longDate = [&](QDate d) { return english.toString(d, QStringLiteral("MMMM d, yyyy")); };
    for (const QString& line : {QStringLiteral("1. %1: 444.44 USD").arg(longDate(first)),
                                QStringLiteral("2. %1: 444.44 USD").arg(longDate(first.addDays(7))),
                                QStringLiteral("3. %1: 444.45 USD").arg(longDate(first.addDays(14))),
                                QStringLiteral("open balance of 1,333.33 USD on invoice INV-0001")})
        EXPECT_TRUE(text.contains(line)) << line.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(received.text("html").contains(QStringLiteral("1. %1: 444.44 USD<br>").arg(longDate(first))))
        << received.text("html").toStdString();
}

TEST_F(PaymentPlanCli, SendToACustomerWithoutEmailExitsThreeAndStoresNoPlan)
{
    const auto r = plan(QStringLiteral("INV-0002"),
                        {QStringLiteral("--installments"), QStringLiteral("2"), QStringLiteral("--every"),
                         QStringLiteral("month"), QStringLiteral("--first"), iso(today.addDays(3)),
                         QStringLiteral("--send")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("settle-cli: customer C002 (Customer C002) has no email address: the "
                                              "payment plan for invoice INV-0002 cannot be sent"));
    EXPECT_EQ(installmentsJson(QStringLiteral("INV-0002")), QStringLiteral("\"installments\":[]"));
    ledger.reopen();
    EXPECT_TRUE(Outbox(*ledger).list().isEmpty());
    EXPECT_TRUE(PaymentPlans(*ledger).history(QStringLiteral("INV-0002")).isEmpty());
}
