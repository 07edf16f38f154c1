#include "CliRunner.h"
#include "ReadOnlyFolder.h"
#include "SmallDisk.h"
#include "TestLocation.h"

#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <dirent.h>
#include <unistd.h>

using namespace settle;
using namespace settle::test;

namespace {

QString data(const char* name)
{
    return QStringLiteral(SETTLE_TEST_DATA "/") + QString::fromUtf8(name);
}

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// No driver's words, no statement, no bracketed SQL: what a user reads is a sentence.
void expectNoRawDatabaseText(const QString& err)
{
    for (const char* raw : {"INSERT", "UPDATE", "SELECT", "BEGIN", "COMMIT", "ROLLBACK", "rollback failed",
                            "no transaction is active", "Unable to fetch row", "database query failed",
                            "database statement failed", "[", "not an SQLite database"})
        EXPECT_FALSE(err.contains(QString::fromLatin1(raw))) << "\"" << raw << "\" in: " << err.toStdString();
}

// A ledger with the test customers in `folder`, written and closed by the real CLI.
QString makeLedger(const QString& folder)
{
    const QString path = folder + QStringLiteral("/books.db");
    CliRunner cli(path);
    EXPECT_EQ(cli.run({"init", "--company", "Test Books"}).exitCode, 0);
    EXPECT_EQ(cli.run({"import", "customers", data("customers.csv")}).exitCode, 0);
    return path;
}

bool onPostgres()
{
    return TestLocation::postgres();
}

} // namespace

// A ledger in a folder nobody may write to opens for reading: lists work, every change is refused
// with a sentence that says so, the exit status of a run-time failure, and the file is untouched.
TEST(LedgerFailureCli, ALedgerInAReadOnlyFolderCanBeReadButNotChanged)
{
    if (onPostgres())
        GTEST_SKIP() << "a file-system matter";
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("books"));
    QDir().mkpath(folder);
    const QString path = makeLedger(folder);
    const QByteArray before = hashOf(path);
    ReadOnlyFolder readOnly(folder);
    ASSERT_TRUE(readOnly.ok());
    CliRunner cli(path);

    const CliResult list = cli.run({"customer", "list"});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("C001"))) << list.out.toStdString();

    const CliResult hold = cli.run({"customer", "hold", "C001"});
    EXPECT_EQ(hold.exitCode, 1);
    EXPECT_TRUE(hold.err.contains(QStringLiteral("read-only"))) << hold.err.toStdString();
    expectNoRawDatabaseText(hold.err);

    const CliResult import = cli.run({"import", "invoices", data("invoices.csv")});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_TRUE(import.err.contains(QStringLiteral("read-only"))) << import.err.toStdString();
    EXPECT_EQ(hashOf(path), before);
}

// The file itself read-only (its folder writable): the same. Root may write any file, so this one
// runs for other users only; the folder test above covers root.
TEST(LedgerFailureCli, AReadOnlyLedgerFileCanBeReadButNotChanged)
{
    if (onPostgres())
        GTEST_SKIP() << "a file-system matter";
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes read-only files";
    QTemporaryDir dir;
    const QString path = makeLedger(dir.path());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = hashOf(path);
    CliRunner cli(path);
    EXPECT_EQ(cli.run({"customer", "list"}).exitCode, 0);
    const CliResult hold = cli.run({"customer", "hold", "C001"});
    EXPECT_EQ(hold.exitCode, 1);
    EXPECT_TRUE(hold.err.contains(QStringLiteral("read-only"))) << hold.err.toStdString();
    expectNoRawDatabaseText(hold.err);
    EXPECT_EQ(hashOf(path), before);
}

// A full disk: the import fails saying so (not "rollback failed ... no transaction is active"), the
// ledger keeps what it had, and it is still called a ledger (not "not an SQLite database").
TEST(LedgerFailureCli, AFullDiskIsSaidInWordsAndChangesNothing)
{
    if (onPostgres())
        GTEST_SKIP() << "a file-system matter";
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("disk"));
    SmallDisk disk(folder, 2 * 1024 * 1024);
    if (!disk.ok())
        GTEST_SKIP() << "mounting a small file system needs root";
    const QString path = makeLedger(folder);
    // An import large enough to need new pages in the WAL.
    QByteArray csv("code,name,email,currency,terms,language,address\n");
    for (int k = 0; k < 20000; ++k)
        csv += "X" + QByteArray::number(k) + ",Customer number " + QByteArray::number(k) + " with a long name,x" +
               QByteArray::number(k) + "@example.com,USD,Net 30,en,Somewhere street " + QByteArray::number(k) + "\n";
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    disk.fill();
    CliRunner cli(path);

    const CliResult import = cli.run({"import", "customers", big});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_TRUE(import.err.contains(QStringLiteral("disk is full"))) << import.err.toStdString();
    expectNoRawDatabaseText(import.err);

    const CliResult list = cli.run({"customer", "list"});
    expectNoRawDatabaseText(list.err);
    EXPECT_FALSE(list.err.contains(QStringLiteral("not a Settle ledger"))) << list.err.toStdString();
    if (list.exitCode == 0)
        EXPECT_FALSE(list.out.contains(QStringLiteral("X1,"))) << "the failed import left nothing";
    else
        EXPECT_TRUE(list.err.contains(QStringLiteral("disk is full"))) << list.err.toStdString();
}

namespace {

// Another program's write transaction on the ledger, held until release().
class LockHolder
{
public:
    explicit LockHolder(const QString& path) : m_db(Database::open(path, Database::OpenMode::MustExist))
    {
        Statement::run(m_db->connection(), QStringLiteral("BEGIN IMMEDIATE"));
    }
    void release() { Statement::run(m_db->connection(), QStringLiteral("COMMIT")); }

private:
    std::unique_ptr<Database> m_db;
};

} // namespace

// A writer that meets another program's write lock waits for it (and says so) instead of failing
// after a few seconds with "database is locked ... [BEGIN IMMEDIATE]".
TEST(LedgerFailureCli, AWriterWaitsForAnotherProgramsLockAndSaysSo)
{
    if (onPostgres())
        GTEST_SKIP() << "SQLite's file lock";
    QTemporaryDir dir;
    const QString path = makeLedger(dir.path());
    LockHolder holder(path);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
    env.remove(QStringLiteral("SETTLE_LOG"));
    process.setProcessEnvironment(env);
    process.start(CliRunner::binary(), {QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("hold"),
                                        QStringLiteral("C001")});
    QString err;
    while (!err.contains(QStringLiteral("waiting")) && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        err += QString::fromUtf8(process.readAllStandardError());
    }
    EXPECT_TRUE(err.contains(QStringLiteral("another program is writing"))) << err.toStdString();
    holder.release();
    process.waitForFinished(60000);
    err += QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitCode(), 0) << err.toStdString();
    expectNoRawDatabaseText(err);
    const CliResult list = CliRunner(path).run({"customer", "list", "--json"});
    EXPECT_TRUE(list.out.contains(QStringLiteral("\"on_hold\": true"))) << list.out.toStdString();
}

// SETTLE_LOCK_WAIT=0: a script that would rather fail than wait hears who is in the way.
TEST(LedgerFailureCli, AWriterThatMustNotWaitSaysAnotherProgramIsWriting)
{
    if (onPostgres())
        GTEST_SKIP() << "SQLite's file lock";
    QTemporaryDir dir;
    const QString path = makeLedger(dir.path());
    LockHolder holder(path);
    qputenv("SETTLE_LOCK_WAIT", "0");
    const CliResult hold = CliRunner(path).run({"customer", "hold", "C001"});
    qunsetenv("SETTLE_LOCK_WAIT");
    EXPECT_EQ(hold.exitCode, 1);
    EXPECT_TRUE(hold.err.contains(QStringLiteral("another program is writing this ledger"))) << hold.err.toStdString();
    expectNoRawDatabaseText(hold.err);
    holder.release();
}

// A name that is not UTF-8 (Latin-1 é) names that very file: init creates it, SETTLE_DB finds it,
// and no look-alike (UTF-8 é, or U+FFFD) appears beside it.
TEST(LedgerFailureCli, ALedgerNameThatIsNotUtf8OpensThatFile)
{
    if (onPostgres())
        GTEST_SKIP() << "a file-system matter";
    QTemporaryDir dir;
    const QByteArray folder = QFile::encodeName(dir.path());
    const QByteArray name = folder + "/l\xe9" "dger.db";
    const QByteArray cli = QFile::encodeName(CliRunner::binary());
    // The bytes go through the shell as they are; QProcess would pass the arguments as UTF-8.
    const auto shell = [&](const QByteArray& script) {
        QProcess process;
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromLatin1(script)});
        process.waitForFinished(60000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    };
    const QByteArray quoted = "\"$(printf '" + folder + "/l\\351dger.db')\"";
    auto [initCode, initOut] = shell(cli + " --db " + quoted + " init --company Latin");
    EXPECT_EQ(initCode, 0) << initOut.toStdString();
    EXPECT_EQ(::access(name.constData(), F_OK), 0) << "the file of that very name exists";
    auto [listCode, listOut] = shell("SETTLE_DB=" + quoted + " " + cli + " settings get company.name");
    EXPECT_EQ(listCode, 0) << listOut.toStdString();
    EXPECT_TRUE(listOut.contains(QStringLiteral("Latin"))) << listOut.toStdString();
    // Qt cannot list a name that is not UTF-8: ask the file system.
    QList<QByteArray> entries;
    if (DIR* listing = ::opendir(folder.constData())) {
        while (const dirent* entry = ::readdir(listing))
            if (entry->d_name[0] != '.')
                entries << QByteArray(entry->d_name);
        ::closedir(listing);
    }
    EXPECT_EQ(entries, QList<QByteArray>{QByteArray("l\xe9" "dger.db")});
    ::unlink(name.constData()); // QTemporaryDir cannot remove what it cannot name
}

// A PDF written onto a full disk says the disk is full (Qt only had "Unknown error").
TEST(LedgerFailureCli, AFileWrittenOntoAFullDiskSaysTheDiskIsFull)
{
    if (onPostgres())
        GTEST_SKIP() << "a file-system matter";
    QTemporaryDir dir;
    const QString path = makeLedger(dir.path());
    const QString folder = dir.filePath(QStringLiteral("disk"));
    SmallDisk disk(folder, 64 * 1024);
    if (!disk.ok())
        GTEST_SKIP() << "mounting a small file system needs root";
    disk.fill();
    CliRunner cli(path);

    const QString pdf = folder + QStringLiteral("/statement.pdf");
    const CliResult statement =
        cli.run({"statement", "C001", "--from", "2026-01-01", "--to", "2026-03-31", "--out", pdf});
    EXPECT_EQ(statement.exitCode, 1);
    EXPECT_TRUE(statement.err.contains(QStringLiteral("disk is full"))) << statement.err.toStdString();
    EXPECT_FALSE(statement.err.contains(QStringLiteral("Unknown error"))) << statement.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}
