#include "dates/FixedClock.h"
#include "ledger/Ledger.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace settle;

// Versioned migrations, with a backup copy of the file taken before each migration.
TEST(Migration, AnOlderLedgerIsBackedUpThenMigrated)
{
    const auto migrations = Migrations::all(false);
    if (migrations.size() < 2)
        GTEST_SKIP() << "only one schema version exists so far";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        // A ledger written by a Settle that knew only the first schema version.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString& sql : migrations.first().statements)
            ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (1, 'initial')")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('company.name', 'Old Co')")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    FixedClock clock(QDate(2026, 3, 31));
    auto ledger = Ledger::open(path, Database::OpenMode::MustExist, clock);
    EXPECT_EQ(ledger->database().schemaVersion(), Migrations::latestVersion());
    EXPECT_EQ(ledger->setting(QStringLiteral("company.name")), QStringLiteral("Old Co"));
    const QString backup = ledger->database().lastBackup();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(QFile::exists(backup));
    ledger.reset();

    // The backup is the ledger as it was: still version 1, with its data.
    auto old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
    old.setDatabaseName(backup);
    ASSERT_TRUE(old.open());
    {
        QSqlQuery query(old);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
    }
    old.close();
    old = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

TEST(Migration, ScriptsSplitIntoStatementsAndSkipComments)
{
    const auto statements = Migrations::split(QStringLiteral("-- a comment\nCREATE TABLE a (x INTEGER);\n\n"
                                                             "CREATE TABLE b (\n  y TEXT\n);\n"));
    ASSERT_EQ(statements.size(), 2);
    EXPECT_EQ(statements[1], QStringLiteral("CREATE TABLE b (\n  y TEXT\n)"));
}
