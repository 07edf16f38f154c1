#pragma once

#include <QSqlDatabase>
#include <QString>

struct pg_conn;

namespace settle {

// What Qt's PostgreSQL driver does not say about its connection, asked of libpq directly: whether
// it is still up, the server's version, and whether an address needs TLS by default.
class PgConnection
{
public:
    // libpq's connection under a QPSQL database; null for another driver or a closed connection.
    static pg_conn* handle(const QSqlDatabase& db);
    // libpq has seen the connection break (the server went away, the network was cut).
    static bool isBroken(const QSqlDatabase& db);
    // As PQserverVersion: 150004 for 15.4; 0 when unknown.
    static int serverVersion(const QSqlDatabase& db);
    // "15.4" from 150004.
    static QString versionText(int version);
    // A host name or address that never leaves this machine: localhost, 127.0.0.0/8, ::1, or a
    // socket folder.
    static bool isLoopback(const QString& host);
    // Words libpq uses when the connection itself failed rather than the statement, for errors
    // that carry no SQLSTATE.
    static bool soundsDisconnected(const QString& driverText);

    // A property of the QPSQL driver counting how often Database opened the connection again: a
    // statement prepared under an older count is prepared anew (the server has forgotten it).
    static constexpr const char* generationProperty = "settleConnectionGeneration";
    static int generation(const QSqlDatabase& db);

    // Keeps what libpq and Qt's driver print on their own (server notices such as "terminating
    // connection", warnings about statements they could not free on a dropped connection) off the
    // user's terminal: they go to the log. Installed once; other messages pass as before.
    static void quietDriverMessages(const QSqlDatabase& db);

    // The oldest server the schema is written for (its SQL uses features of PostgreSQL 12).
    static constexpr int oldestServer = 120000;
};

} // namespace settle
