#pragma once

#include <QString>

namespace settle {

class Database;

// Ledger-wide settings as key/value text (the company profile, SMTP server, numbering).
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    QString value(const QString& key, const QString& fallback = {}) const;
    bool contains(const QString& key) const;
    void setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace settle
