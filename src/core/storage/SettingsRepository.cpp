#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    Statement query(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.exec({key});
    return query.next() ? query.text(0) : fallback;
}

bool SettingsRepository::contains(const QString& key) const
{
    Statement query(m_db.connection(), QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    query.exec({key});
    return query.next();
}

void SettingsRepository::setValue(const QString& key, const QString& value)
{
    // Update-then-insert works the same on both engines without an upsert dialect.
    Statement update(m_db.connection(), QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"));
    update.exec({value, key});
    if (update.rowsAffected() == 0)
        Statement(m_db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"))
            .exec({key, value});
}

} // namespace settle
