#include "storage/DriverErrors.h"
#include "storage/PgConnection.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(PgConnection, LoopbackAddressesNeedNoTlsByDefault)
{
    for (const char* host : {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "/var/run/postgresql", ""})
        EXPECT_TRUE(PgConnection::isLoopback(QString::fromLatin1(host))) << host;
    for (const char* host : {"db.example", "10.0.0.5", "192.168.1.10", "127.0.0.1.example", "1270.0.0.1", "::2"})
        EXPECT_FALSE(PgConnection::isLoopback(QString::fromLatin1(host))) << host;
}

TEST(PgConnection, VersionNumbersReadAsPostgresWritesThem)
{
    EXPECT_EQ(PgConnection::versionText(150004), QStringLiteral("15.4"));
    EXPECT_EQ(PgConnection::versionText(120000), QStringLiteral("12.0"));
    EXPECT_EQ(PgConnection::versionText(90605), QStringLiteral("9.6"));
    EXPECT_LT(90605, PgConnection::oldestServer);
    EXPECT_LT(110022, PgConnection::oldestServer);
}

TEST(PgConnection, BrokenConnectionWordsAreToldFromStatementErrors)
{
    EXPECT_TRUE(PgConnection::soundsDisconnected(
        QStringLiteral("server closed the connection unexpectedly\n\tThis probably means the server terminated")));
    EXPECT_TRUE(PgConnection::soundsDisconnected(QStringLiteral("no connection to the server")));
    EXPECT_TRUE(PgConnection::soundsDisconnected(QStringLiteral("could not receive data from server: Connection reset")));
    EXPECT_FALSE(PgConnection::soundsDisconnected(QStringLiteral("duplicate key value violates unique constraint")));
    EXPECT_FALSE(PgConnection::soundsDisconnected(QStringLiteral("syntax error at or near \"SELEC\"")));
}

namespace {

StorageError raised(const QString& sqlState, const QString& text, bool broken)
{
    try {
        DriverErrors::raisePostgres(sqlState, text, QStringLiteral("COPY audit_log (actor) FROM STDIN"), broken);
    } catch (const StorageError& e) {
        return e;
    }
    return StorageError(StorageError::Cause::Other, QStringLiteral("nothing was raised"));
}

} // namespace

TEST(DriverErrors, LostConnectionWithoutSqlStateIsConnectionLost)
{
    const StorageError lost = raised({}, QStringLiteral("server closed the connection unexpectedly"), false);
    EXPECT_EQ(lost.cause(), StorageError::Cause::ConnectionLost);
    EXPECT_TRUE(lost.message().contains(QStringLiteral("the connection to the ledger's server was lost")));
    EXPECT_FALSE(lost.message().contains(QStringLiteral("COPY")));
    EXPECT_FALSE(lost.message().contains(QStringLiteral("server closed")));
    EXPECT_EQ(raised({}, QStringLiteral("anything"), true).cause(), StorageError::Cause::ConnectionLost);
    EXPECT_EQ(raised(QStringLiteral("57P01"), QStringLiteral("terminating connection"), false).cause(),
              StorageError::Cause::ConnectionLost);
    EXPECT_EQ(raised(QStringLiteral("23505"), QStringLiteral("duplicate key"), false).cause(),
              StorageError::Cause::Conflict);
    EXPECT_EQ(raised({}, QStringLiteral("syntax error"), false).cause(), StorageError::Cause::Other);
}
