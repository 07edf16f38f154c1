#pragma once

#include <QString>

namespace settle {

// spdlog set-up shared by the fronts: a rotating file in the data folder, and stderr for the CLI.
class Logging
{
public:
    // `stderrLevel` is an spdlog level name ("warn", "info", "off"); SETTLE_LOG overrides it.
    static void start(const QString& program, bool toStderr, const QString& stderrLevel = QStringLiteral("warn"));
    static QString logFile();
};

} // namespace settle
