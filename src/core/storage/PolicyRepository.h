#pragma once

#include <QHash>
#include <QString>

namespace settle {

class Database;

// Reminder policies by name. The stages themselves arrive with the follow-up engine.
class PolicyRepository
{
public:
    explicit PolicyRepository(Database& db) : m_db(db) {}

    qint64 ensure(const QString& name);
    QHash<QString, qint64> idsByName();

private:
    Database& m_db;
};

} // namespace settle
