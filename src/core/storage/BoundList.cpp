#include "storage/BoundList.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace settle {

QString BoundList::values(Database::Engine engine)
{
    return engine == Database::Engine::PostgreSQL ? QStringLiteral("SELECT json_array_elements_text(CAST(? AS json))")
                                                  : QStringLiteral("SELECT value FROM json_each(?)");
}

QString BoundList::encode(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString BoundList::pairKey(const QString& first, const QString& second)
{
    // Both engines turn an integer into its decimal digits when it meets ||.
    return QStringLiteral("(%1 || '/' || %2)").arg(first, second);
}

QString BoundList::pairValue(qint64 first, qint64 second)
{
    return QStringLiteral("%1/%2").arg(first).arg(second);
}

} // namespace settle
