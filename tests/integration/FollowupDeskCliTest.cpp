#include "CliRunner.h"
#include "FollowupTestLedger.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::day;
using settle::test::FollowupTestLedger;

namespace {

// The CLI reads today from the system clock; the engine ran here before, at a fixed date.
class FollowupDeskCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ledger->setSetting(QStringLiteral("company.payment_details"),
                           QStringLiteral("IBAN DE02 1203 0000 0000 2020 51"));
        ledger.addCustomerWithEmail(QStringLiteral("C001"));
        ledger.addCustomer(QStringLiteral("C009"));                            // no email: a call
        ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 20000); // INV-0001
        ledger.addInvoiceOn(QStringLiteral("C009"), QDate(2026, 1, 1), 30000); // INV-0002
        const auto run = ledger.runAt(QDate(2026, 2, 3));
        for (const qint64 id : run.followupIds)
            (ledger.queue().get(id).customerCode == u"C001" ? emailFollowup : callFollowup) = id;
        ledger.close();
    }

    CliResult cli(const QStringList& args) const { return CliRunner(ledger.path()).run(args); }
    CliResult followups(const QStringList& args) const
    {
        return cli(QStringList{QStringLiteral("followups")} + args);
    }

    static QString future(int days) { return day(QDate::currentDate().addDays(days)); }

    FollowupTestLedger ledger;
    qint64 emailFollowup = 0;
    qint64 callFollowup = 0;
};

} // namespace

TEST_F(FollowupDeskCli, SnoozeTakesAFutureDateAndRefusesTheRest)
{
    ASSERT_NE(emailFollowup, 0);
    const QString id = QString::number(emailFollowup);
    const auto r = followups({QStringLiteral("snooze"), id, QStringLiteral("--until"), future(5)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("is snoozed until ") + future(5))) << r.out.toStdString();

    const auto today = followups({QStringLiteral("snooze"), id, QStringLiteral("--until"), future(0)});
    EXPECT_EQ(today.exitCode, 3);
    EXPECT_TRUE(today.err.contains(QStringLiteral("must be after today"))) << today.err.toStdString();
    EXPECT_EQ(followups({QStringLiteral("snooze"), id}).exitCode, 2);
    EXPECT_EQ(followups({QStringLiteral("snooze"), QStringLiteral("x"), QStringLiteral("--until"), future(5)})
                  .exitCode,
              2);
    EXPECT_EQ(
        followups({QStringLiteral("snooze"), id, QStringLiteral("--until"), QStringLiteral("soon")}).exitCode,
        2);
    EXPECT_EQ(
        followups({QStringLiteral("snooze"), QStringLiteral("999"), QStringLiteral("--until"), future(5)})
            .exitCode,
        3);
}

TEST_F(FollowupDeskCli, DoneRecordsACallsPromiseAndTheHistoryShowsIt)
{
    ASSERT_NE(callFollowup, 0);
    const QString id = QString::number(callFollowup);
    EXPECT_EQ(followups({QStringLiteral("done"), id}).exitCode, 2) << "--outcome is required";
    EXPECT_EQ(followups({QStringLiteral("done"), id, QStringLiteral("--outcome"), QStringLiteral("maybe")})
                  .exitCode,
              2);
    const auto noDate =
        followups({QStringLiteral("done"), id, QStringLiteral("--outcome"), QStringLiteral("promise")});
    EXPECT_EQ(noDate.exitCode, 3);
    EXPECT_TRUE(noDate.err.contains(QStringLiteral("needs its date"))) << noDate.err.toStdString();

    const auto r = followups({QStringLiteral("done"), id, QStringLiteral("--outcome"),
                              QStringLiteral("promise"), QStringLiteral("--until"), future(10),
                              QStringLiteral("--note"), QStringLiteral("Mr Berg pays next week")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("is done: promise until ") + future(10)))
        << r.out.toStdString();

    const auto again = followups({QStringLiteral("done"), id, QStringLiteral("--outcome"),
                                  QStringLiteral("note"), QStringLiteral("--note"), QStringLiteral("x")});
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_TRUE(again.err.contains(QStringLiteral("no open task"))) << again.err.toStdString();

    const auto history = followups({QStringLiteral("history"), QStringLiteral("INV-0002")});
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    EXPECT_TRUE(history.out.contains(QStringLiteral("Reminder raised (email)"))) << history.out.toStdString();
    EXPECT_TRUE(history.out.contains(QStringLiteral("Outcome: promise — until ") + future(10) +
                                     QStringLiteral(" — Mr Berg pays next week")))
        << history.out.toStdString();
    EXPECT_TRUE(history.out.contains(QStringLiteral("Event: promise — ") + future(10)))
        << history.out.toStdString();

    const auto shown = cli({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-0002"),
                            QStringLiteral("--json")});
    EXPECT_TRUE(shown.out.contains(future(10))) << shown.out.toStdString();
    EXPECT_EQ(followups({QStringLiteral("history"), QStringLiteral("INV-9999")}).exitCode, 3);
}
