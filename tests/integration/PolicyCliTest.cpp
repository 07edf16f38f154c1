#include "CliRunner.h"
#include "TempLedger.h"

#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

namespace {

// Customers C001 and C002 on Standard, C003 on Firm.
struct PolicyLedger
{
    TempLedger ledger;
    CliRunner cli{ledger.path()};

    PolicyLedger()
    {
        for (const char* code : {"C001", "C002", "C003"})
            ledger.addCustomer(QString::fromUtf8(code));
        ledger.close();
        run({QStringLiteral("customer"), QStringLiteral("set-policy"), QStringLiteral("C003"), QStringLiteral("Firm")});
    }

    CliResult run(const QStringList& arguments) { return cli.run(arguments); }

    QString policyOf(const QString& code)
    {
        ledger.reopen();
        const QString policy = ledger->customer(code)->policy;
        ledger.close();
        return policy;
    }
};

QJsonObject stageOf(const QJsonObject& policy, int index)
{
    return policy.value(QStringLiteral("stages")).toArray().at(index).toObject();
}

} // namespace

TEST(PolicyCli, ListShowsEachPolicyItsStagesAndHowManyCustomersUseIt)
{
    PolicyLedger t;
    const auto r = t.run({QStringLiteral("policy"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Firm (1 customer)\n"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nGentle (0 customers)\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nStandard (2 customers)\n")));
    // Firm's final notice: its offset, gap, channels, template, fee and notes on one line.
    EXPECT_TRUE(r.out.contains(QRegularExpression(
        QStringLiteral("\n  Final notice +\\+14 +5 +email\\+letter +final_notice +10 +states interest\n"))))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(
        QStringLiteral("\n  Call +\\+40 +10 +task +final_notice +- *\n"))))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(
        QStringLiteral("\n  Upcoming +-7 +0 +email +upcoming +- *\n"))));
}

TEST(PolicyCli, ListJsonHasTheDocumentedShape)
{
    PolicyLedger t;
    const auto r = t.run({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    const QJsonArray policies = root.value(QStringLiteral("policies")).toArray();
    ASSERT_EQ(policies.size(), 3);
    QStringList names;
    for (const auto& p : policies)
        names << p.toObject().value(QStringLiteral("name")).toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Firm"), QStringLiteral("Gentle"), QStringLiteral("Standard")}));
    const QJsonObject firm = policies.at(0).toObject();
    EXPECT_EQ(firm.keys(), (QStringList{QStringLiteral("customers"), QStringLiteral("name"), QStringLiteral("stages")}));
    EXPECT_EQ(firm.value(QStringLiteral("customers")).toInt(), 1);
    EXPECT_EQ(policies.at(2).toObject().value(QStringLiteral("customers")).toInt(), 2);
    const QJsonObject notice = stageOf(firm, 3);
    EXPECT_EQ(notice.value(QStringLiteral("name")).toString(), QStringLiteral("Final notice"));
    EXPECT_EQ(notice.value(QStringLiteral("offset")).toInt(), 14);
    EXPECT_EQ(notice.value(QStringLiteral("gap")).toInt(), 5);
    EXPECT_EQ(notice.value(QStringLiteral("channel")).toString(), QStringLiteral("email+letter"));
    EXPECT_EQ(notice.value(QStringLiteral("template")).toString(), QStringLiteral("final_notice"));
    EXPECT_EQ(notice.value(QStringLiteral("fee")).toDouble(), 10.0);
    EXPECT_EQ(notice.value(QStringLiteral("fee_percent")).toDouble(), 0.0);
    EXPECT_TRUE(notice.value(QStringLiteral("states_interest")).toBool());
    EXPECT_FALSE(notice.value(QStringLiteral("needs_approval")).toBool());
    const QJsonObject gentleReview = stageOf(policies.at(1).toObject(), 4);
    EXPECT_EQ(gentleReview.value(QStringLiteral("name")).toString(), QStringLiteral("Collections review"));
    EXPECT_TRUE(gentleReview.value(QStringLiteral("needs_approval")).toBool());
    // The keys of a stage, in the order docs/CLI.md gives them.
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"name\": \"Upcoming\",\n")));
    const qsizetype at = r.out.indexOf(QStringLiteral("\"name\": \"Upcoming\""));
    QStringList order;
    for (const char* key : {"\"offset\"", "\"gap\"", "\"channel\"", "\"template\"", "\"fee\"", "\"fee_percent\"",
                            "\"states_interest\"", "\"needs_approval\""})
        order << QString::number(r.out.indexOf(QString::fromUtf8(key), at));
    QStringList sorted = order;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    EXPECT_EQ(order, sorted);
}

TEST(PolicyCli, SetPolicyChangesTheCustomersPolicyWithAnAuditRow)
{
    PolicyLedger t;
    const auto r = t.run({QStringLiteral("customer"), QStringLiteral("set-policy"), QStringLiteral("C001"),
                          QStringLiteral("Gentle")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Customer C001 now has reminder policy Gentle (was Standard).\n"));
    EXPECT_EQ(t.policyOf(QStringLiteral("C001")), QStringLiteral("Gentle"));
    t.ledger.reopen();
    const auto audit = t.ledger->audit().entries(QStringLiteral("customer"), QStringLiteral("C001"));
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.last().action, QStringLiteral("policy"));
    EXPECT_TRUE(audit.last().before.contains(QStringLiteral("\"Standard\"")));
    EXPECT_TRUE(audit.last().after.contains(QStringLiteral("\"Gentle\"")));
    t.ledger.close();
    const auto list = t.run({QStringLiteral("policy"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("\nGentle (1 customer)\n"))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("\nStandard (1 customer)\n")));
}

TEST(PolicyCli, AnUnknownCustomerOrPolicyIsRefusedNamingItAndChangesNothing)
{
    PolicyLedger t;
    t.ledger.reopen();
    const auto auditBefore = t.ledger->audit().entries().size();
    t.ledger.close();
    auto r = t.run({QStringLiteral("customer"), QStringLiteral("set-policy"), QStringLiteral("C999"),
                    QStringLiteral("Gentle")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no customer has the code \"C999\""))) << r.err.toStdString();
    r = t.run({QStringLiteral("customer"), QStringLiteral("set-policy"), QStringLiteral("C001"),
               QStringLiteral("Lenient")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("\"Lenient\" is not a reminder policy of this ledger (it has Firm, Gentle, Standard)")))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(t.policyOf(QStringLiteral("C001")), QStringLiteral("Standard"));
    t.ledger.reopen();
    EXPECT_EQ(t.ledger->audit().entries().size(), auditBefore);
    t.ledger.close();

    r = t.run({QStringLiteral("customer"), QStringLiteral("set-policy"), QStringLiteral("C001")});
    EXPECT_EQ(r.exitCode, 2) << "a missing argument is a usage error";
    r = t.run({QStringLiteral("policy"), QStringLiteral("show")});
    EXPECT_EQ(r.exitCode, 2);
    r = t.run({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--csv")});
    EXPECT_EQ(r.exitCode, 2);
}
