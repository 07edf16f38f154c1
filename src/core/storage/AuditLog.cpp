#include "storage/AuditLog.h"

#include "dates/Clock.h"
#include "storage/Database.h"
#include "storage/PgBulkWrites.h"
#include "storage/Statement.h"

namespace settle {

AuditLog::AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock), m_actor(osUser()) {}

AuditLog::~AuditLog() = default;

QString AuditLog::osUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

void AuditLog::record(const QString& entity, const QString& entityId, const QString& action,
                      const Json& before, const Json& after)
{
    const QString beforeText = before.dump(-1);
    const QString afterText = after.dump(-1);
    const QDateTime now = m_clock.now();
    if (now.toMSecsSinceEpoch() != m_lastAtMs) {
        m_lastAtMs = now.toMSecsSinceEpoch();
        m_lastAtText = now.toUTC().toString(Qt::ISODateWithMs);
    }
    const QString& at = m_lastAtText;
    const QVariant beforeValue = beforeText == u"null" ? QVariant() : QVariant(beforeText);
    const QVariant afterValue = afterText == u"null" ? QVariant() : QVariant(afterText);
    if (PgBulkWrites* bulk = m_db.bulkWrites()) {
        static const QStringList columns{QStringLiteral("changed_at"), QStringLiteral("actor"),
                                         QStringLiteral("entity"),     QStringLiteral("entity_id"),
                                         QStringLiteral("action"),     QStringLiteral("before_json"),
                                         QStringLiteral("after_json")};
        bulk->queue(QStringLiteral("audit_log"), columns, {at, m_actor, entity, entityId, action, beforeValue, afterValue});
        return;
    }
    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, "
                           "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_insert->exec({at, m_actor, entity, entityId, action, beforeValue, afterValue});
}

QList<AuditLog::Entry> AuditLog::entries(const QString& entity, const QString& entityId) const
{
    Statement query(
        m_db.connection(),
        QStringLiteral("SELECT id, changed_at, actor, entity, entity_id, action, before_json, after_json "
                       "FROM audit_log WHERE (? = '' OR entity = ?) AND (? = '' OR entity_id = ?) "
                       "ORDER BY id"));
    query.exec({entity, entity, entityId, entityId});
    QList<Entry> result;
    while (query.next()) {
        result << Entry{query.integer(0), QDateTime::fromString(query.text(1), Qt::ISODateWithMs),
                        query.text(2),    query.text(3),
                        query.text(4),    query.text(5),
                        query.text(6),    query.text(7)};
    }
    return result;
}

} // namespace settle
