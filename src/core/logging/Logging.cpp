#include "logging/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace settle {

QString Logging::logFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/settle/settle.log");
}

void Logging::start(const QString& program, bool toStderr, const QString& stderrLevel)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString file = logFile();
    try {
        QDir().mkpath(QFileInfo(file).absolutePath());
        auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 3);
        rotating->set_level(spdlog::level::info);
        sinks.push_back(rotating);
    } catch (const spdlog::spdlog_ex&) {
        // A read-only home must not stop the program; the log is a help, not a requirement.
    }
    if (toStderr) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        const QString level = qEnvironmentVariable("SETTLE_LOG", stderrLevel);
        console->set_level(spdlog::level::from_str(level.toStdString()));
        console->set_pattern("%n: %l: %v");
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>(program.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

} // namespace settle
