#include "CliRunner.h"
#include "FollowupTestLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::FollowupTestLedger;

namespace {

// Pretty JSON on one line, as docs/CLI.md writes it, so that key order is compared too.
QString oneLine(QString json)
{
    static const QRegularExpression layout(QStringLiteral("\\n\\s*"));
    return json.trimmed().replace(layout, QString()).replace(QStringLiteral("\": "), QStringLiteral("\":"));
}

class FollowupCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ledger.addCustomerWithEmail(QStringLiteral("C001"));
        ledger.addCustomerWithEmail(QStringLiteral("C002"));
        ledger.addInvoiceOn(QStringLiteral("C002"), QDate(2026, 1, 1), 10000); // INV-0001, due 01-31
        ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 20000); // INV-0002
        ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 2), 30000); // INV-0003, due 02-01
        ledger.close();
    }

    CliResult cli(const QStringList& args) const { return CliRunner(ledger.path()).run(args); }

    FollowupTestLedger ledger;
};

} // namespace

TEST_F(FollowupCli, PlanPrintsTheJsonOfCliMdAndChangesNothing)
{
    const auto r = cli({QStringLiteral("followups"), QStringLiteral("plan"), QStringLiteral("--as-of"),
                        QStringLiteral("2026-02-04"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(oneLine(r.out),
              QStringLiteral(R"({"as_of":"2026-02-04","actions":[)"
                             R"({"customer":"C001","stage":"Reminder","stage_index":1,"channel":"email","invoices":["INV-0002","INV-0003"],"needs_approval":false},)"
                             R"({"customer":"C002","stage":"Reminder","stage_index":1,"channel":"email","invoices":["INV-0001"],"needs_approval":false}]})"));
    const auto again = cli({QStringLiteral("followups"), QStringLiteral("plan"), QStringLiteral("--as-of"),
                            QStringLiteral("2026-02-04"), QStringLiteral("--json")});
    EXPECT_EQ(again.out, r.out) << "plan raised nothing";
}

TEST_F(FollowupCli, RunRaisesOnceAndListsTheQueue)
{
    const QStringList run{QStringLiteral("followups"), QStringLiteral("run"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-01-29"), QStringLiteral("--json")};
    auto r = cli(run);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(oneLine(r.out),
              QStringLiteral(R"({"as_of":"2026-01-29","actions":[)"
                             R"({"customer":"C001","stage":"Upcoming","stage_index":0,"channel":"email","invoices":["INV-0002","INV-0003"],"needs_approval":false},)"
                             R"({"customer":"C002","stage":"Upcoming","stage_index":0,"channel":"email","invoices":["INV-0001"],"needs_approval":false}]})"));
    r = cli(run);
    EXPECT_EQ(oneLine(r.out), QStringLiteral(R"({"as_of":"2026-01-29","actions":[]})"));

    r = cli({QStringLiteral("followups"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("followups")).toArray();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("raised_on")).toString(), QStringLiteral("2026-01-29"));

    r = cli({QStringLiteral("followups"), QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-02-04")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Raised 2 follow-ups at 2026-02-04"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("INV-0002, INV-0003"))) << r.out.toStdString();
}

TEST_F(FollowupCli, AStageThatNeedsApprovalIsApprovedOnceFromTheCommandLine)
{
    for (const char* d : {"2026-02-03", "2026-02-14", "2026-03-02", "2026-03-17"})
        ASSERT_EQ(cli({QStringLiteral("followups"), QStringLiteral("run"), QStringLiteral("--as-of"), QString::fromUtf8(d)})
                      .exitCode,
                  0);
    auto r = cli({QStringLiteral("followups"), QStringLiteral("list"), QStringLiteral("--pending"), QStringLiteral("--json")});
    const auto pending = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("followups")).toArray();
    ASSERT_EQ(pending.size(), 2) << r.out.toStdString();
    const auto first = pending[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("stage")).toString(), QStringLiteral("Collections review"));
    EXPECT_TRUE(first.value(QStringLiteral("needs_approval")).toBool());
    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
    r = cli({QStringLiteral("followups"), QStringLiteral("approve"), id});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("is approved and delivered"))) << r.out.toStdString();
    r = cli({QStringLiteral("followups"), QStringLiteral("approve"), id});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("settle-cli: follow-up %1 is already approved; it cannot be approved").arg(id));
    const QString other = QString::number(pending[1].toObject().value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(cli({QStringLiteral("followups"), QStringLiteral("dismiss"), other}).exitCode, 0);
    r = cli({QStringLiteral("followups"), QStringLiteral("approve"), other});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("was dismissed"))) << r.err.toStdString();
    r = cli({QStringLiteral("followups"), QStringLiteral("list"), QStringLiteral("--pending"), QStringLiteral("--json")});
    EXPECT_EQ(oneLine(r.out), QStringLiteral(R"({"followups":[]})"));
}

TEST_F(FollowupCli, InvoiceEventsFromTheCommandLine)
{
    auto r = cli({QStringLiteral("invoice"), QStringLiteral("dispute"), QStringLiteral("INV-0001"), QStringLiteral("--reason"),
                  QStringLiteral("never arrived"), QStringLiteral("--on"), QStringLiteral("2026-01-20")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Invoice INV-0001 is disputed since 2026-01-20: never arrived\n"));
    r = cli({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-0001"), QStringLiteral("--as-of"),
             QStringLiteral("2026-01-25"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("disputed")).toBool(), true);
    r = cli({QStringLiteral("followups"), QStringLiteral("plan"), QStringLiteral("--as-of"), QStringLiteral("2026-02-04"),
             QStringLiteral("--json")});
    EXPECT_FALSE(r.out.contains(QStringLiteral("INV-0001"))) << "disputed: paused";
    r = cli({QStringLiteral("invoice"), QStringLiteral("resolve"), QStringLiteral("INV-0001"), QStringLiteral("--on"),
             QStringLiteral("2026-02-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    // The CLI records extensions, promises and holds "today" by the real clock, so the rest of this
    // test dates itself from there.
    const QDate today = QDate::currentDate();
    const QString extendedTo = IsoDate::format(today.addDays(60));
    r = cli({QStringLiteral("invoice"), QStringLiteral("extend"), QStringLiteral("INV-0002"), QStringLiteral("--to"),
             extendedTo});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Invoice INV-0002 is now due %1 (was 2026-01-31).\n").arg(extendedTo));
    r = cli({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-0002"), QStringLiteral("--json")});
    const auto shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(shown.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-01-31"));
    EXPECT_EQ(shown.value(QStringLiteral("effective_due_date")).toString(), extendedTo);

    const QString promisedUntil = IsoDate::format(today.addDays(30));
    r = cli({QStringLiteral("invoice"), QStringLiteral("promise"), QStringLiteral("INV-0003"), QStringLiteral("--until"),
             promisedUntil});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-0003"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("promise_until")).toString(),
              promisedUntil);

    const QStringList planTomorrow{QStringLiteral("followups"), QStringLiteral("plan"), QStringLiteral("--as-of"),
                                   IsoDate::format(today.addDays(1)), QStringLiteral("--json")};
    r = cli(planTomorrow);
    EXPECT_TRUE(r.out.contains(QStringLiteral("INV-0001"))) << r.out.toStdString();
    r = cli({QStringLiteral("customer"), QStringLiteral("hold"), QStringLiteral("C002")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli(planTomorrow);
    EXPECT_EQ(oneLine(r.out), QStringLiteral(R"({"as_of":"%1","actions":[]})").arg(IsoDate::format(today.addDays(1))))
        << "INV-0001's customer on hold, INV-0002 extended, INV-0003 promised";
}

TEST_F(FollowupCli, BadInputIsRefusedWithTheRightExitStatus)
{
    struct Refusal
    {
        QStringList args;
        int exit;
        QString error;
    };
    const QList<Refusal> refusals{
        {{QStringLiteral("invoice"), QStringLiteral("dispute"), QStringLiteral("INV-0001"), QStringLiteral("--reason"),
          QStringLiteral("x"), QStringLiteral("--on"), QStringLiteral("2025-12-31")},
         3,
         QStringLiteral("settle-cli: invoice INV-0001: the dispute date 2025-12-31 is before the invoice's issue date "
                        "2026-01-01")},
        {{QStringLiteral("invoice"), QStringLiteral("dispute"), QStringLiteral("INV-0001")},
         2,
         QStringLiteral("settle-cli invoice dispute: --reason is required (usage: settle-cli invoice dispute NUMBER "
                        "--reason TEXT [--on DATE])")},
        {{QStringLiteral("invoice"), QStringLiteral("extend"), QStringLiteral("INV-0001"), QStringLiteral("--to"),
          QStringLiteral("2026-01-31")},
         3,
         QStringLiteral("settle-cli: invoice INV-0001: the new due date 2026-01-31 must be later than the current due "
                        "date 2026-01-31")},
        {{QStringLiteral("invoice"), QStringLiteral("promise"), QStringLiteral("INV-0001"), QStringLiteral("--until"),
          QStringLiteral("2025-12-01")},
         3,
         QStringLiteral("settle-cli: invoice INV-0001: the promise date 2025-12-01 is before the invoice's issue date "
                        "2026-01-01")},
        {{QStringLiteral("invoice"), QStringLiteral("promise"), QStringLiteral("INV-0001"), QStringLiteral("--until"),
          QStringLiteral("2026-02-30")},
         2,
         QStringLiteral("settle-cli invoice promise: --until: \"2026-02-30\" is not a date (YYYY-MM-DD) (usage: "
                        "settle-cli invoice promise NUMBER --until DATE [--on DATE])")},
        {{QStringLiteral("invoice"), QStringLiteral("resolve"), QStringLiteral("INV-0404")},
         3,
         QStringLiteral("settle-cli: no invoice has the number \"INV-0404\"")},
        {{QStringLiteral("customer"), QStringLiteral("hold"), QStringLiteral("C404")},
         3,
         QStringLiteral("settle-cli: no customer has the code \"C404\"")},
        {{QStringLiteral("followups"), QStringLiteral("approve"), QStringLiteral("seven")},
         2,
         QStringLiteral("settle-cli followups: \"seven\" is not a follow-up ID (see settle-cli followups list) (usage: "
                        "settle-cli followups plan [--as-of DATE] [--json] | followups run [--as-of DATE] [--json] | "
                        "followups list [--pending] [--json] | followups approve ID | followups dismiss ID | "
                        "followups snooze ID --until DATE | followups done ID --outcome note|promise|dispute|legal "
                        "[--note TEXT] [--until DATE] | followups history INVOICE)")},
        {{QStringLiteral("followups"), QStringLiteral("approve"), QStringLiteral("77")},
         3,
         QStringLiteral("settle-cli: there is no follow-up 77")},
        {{QStringLiteral("followups"), QStringLiteral("plan"), QStringLiteral("--pending")}, 2, {}},
        {{QStringLiteral("followups"), QStringLiteral("escalate")}, 2, {}},
    };
    for (const auto& refusal : refusals) {
        const auto r = cli(refusal.args);
        EXPECT_EQ(r.exitCode, refusal.exit) << refusal.args.join(u' ').toStdString() << ": " << r.err.toStdString();
        if (!refusal.error.isEmpty()) {
            EXPECT_EQ(r.err.trimmed(), refusal.error);
        }
        EXPECT_TRUE(r.out.isEmpty());
    }
    // Nothing was changed by any of them.
    const auto r = cli({QStringLiteral("followups"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(oneLine(r.out), QStringLiteral(R"({"followups":[]})"));
    ledger.reopen();
    EXPECT_TRUE(ledger.events().forCustomer(QStringLiteral("C001")).isEmpty());
    EXPECT_TRUE(ledger.events().forCustomer(QStringLiteral("C002")).isEmpty());
}
