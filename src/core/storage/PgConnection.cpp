#include "storage/PgConnection.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <spdlog/spdlog.h>

#include <mutex>

namespace settle {

pg_conn* PgConnection::handle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

bool PgConnection::isBroken(const QSqlDatabase& db)
{
    PGconn* connection = handle(db);
    return connection && PQstatus(connection) == CONNECTION_BAD;
}

int PgConnection::serverVersion(const QSqlDatabase& db)
{
    PGconn* connection = handle(db);
    return connection ? PQserverVersion(connection) : 0;
}

namespace {

QtMessageHandler previousHandler = nullptr;

void driverMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const char* const driverWords[] = {"QSqlQuery::", "Unable to free statement", "QPSQL", "QSqlDatabase"};
    for (const char* words : driverWords) {
        if (message.startsWith(QLatin1String(words))) {
            spdlog::info("database driver: {}", message.simplified().toStdString());
            return;
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
    else
        qt_message_output(type, context, message);
}

void serverNotice(void*, const char* message)
{
    spdlog::info("database server: {}", QString::fromUtf8(message).simplified().toStdString());
}

} // namespace

void PgConnection::quietDriverMessages(const QSqlDatabase& db)
{
    static std::once_flag installed;
    std::call_once(installed, [] { previousHandler = qInstallMessageHandler(driverMessage); });
    if (PGconn* connection = handle(db))
        PQsetNoticeProcessor(connection, serverNotice, nullptr);
}

int PgConnection::generation(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(generationProperty).toInt() : 0;
}

QString PgConnection::versionText(int version)
{
    // Since 10 the number is major * 10000 + minor; before, major * 10000 + minor * 100 + patch.
    if (version >= 100000)
        return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version / 100 % 100);
}

bool PgConnection::isLoopback(const QString& host)
{
    if (host.isEmpty() || host.startsWith(u'/') || host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return host == u"::1" || host == u"[::1]" || ipv4Loopback.match(host).hasMatch();
}

bool PgConnection::soundsDisconnected(const QString& driverText)
{
    static const char* const phrases[] = {
        "server closed the connection", "no connection to the server", "could not receive data from server",
        "could not send data to server",  "connection to server",         "terminating connection",
        "SSL connection has been closed", "Connection refused",           "lost synchronization with server",
    };
    for (const char* phrase : phrases)
        if (driverText.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace settle
