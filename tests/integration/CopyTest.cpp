#include "CliRunner.h"
#include "TestLocation.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::TestLocation;

namespace {

QString everything(const CliRunner& cli)
{
    QString all;
    for (const char* kind : {"customers", "invoices", "payments"})
        all += cli.run({"export", kind, "-"}).out;
    return all + cli.run({"aging", "--as-of", "2026-12-31", "--json"}).out;
}

} // namespace

// `copy --from --to` moves a whole ledger (to PostgreSQL in the postgresql run) and back.
TEST(Copy, ALedgerMovesThereAndBackUnchanged)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("source.db"));
    CliRunner source(file);
    ASSERT_EQ(source.run({"init", "--demo"}).exitCode, 0);
    TestLocation target;
    CliRunner cli(target.ledger());
    CliResult r = cli.run({"copy", "--from", file, "--to", target.ledger()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("verified")));
    EXPECT_EQ(everything(CliRunner(target.ledger())), everything(source));

    // New records continue after the copied ids and numbers.
    r = cli.run({"pay", "C001", "10.00", "--on", "2026-12-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QString back = dir.filePath(QStringLiteral("back.db"));
    r = cli.run({"copy", "--from", target.ledger(), "--to", back});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(everything(CliRunner(back)), everything(CliRunner(target.ledger())));
}

TEST(Copy, RefusesATargetThatAlreadyHoldsData)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("source.db"));
    ASSERT_EQ(CliRunner(file).run({"init", "--demo"}).exitCode, 0);
    TestLocation target;
    ASSERT_EQ(CliRunner(target.ledger()).run({"init", "--demo"}).exitCode, 0);
    const QString before = everything(CliRunner(target.ledger()));
    const CliResult r = CliRunner(target.ledger()).run({"copy", "--from", file, "--to", target.ledger()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already holds a ledger"))) << r.err.toStdString();
    EXPECT_EQ(everything(CliRunner(target.ledger())), before);
}
