// PostgreSQL's server going away in the middle of a command: a server of the test's own is stopped at
// once (as a crash or a failover does) while settle-cli is inside its transaction, and started again.
// The ledger must be as it was, the command must say so in one sentence, and the command repeated
// must do its work once. PostgreSQL only: on SQLite there is no server to lose.

#include "CliRunner.h"
#include "RestartableServer.h"
#include "SmtpTestServer.h"
#include "TestLocation.h"

#include "dates/FixedClock.h"
#include "errors/StorageError.h"
#include "ledger/Ledger.h"
#include "mail/Outbox.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>


using namespace settle;
using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::SmtpTestServer;

namespace {

using settle::test::RestartableServer;

class ServerRestart : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::TestLocation::postgres())
            GTEST_SKIP() << "PostgreSQL only: SQLite has no server to lose";
        server = std::make_unique<RestartableServer>();
        ASSERT_TRUE(server->started()) << "the test's own PostgreSQL server did not start";
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Restart Co")}).exitCode, 0);
        for (const char* kind : {"customers", "invoices"})
            ASSERT_EQ(cli({QStringLiteral("import"), QString::fromLatin1(kind),
                           QStringLiteral(SETTLE_TEST_DATA "/%1.csv").arg(QString::fromLatin1(kind))})
                          .exitCode,
                      0);
    }

    CliResult cli(const QStringList& args) const { return CliRunner(server->url()).run(args); }

    // Runs settle-cli and, once it waits inside its transaction with rows already written (blocked by a
    // lock the test holds on the audit log, which every change writes last), takes the server down and
    // brings it back. Returns what the command said.
    CliResult interrupted(const QStringList& args)
    {
        CliResult result;
        const QString holder = QStringLiteral("settle-restart-lock");
        QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), holder);
        {
            const QUrl url(server->url());
            lock.setHostName(url.host());
            lock.setPort(url.port());
            lock.setUserName(url.userName());
            lock.setDatabaseName(url.path().mid(1));
            EXPECT_TRUE(lock.open());
            QSqlQuery(lock).exec(QStringLiteral("BEGIN"));
            EXPECT_TRUE(QSqlQuery(lock).exec(QStringLiteral("LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE")));

            QProcess process;
            start(process, args);
            QElapsedTimer timer;
            timer.start();
            bool waiting = false;
            while (!waiting && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
                QSqlQuery query(lock);
                // Inside a transaction the statistics are a snapshot taken once: a new one each time.
                QSqlQuery(lock).exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
                waiting = query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = "
                                                    "'Lock' AND backend_xid IS NOT NULL")) &&
                          query.next() && query.value(0).toInt() > 0;
                if (!waiting)
                    QThread::msleep(20);
            }
            EXPECT_TRUE(waiting) << "the command never waited inside its transaction: "
                                 << process.readAllStandardError().toStdString();
            server->down();
            process.waitForFinished(60000);
            result = CliResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                               QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError())};
            lock.close();
        }
        lock = QSqlDatabase();
        QSqlDatabase::removeDatabase(holder);
        server->up();
        return result;
    }

    void start(QProcess& process, const QStringList& args) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SETTLE_DB"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/settle-test-xdg"));
        environment.insert(QStringLiteral("SETTLE_LOG"), QStringLiteral("off"));
        process.setProcessEnvironment(environment);
        process.start(CliRunner::binary(), QStringList{QStringLiteral("--db"), server->url()} + args);
        process.waitForStarted();
    }

    // One sentence that says the connection was lost and that nothing changed, without the driver's words.
    static void expectOneSentence(const CliResult& r)
    {
        EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("the connection to the ledger's server was lost")))
            << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was changed"))) << r.err.toStdString();
        for (const char* raw : {"server closed", "terminating", "SQL", "INSERT", "COPY", "QPSQL", "57P"})
            EXPECT_FALSE(r.err.contains(QLatin1String(raw))) << r.err.toStdString();
    }

    std::unique_ptr<RestartableServer> server;
};

} // namespace

TEST_F(ServerRestart, ImportInterruptedLeavesLedgerAsItWasAndRunsOnceWhenRepeated)
{
    const qint64 payments = server->count(QStringLiteral("SELECT COUNT(*) FROM payments"));
    const qint64 audit = server->count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QStringList import{QStringLiteral("import"), QStringLiteral("payments"),
                             QStringLiteral(SETTLE_TEST_DATA "/payments.csv")};
    expectOneSentence(interrupted(import));
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM payments")), payments);
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM allocations")), 0);
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);

    const CliResult again = cli(import);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM payments")), payments + 3);
    // The repeat found every payment new: none of the interrupted import's rows had stayed.
    EXPECT_EQ(cli(import).exitCode, 3);
}

TEST_F(ServerRestart, PaymentInterruptedIsRecordedOnceWhenRepeated)
{
    const QStringList pay{QStringLiteral("pay"),  QStringLiteral("C001"),       QStringLiteral("100.00"),
                          QStringLiteral("--on"), QStringLiteral("2026-02-01"), QStringLiteral("--ref"),
                          QStringLiteral("RESTART-1")};
    expectOneSentence(interrupted(pay));
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM allocations")), 0);

    const CliResult again = cli(pay);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE reference = 'RESTART-1'")), 1);
}

TEST_F(ServerRestart, FollowupRunInterruptedRaisesEachStageOnceWhenRepeated)
{
    // Reminders name how to pay.
    ASSERT_EQ(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.payment_details"),
                   QStringLiteral("IBAN DE89 3704 0044 0532 0130 00")})
                  .exitCode,
              0);
    const QStringList run{QStringLiteral("followups"), QStringLiteral("run"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-06-30")};
    expectOneSentence(interrupted(run));
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM followups")), 0);
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);

    CliResult again = cli(run);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const qint64 raised = server->count(QStringLiteral("SELECT COUNT(*) FROM followups"));
    const qint64 queued = server->count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    EXPECT_GT(raised, 0);
    again = cli(run);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM followups")), raised);
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), queued);
}

TEST_F(ServerRestart, OutboxSendInterruptedSendsNothingTwiceWhenRepeated)
{
    SmtpTestServer::Options options;
    options.delaySeconds = 1; // each conversation takes a second: the server goes down in one of them
    SmtpTestServer smtp(options);
    ASSERT_TRUE(smtp.start()) << smtp.error().toStdString();
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, QString>>{
             {"smtp.host", QStringLiteral("127.0.0.1")},
             {"smtp.port", QString::number(smtp.port())},
             {"smtp.security", QStringLiteral("none")},
             {"smtp.from", QStringLiteral("billing@test-company.example")}})
        ASSERT_EQ(cli({QStringLiteral("settings"), QStringLiteral("set"), QString::fromLatin1(key), value}).exitCode, 0);
    {
        FixedClock clock(QDate(2026, 3, 31));
        auto ledger = Ledger::open(server->url(), Database::OpenMode::MustExist, clock);
        for (int k = 1; k <= 4; ++k) {
            OutboxMessage m;
            m.customerId = ledger->customer(QStringLiteral("C001"))->id;
            m.to = QStringLiteral("ap@acme.example");
            m.subject = QStringLiteral("Message %1").arg(k);
            m.bodyText = QStringLiteral("Body %1\n").arg(k);
            Outbox(*ledger).queue(m);
        }
    }

    QProcess process;
    start(process, {QStringLiteral("outbox"), QStringLiteral("send")});
    QElapsedTimer timer;
    timer.start();
    while (smtp.received().isEmpty() && timer.elapsed() < 60000 && process.state() == QProcess::Running)
        QThread::msleep(20);
    ASSERT_FALSE(smtp.received().isEmpty()) << process.readAllStandardError().toStdString();
    server->down();
    process.waitForFinished(60000);
    const CliResult r{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
    server->up();
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("the connection to the ledger's server was lost"))) << r.err.toStdString();

    const CliResult again = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    EXPECT_NE(again.exitCode, -1) << again.err.toStdString();
    QMap<QString, int> times;
    for (const auto& received : smtp.received())
        ++times[received.subject()];
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString() << " was sent " << it.value() << " times";
    // Each message is either delivered or, when its conversation was cut off from the ledger, held back
    // as 'delivery unknown' for a person to decide: never queued to go out again by itself.
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')")), 0);
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")) +
                  server->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'unknown'")),
              4);
}

TEST_F(ServerRestart, OpenLedgerWorksAgainAfterTheServerCameBackWithoutReopening)
{
    FixedClock clock(QDate(2026, 3, 31));
    auto ledger = Ledger::open(server->url(), Database::OpenMode::MustExist, clock);
    const qint64 before = server->count(QStringLiteral("SELECT COUNT(*) FROM customers"));
    Customer customer;
    customer.code = QStringLiteral("R001");
    customer.name = QStringLiteral("Before the restart");
    customer.currency = QStringLiteral("USD");
    ledger->addCustomer(customer);

    server->down();
    customer.code = QStringLiteral("R002");
    try {
        ledger->addCustomer(customer);
        ADD_FAILURE() << "a write with the server down succeeded";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.cause(), StorageError::Cause::ConnectionLost) << e.what();
    }
    EXPECT_TRUE(ledger->database().isConnectionLost());
    EXPECT_FALSE(ledger->database().reconnectIfLost());

    server->up();
    // The same Ledger, with its prepared statements, carries on: the connection is opened again.
    customer.code = QStringLiteral("R003");
    ledger->addCustomer(customer);
    EXPECT_FALSE(ledger->database().isConnectionLost());
    EXPECT_EQ(server->count(QStringLiteral("SELECT COUNT(*) FROM customers")), before + 2);
    EXPECT_TRUE(ledger->customer(QStringLiteral("R003")).has_value());
    EXPECT_FALSE(ledger->customer(QStringLiteral("R002")).has_value());
}

TEST(PgConnections, VerifiedTlsToAServerWithoutItIsRefusedWithASentence)
{
    if (!test::TestLocation::postgres())
        GTEST_SKIP() << "PostgreSQL only";
    const test::TestLocation location;
    try {
        Database::open(location.ledger() + QStringLiteral("?sslmode=verify-full"), Database::OpenMode::CreateIfMissing);
        ADD_FAILURE() << "a server without TLS was accepted for sslmode=verify-full";
    } catch (const SettleError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("TLS certificate could not be verified"))) << e.what();
        EXPECT_FALSE(e.message().contains(QStringLiteral("SSL was required"))) << e.what();
    }
}

TEST(PgConnections, DesksStartingTogetherMigrateTheSchemaOnce)
{
    if (!test::TestLocation::postgres())
        GTEST_SKIP() << "PostgreSQL only";
    const test::TestLocation location;
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int k = 0; k < 4; ++k) {
        desks.push_back(std::make_unique<QProcess>());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/settle-test-xdg"));
        environment.insert(QStringLiteral("SETTLE_LOG"), QStringLiteral("off"));
        desks.back()->setProcessEnvironment(environment);
        desks.back()->start(CliRunner::binary(), {QStringLiteral("--db"), location.ledger(), QStringLiteral("init")});
    }
    // Without the lock the desks that lose the race fail creating tables that are already there. With
    // it each waits and finds the schema current; only `init`'s default terms, written after the
    // migration, may still meet as a conflict of writers, said as such.
    int created = 0;
    for (auto& desk : desks) {
        ASSERT_TRUE(desk->waitForFinished(120000));
        const QString err = QString::fromUtf8(desk->readAllStandardError());
        if (desk->exitCode() == 0)
            ++created;
        else
            EXPECT_TRUE(err.contains(QStringLiteral("changed by someone else at the same moment"))) << err.toStdString();
    }
    EXPECT_GE(created, 1);
    const CliResult versions = CliRunner(location.ledger()).run({QStringLiteral("customer"), QStringLiteral("list")});
    EXPECT_EQ(versions.exitCode, 0) << versions.err.toStdString();
}
