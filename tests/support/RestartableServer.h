#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace settle::test {

// A throw-away PostgreSQL server of the test's own (scripts/pg-test-server), which the test may stop
// at once, as a crash or a failover does, and start again on the same port and data.
class RestartableServer
{
public:
    RestartableServer();
    ~RestartableServer();
    RestartableServer(const RestartableServer&) = delete;
    RestartableServer& operator=(const RestartableServer&) = delete;

    bool started() const { return m_url.startsWith(QStringLiteral("postgresql://")); }
    // The address of the server's ledger database.
    const QString& url() const { return m_url; }
    void down();
    void up();

    // One value from the ledger's database, read over a connection of the test's own; -1 when it
    // cannot be read.
    qint64 count(const QString& sql) const;
    void withConnection(const std::function<void(QSqlDatabase&)>& use) const;

private:
    // The folder itself (under /tmp), which the script hands to the postgres user: a folder inside it
    // would be out of that user's reach.
    QString folder() const { return m_dir.path(); }
    static QString script(const QStringList& args);

    QTemporaryDir m_dir;
    int m_port;
    QString m_url;
};

} // namespace settle::test
