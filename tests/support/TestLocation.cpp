#include "TestLocation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <stdexcept>

namespace settle::test {

namespace {

QAtomicInt counter;

// Runs one statement on the server's maintenance database.
void admin(const QString& sql)
{
    const QString name = QStringLiteral("settle-test-admin");
    {
        const QUrl url(TestLocation::serverUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            throw std::runtime_error("cannot reach the test PostgreSQL server: " + db.lastError().text().toStdString());
        QSqlQuery query(db);
        if (!query.exec(sql))
            throw std::runtime_error(sql.toStdString() + ": " + query.lastError().text().toStdString());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool TestLocation::postgres()
{
    return qEnvironmentVariable("SETTLE_TEST_ENGINE") == u"postgresql";
}

QString TestLocation::serverUrl()
{
    return qEnvironmentVariable("SETTLE_TEST_PG");
}

TestLocation::TestLocation()
{
    if (!postgres()) {
        m_ledger = m_dir.filePath(QStringLiteral("ledger.db"));
        return;
    }
    m_database = QStringLiteral("settle_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database));
    admin(QStringLiteral("CREATE DATABASE %1").arg(m_database));
    QUrl url(serverUrl());
    url.setPath(u'/' + m_database);
    m_ledger = url.toString();
}

TestLocation::~TestLocation()
{
    if (m_database.isEmpty())
        return;
    try {
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    } catch (const std::exception&) {
        // A database left behind on a throw-away server is harmless.
    }
}

} // namespace settle::test
