#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace settle {

// The versioned schema migrations in resources/sql (NNNN_name.sql), shared by both engines.
class Migrations
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QStringList statements; // ready for the engine asked for
    };

    static QList<Migration> all(bool postgres);
    static int latestVersion();

    // Splits a script into statements on semicolons at line ends; drops "--" comment lines.
    static QStringList split(const QString& script);
};

} // namespace settle
