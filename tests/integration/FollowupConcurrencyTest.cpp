#include "CliRunner.h"
#include "FollowupTestLedger.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

#include <memory>

using namespace settle;
using settle::test::CliRunner;
using settle::test::FollowupTestLedger;

namespace {

std::unique_ptr<QProcess> startRun(const QString& ledger, QDate asOf)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SETTLE_DB"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/settle-test-xdg"));
    env.insert(QStringLiteral("SETTLE_LOG"), QStringLiteral("off"));
    process->setProcessEnvironment(env);
    process->start(CliRunner::binary(), {QStringLiteral("--db"), ledger, QStringLiteral("followups"),
                                         QStringLiteral("run"), QStringLiteral("--as-of"), IsoDate::format(asOf),
                                         QStringLiteral("--json")});
    return process;
}

} // namespace

// The escalation rule: a stage is raised at most once per invoice, also when two processes
// run the engine at the same time (two desktops on one ledger, or the GUI plus a cron job).
TEST(FollowupConcurrency, TwoCliRunsAtTheSameMomentRaiseEveryStageExactlyOnce)
{
    FollowupTestLedger ledger(QDate(2026, 1, 1));
    const QStringList customers{QStringLiteral("C01"), QStringLiteral("C02"), QStringLiteral("C03"), QStringLiteral("C04")};
    for (const auto& code : customers)
        ledger.addCustomerWithEmail(code);
    QStringList numbers;
    for (int k = 0; k < 16; ++k)
        numbers << ledger.addInvoiceOn(customers[k % 4], QDate(2026, 1, 1).addDays(k % 8), 10000 + k);
    ledger.close();

    // Every stage of every invoice, from both processes' outputs: "INV-0001 Reminder".
    QStringList raised;
    int rounds = 0;
    for (QDate d(2026, 1, 27); d <= QDate(2026, 4, 5); d = d.addDays(1), ++rounds) {
        auto first = startRun(ledger.path(), d);
        auto second = startRun(ledger.path(), d);
        for (auto* process : {first.get(), second.get()}) {
            ASSERT_TRUE(process->waitForFinished(60000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            ASSERT_EQ(process->exitCode(), 0) << err.toStdString();
            const auto actions = QJsonDocument::fromJson(process->readAllStandardOutput())
                                     .object()
                                     .value(QStringLiteral("actions"))
                                     .toArray();
            for (const auto& action : actions)
                for (const auto& number : action.toObject().value(QStringLiteral("invoices")).toArray())
                    raised << number.toString() + u' ' + action.toObject().value(QStringLiteral("stage")).toString();
        }
    }
    EXPECT_GE(rounds, 60);

    const QSet<QString> distinct(raised.cbegin(), raised.cend());
    EXPECT_EQ(distinct.size(), raised.size()) << "a stage was raised twice";
    for (const auto& number : numbers)
        for (const char* stage : {"Upcoming", "Reminder", "Second reminder", "Final notice", "Collections review"})
            EXPECT_EQ(raised.count(number + u' ' + QString::fromUtf8(stage)), 1) << number.toStdString() << " " << stage;

    // The ledger agrees with what the two processes reported.
    ledger.reopen();
    qsizetype items = 0;
    for (const auto& record : ledger.queue().list())
        items += record.items.size();
    EXPECT_EQ(items, raised.size());
}
