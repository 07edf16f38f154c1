#pragma once

#include "storage/Database.h"

#include <QString>
#include <QStringList>

namespace settle {

// Many values in one bound parameter: a JSON array read back as rows by the engine, so that
// `x IN (subquery)` reads the same however many values there are. An `IN (?, ?, ...)` list or an
// OR chain grows with the values until SQLite refuses the statement ("Expression tree is too large")
// and is prepared anew for every length.
class BoundList
{
public:
    // A subquery of one text column over the array bound to its one `?`.
    static QString values(Database::Engine engine);
    // The text to bind for `values`.
    static QString encode(const QStringList& values);

    // A pair of integer columns as one value (SQL), and the value to put in the list for a pair.
    static QString pairKey(const QString& first, const QString& second);
    static QString pairValue(qint64 first, qint64 second);
};

} // namespace settle
