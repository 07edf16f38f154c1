#include "CliRunner.h"
#include "TestLocation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::TestLocation;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST(CliUsage, WrongUsageExitsWithTwo)
{
    TestLocation location;
    CliRunner cli(location.ledger());
    ASSERT_EQ(cli.run({"init"}).exitCode, 0);
    EXPECT_EQ(cli.run({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(cli.run({"aging", "--as-of", "2026-02-30"}).exitCode, 2);
    EXPECT_EQ(cli.run({"aging", "--json", "--csv"}).exitCode, 2);
    EXPECT_EQ(cli.run({"aging", "--bogus"}).exitCode, 2);
    EXPECT_EQ(cli.run({"pay", "C001", "10"}).exitCode, 2); // --on is required
    const CliResult r = cli.run({"invoice", "show"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("usage: settle-cli invoice"))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1);
}

TEST(CliUsage, HelpListsTheCommands)
{
    QTemporaryDir dir;
    const CliResult r = CliRunner(dir.filePath(QStringLiteral("l.db"))).run({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* command : {"init", "import", "export", "customer list", "invoice show", "pay", "aging"})
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(command))) << command;
}

TEST(CliUsage, AMissingLedgerIsARunTimeFailureThatSaysWhatToDo)
{
    QTemporaryDir dir;
    const CliResult r = CliRunner(dir.filePath(QStringLiteral("none.db"))).run({"aging"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("settle-cli init"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.db"))));
}

TEST(CliUsage, BadDataOnTheCommandLineExitsWithThree)
{
    TestLocation location;
    CliRunner cli(location.ledger());
    ASSERT_EQ(cli.run({"init", "--demo"}).exitCode, 0);
    EXPECT_EQ(cli.run({"pay", "C001", "12,50", "--on", "2026-03-01"}).exitCode, 3);
    EXPECT_EQ(cli.run({"pay", "C999", "12.50", "--on", "2026-03-01"}).exitCode, 3);
    EXPECT_EQ(cli.run({"invoice", "show", "NOPE-1"}).exitCode, 3);
    EXPECT_EQ(cli.run({"customer", "hold", "C999"}).exitCode, 3);
}

TEST(CliUsage, PayHoldAndVoidChangeTheLedger)
{
    TestLocation location;
    CliRunner cli(location.ledger());
    ASSERT_EQ(cli.run({"init", "--demo"}).exitCode, 0);
    const CliResult list = cli.run({"invoice", "list", "--customer", "C007", "--open", "--json"});
    ASSERT_TRUE(list.out.contains(QStringLiteral("\"balance\": \"198.00\""))) << list.out.toStdString();
    const CliResult pay = cli.run({"pay", "C007", "250.00", "--on", "2026-11-23", "--method", "card", "--ref", "R1"});
    ASSERT_EQ(pay.exitCode, 0) << pay.err.toStdString();
    EXPECT_TRUE(pay.out.contains(QStringLiteral("Recorded 250.00 USD from C007")));
    EXPECT_EQ(cli.run({"customer", "hold", "C007"}).exitCode, 0);
    EXPECT_TRUE(cli.run({"customer", "list", "--json"}).out.contains(QStringLiteral("\"on_hold\": true")));
    const CliResult after = cli.run({"invoice", "list", "--customer", "C007", "--json"});
    EXPECT_TRUE(after.out.contains(QStringLiteral("\"status\": \"paid\""))) << after.out.toStdString();
}

TEST(CliUsage, AFileThatIsNotASettleLedgerIsRefusedAndLeftAsItIs)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.db"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a database\n");
    file.close();
    const QByteArray before = hashOf(text);
    CliResult r = CliRunner(text).run({"aging"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not a Settle ledger"))) << r.err.toStdString();
    r = CliRunner(text).run({"init"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(hashOf(text), before);

    const QString other = dir.filePath(QStringLiteral("other.db"));
    QProcess::execute(QStringLiteral("sqlite3"), {other, QStringLiteral("CREATE TABLE recipes (name TEXT);")});
    const QByteArray otherBefore = hashOf(other);
    r = CliRunner(other).run({"init"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("another program"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(other), otherBefore);
    EXPECT_FALSE(QFile::exists(other + QStringLiteral("-wal")));
}

TEST(CliUsage, ALedgerFromANewerSettleIsRefusedAndLeftAsItIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.db"));
    CliRunner cli(path);
    ASSERT_EQ(cli.run({"init"}).exitCode, 0);
    QProcess::execute(QStringLiteral("sqlite3"),
                      {path, QStringLiteral("PRAGMA journal_mode=DELETE; INSERT INTO schema_migrations VALUES (9999, 'future');")});
    const QByteArray before = hashOf(path);
    const CliResult r = cli.run({"aging"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer Settle (schema version 9999"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(path), before);
}
