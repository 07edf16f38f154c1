#include "storage/PolicyRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

qint64 PolicyRepository::ensure(const QString& name)
{
    const auto ids = idsByName();
    if (ids.contains(name))
        return ids.value(name);
    Statement insert(m_db.connection(), QStringLiteral("INSERT INTO reminder_policies (name) VALUES (?) RETURNING id"));
    insert.exec({name});
    return insert.returnedId();
}

QHash<QString, qint64> PolicyRepository::idsByName()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT id, name FROM reminder_policies"));
    query.exec();
    QHash<QString, qint64> result;
    while (query.next())
        result.insert(query.text(1), query.integer(0));
    return result;
}

} // namespace settle
