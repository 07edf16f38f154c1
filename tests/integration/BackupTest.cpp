#include "CliRunner.h"
#include "TempLedger.h"
#include "TestLocation.h"

#include "backup/BackupRotation.h"
#include "backup/LedgerBackup.h"
#include "ledger/SettingKeys.h"
#include "storage/LedgerSnapshot.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

namespace settle::test {

namespace {

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Rows of a query on an SQLite file, one string a row, for comparing two ledgers.
QStringList rows(const QString& file, const QString& sql)
{
    QStringList result;
    const QString name = QStringLiteral("backup-test-%1").arg(qHash(file));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql))
                while (query.next()) {
                    QStringList fields;
                    for (int i = 0; i < query.record().count(); ++i)
                        fields << query.value(i).toString();
                    result << fields.join(u'|');
                }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

qint64 scalar(const QString& file, const QString& sql)
{
    return rows(file, sql).value(0).toLongLong();
}

// A second program that records a payment of 1.00 for C001 again and again until stopped.
class PaymentWriter
{
public:
    explicit PaymentWriter(const QString& ledger)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SETTLE_DB"), ledger);
        env.insert(QStringLiteral("SETTLE_LOG"), QStringLiteral("off"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/settle-test-xdg"));
        env.insert(QStringLiteral("CLI"), CliRunner::binary());
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"), QStringLiteral("while :; do \"$CLI\" pay C001 1.00 --on 2026-12-01 "
                                                              "--ref loop >/dev/null || exit 1; done")});
        m_process.waitForStarted();
    }
    ~PaymentWriter() { stop(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        m_process.waitForFinished(30000);
    }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
};

// Payments recorded by the writer so far, asked through settle-cli as any reader would.
int loopPayments(const QString& ledger)
{
    const CliResult r = CliRunner(ledger).run({"export", "payments", "-"});
    return int(r.out.count(QStringLiteral("loop")));
}

} // namespace

// A backup taken while another program records payments is the ledger at one moment: a valid
// ledger whose payments are a prefix of the source's, each with exactly the allocations and audit
// row it has in the source (no payment without its allocations, nor the other way round).
TEST(Backup, TakenWhileAnotherProgramWritesIsTheLedgerAtOneMoment)
{
    TestLocation location;
    CliRunner cli(location.ledger());
    ASSERT_EQ(cli.run({"init", "--demo"}).exitCode, 0);
    const int before = loopPayments(location.ledger());

    QStringList backups;
    {
        PaymentWriter writer(location.ledger());
        for (int i = 0; i < 4; ++i) {
            // Wait for the writer's next payments so that each backup lands amid its work.
            const int seen = loopPayments(location.ledger());
            for (int tries = 0; tries < 600 && loopPayments(location.ledger()) < seen + 2; ++tries)
                QThread::msleep(50);
            ASSERT_TRUE(writer.running());
            const QString file = location.file(QStringLiteral("during-%1.settle").arg(i));
            const CliResult r = cli.run({"backup", "--to", file});
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            backups << file;
        }
        writer.stop();
    }
    // The source as a file to compare with: once more a backup, now that nobody writes.
    const QString source = location.file(QStringLiteral("after.settle"));
    ASSERT_EQ(cli.run({"backup", "--to", source}).exitCode, 0);
    const QString payments = QStringLiteral("SELECT id, customer_id, payment_date, amount, reference FROM payments "
                                            "WHERE id <= %1 ORDER BY id");
    const QString allocations = QStringLiteral("SELECT a.invoice_id, a.payment_id, a.amount FROM allocations a WHERE "
                                               "a.payment_id <= %1 ORDER BY a.id");
    const QString audited = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'payment' AND action = 'create'");
    int previous = before;
    for (const QString& backup : backups) {
        const auto found = LedgerSnapshot::inspect(backup);
        EXPECT_TRUE(found.isLedger && found.intact) << backup.toStdString();
        EXPECT_EQ(found.schemaVersion, Migrations::latestVersion());
        const int taken = int(scalar(backup, QStringLiteral("SELECT COUNT(*) FROM payments WHERE reference = 'loop'")));
        EXPECT_GE(taken, previous); // later backups hold at least as many
        previous = taken;
        const qint64 last = scalar(backup, QStringLiteral("SELECT MAX(id) FROM payments"));
        EXPECT_EQ(rows(backup, payments.arg(last)), rows(source, payments.arg(last)));
        EXPECT_EQ(rows(backup, allocations.arg(last)), rows(source, allocations.arg(last)));
        // Every payment's audit row came with it, and none of a payment it does not hold.
        EXPECT_EQ(scalar(backup, audited), scalar(source, audited + QStringLiteral(" AND CAST(entity_id AS INTEGER) <= %1").arg(last)));
        // And settle-cli works on it like on any ledger.
        const CliResult aging = CliRunner(backup).run({"aging", "--as-of", "2026-12-31", "--json"});
        EXPECT_EQ(aging.exitCode, 0) << aging.err.toStdString();
    }
    EXPECT_GT(previous, before) << "the writer recorded nothing while the backups were taken";
}

TEST(Backup, WithoutToGoesIntoBackupsBesideTheLedgerWithDateAndTime)
{
    TestLocation location;
    CliRunner cli(location.ledger());
    ASSERT_EQ(cli.run({"init", "--demo"}).exitCode, 0);
    if (TestLocation::postgres()) {
        ASSERT_EQ(cli.run({"settings", "set", "backup.folder", location.file(QStringLiteral("backups"))}).exitCode, 0);
    }
    const CliResult r = cli.run({"backup"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString folder = TestLocation::postgres() ? location.file(QStringLiteral("backups"))
                                                    : QFileInfo(location.ledger()).absolutePath() + QStringLiteral("/backups");
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.settle")}, QDir::Files);
    ASSERT_EQ(files.size(), 1) << r.out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^.+-\\d{4}-\\d\\d-\\d\\dT\\d{6}\\.settle$")).match(files[0]).hasMatch())
        << files[0].toStdString();
    EXPECT_TRUE(r.out.contains(files[0])) << r.out.toStdString();
    EXPECT_TRUE(LedgerSnapshot::inspect(QDir(folder).filePath(files[0])).intact);
}

TEST(Backup, RefusesToOverwriteAFile)
{
    TestLocation location;
    CliRunner cli(location.ledger());
    ASSERT_EQ(cli.run({"init"}).exitCode, 0);
    const QString file = location.file(QStringLiteral("taken.settle"));
    QFile(file).open(QIODevice::WriteOnly);
    const CliResult r = cli.run({"backup", "--to", file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists"))) << r.err.toStdString();
    EXPECT_EQ(QFileInfo(file).size(), 0);
}

// Restore works on ledger files; these tests use files whatever engine the suite runs on.
class Restore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(current.run({"init", "--demo"}).exitCode, 0);
        ASSERT_EQ(current.run({"backup", "--to", backup}).exitCode, 0);
        ASSERT_EQ(current.run({"pay", "C001", "5.00", "--on", "2026-12-01", "--ref", "after-backup"}).exitCode, 0);
    }

    void expectUntouched(const QByteArray& before)
    {
        EXPECT_EQ(digest(ledger), before);
        EXPECT_FALSE(QFileInfo::exists(ledger + QStringLiteral(".before-restore")));
        EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files), QStringList());
        EXPECT_TRUE(current.run({"export", "payments", "-"}).out.contains(QStringLiteral("after-backup")));
    }

    QTemporaryDir dir;
    QString ledger = dir.filePath(QStringLiteral("books.db"));
    QString backup = dir.filePath(QStringLiteral("books-backup.settle"));
    CliRunner current{ledger};
};

TEST_F(Restore, PutsTheBackupInPlaceAndKeepsTheLedgerThatWasThere)
{
    const CliResult r = current.run({"restore", backup});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("before-restore"))) << r.out.toStdString();
    EXPECT_FALSE(current.run({"export", "payments", "-"}).out.contains(QStringLiteral("after-backup")));
    const QString kept = ledger + QStringLiteral(".before-restore");
    EXPECT_TRUE(CliRunner(kept).run({"export", "payments", "-"}).out.contains(QStringLiteral("after-backup")));
    EXPECT_TRUE(LedgerSnapshot::inspect(ledger).intact);
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files), QStringList());
    // The ledger works on: a payment recorded after the restore is there.
    ASSERT_EQ(current.run({"pay", "C001", "2.00", "--on", "2026-12-02", "--ref", "after-restore"}).exitCode, 0);
    EXPECT_TRUE(current.run({"export", "payments", "-"}).out.contains(QStringLiteral("after-restore")));
}

TEST_F(Restore, RefusesAFileThatIsNotALedgerAndChangesNothing)
{
    const QByteArray before = digest(ledger);
    const QString notes = dir.filePath(QStringLiteral("notes.settle"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("my notes, not a ledger\n");
    file.close();
    CliResult r = current.run({"restore", notes});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("notes.settle: is not a Settle ledger"))) << r.err.toStdString();
    expectUntouched(before);

    // An SQLite database of another program is no ledger either.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    r = current.run({"restore", other});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not a Settle ledger"))) << r.err.toStdString();
    expectUntouched(before);
}

TEST_F(Restore, RefusesABackupOfANewerSettleAndChangesNothing)
{
    const QByteArray before = digest(ledger);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(backup);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (%1, 'future')")
                                   .arg(Migrations::latestVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray backupBefore = digest(backup);
    const CliResult r = current.run({"restore", backup});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer Settle"))) << r.err.toStdString();
    expectUntouched(before);
    EXPECT_EQ(digest(backup), backupBefore);
}

TEST_F(Restore, RefusesWhileAnotherProgramHasTheLedgerOpen)
{
    FixedClock clock(QDate(2026, 12, 1));
    auto open = Ledger::open(ledger, Database::OpenMode::MustExist, clock);
    const CliResult r = current.run({"restore", backup});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("another program has the ledger open"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(ledger + QStringLiteral(".before-restore")));
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files), QStringList());
}

TEST_F(Restore, ToNamesAnotherLedgerFile)
{
    const QString elsewhere = dir.filePath(QStringLiteral("restored/new.db"));
    const CliResult r = current.run({"restore", backup, "--to", elsewhere});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(LedgerSnapshot::inspect(elsewhere).intact);
    EXPECT_FALSE(QFileInfo::exists(elsewhere + QStringLiteral(".before-restore")));
    EXPECT_TRUE(current.run({"export", "payments", "-"}).out.contains(QStringLiteral("after-backup")));
}

// The daily backup keeps exactly backup.keep of its own files, leaves a backup taken by hand alone,
// and makes none when backup.keep is 0.
TEST(BackupRotation, KeepsExactlyBackupKeepDailyBackups)
{
    TempLedger ledger(QDate(2026, 11, 1));
    const QString location = ledger.path();
    ledger->setSetting(SettingKeys::BackupKeep, QStringLiteral("3"));
    ledger->setSetting(SettingKeys::BackupFolder, ledger.file(QStringLiteral("safe")));
    const QString folder = LedgerBackup::folder(*ledger, location);
    EXPECT_EQ(folder, ledger.file(QStringLiteral("safe")));
    const QString byHand = QDir(folder).filePath(QStringLiteral("by-hand.settle"));
    LedgerBackup::backup(*ledger, byHand);

    for (int day = 0; day < 6; ++day) {
        EXPECT_FALSE(BackupRotation::runDaily(*ledger, location).isEmpty()) << day;
        // Once a day only.
        EXPECT_TRUE(BackupRotation::runDaily(*ledger, location).isEmpty()) << day;
        EXPECT_EQ(BackupRotation::dailyBackups(folder, location).size(), std::min(day + 1, 3));
        ledger.clock().advanceDays(1);
    }
    const QStringList kept = BackupRotation::dailyBackups(folder, location);
    ASSERT_EQ(kept.size(), 3);
    // The newest three: the 4th, 5th and 6th of November.
    EXPECT_TRUE(QFileInfo(kept[0]).fileName().contains(QStringLiteral("-daily-2026-11-06T"))) << kept[0].toStdString();
    EXPECT_TRUE(QFileInfo(kept[2]).fileName().contains(QStringLiteral("-daily-2026-11-04T"))) << kept[2].toStdString();
    EXPECT_TRUE(QFileInfo::exists(byHand));
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 4);

    ledger->setSetting(SettingKeys::BackupKeep, QStringLiteral("0"));
    EXPECT_TRUE(BackupRotation::runDaily(*ledger, location).isEmpty());
    EXPECT_EQ(BackupRotation::dailyBackups(folder, location).size(), 3);
}

} // namespace settle::test
