#include "RestartableServer.h"

#include <QProcess>
#include <QSqlQuery>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace settle::test {

namespace {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

RestartableServer::RestartableServer() : m_port(freePort())
{
    m_url = script({QStringLiteral("start"), folder(), QString::number(m_port)}).trimmed();
}

RestartableServer::~RestartableServer()
{
    script({QStringLiteral("stop"), folder()});
}

void RestartableServer::down()
{
    script({QStringLiteral("down"), folder()});
}

void RestartableServer::up()
{
    script({QStringLiteral("up"), folder(), QString::number(m_port)});
}

qint64 RestartableServer::count(const QString& sql) const
{
    qint64 value = -1;
    withConnection([&](QSqlDatabase& db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0).toLongLong();
    });
    return value;
}

void RestartableServer::withConnection(const std::function<void(QSqlDatabase&)>& use) const
{
    const QString name = QStringLiteral("settle-restartable-server");
    {
        const QUrl url(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open())
            use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString RestartableServer::script(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(SETTLE_TEST_DATA "/../../scripts/pg-test-server"), args);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace settle::test
