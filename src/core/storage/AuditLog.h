#pragma once

#include "io/Json.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace settle {

class Clock;
class Database;
class Statement;

// Every change writes a row here: what, before/after, who (the OS user), when.
// Rows are written inside the change's own transaction, so a change and its record stand or fall together:
// the one AuditLog a writer gets is the one Ledger::write() hands it.
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString entity;
        QString entityId;
        QString action;
        QString before; // JSON, empty for a creation
        QString after;  // JSON, empty for a deletion
    };

    AuditLog(Database& db, const Clock& clock);
    ~AuditLog();

    void record(const QString& entity, const QString& entityId, const QString& action, const Json& before,
                const Json& after);
    QList<Entry> entries(const QString& entity = {}, const QString& entityId = {}) const;

    static QString osUser();

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    std::unique_ptr<Statement> m_insert;
    // The last time stamp written and its text: a big import records thousands of rows within one
    // millisecond, and formatting a time is a good part of each row's cost.
    qint64 m_lastAtMs = -1;
    QString m_lastAtText;
};

} // namespace settle
