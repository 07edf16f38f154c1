#include "shell/AppSettings.h"

#include <QDir>

namespace settle {

namespace {
const QString recentKey = QStringLiteral("ledgers/recent");
}

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent),
      m_settings(iniFile.isEmpty() ? std::make_unique<QSettings>(QStringLiteral("Settle"), QStringLiteral("settle"))
                                   : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentLedgers() const
{
    return m_settings->value(recentKey).toStringList();
}

void AppSettings::addRecentLedger(const QString& location)
{
    QStringList recent = recentLedgers();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > MaxRecentLedgers)
        recent.removeLast();
    m_settings->setValue(recentKey, recent);
    Q_EMIT recentLedgersChanged();
}

void AppSettings::clearRecentLedgers()
{
    m_settings->remove(recentKey);
    Q_EMIT recentLedgersChanged();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("window/state"), state);
}

QByteArray AppSettings::tableLayout(const QString& table) const
{
    return m_settings->value(QStringLiteral("tables/") + table).toByteArray();
}

void AppSettings::setTableLayout(const QString& table, const QByteArray& layout)
{
    m_settings->setValue(QStringLiteral("tables/") + table, layout);
}

QHash<QString, QString> AppSettings::importMapping(const QString& kind) const
{
    QHash<QString, QString> mapping;
    const QVariantMap stored = m_settings->value(QStringLiteral("import/") + kind).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void AppSettings::setImportMapping(const QString& kind, const QHash<QString, QString>& mapping)
{
    QVariantMap stored;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(QStringLiteral("import/") + kind, stored);
}

bool AppSettings::followupTimerEnabled() const
{
    return m_settings->value(QStringLiteral("followups/timer"), true).toBool();
}

void AppSettings::setFollowupTimerEnabled(bool enabled)
{
    if (enabled == followupTimerEnabled())
        return;
    m_settings->setValue(QStringLiteral("followups/timer"), enabled);
    Q_EMIT followupTimerEnabledChanged(enabled);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
    Q_EMIT languageChanged();
}

QString AppSettings::lastFolder() const
{
    return m_settings->value(QStringLiteral("ui/lastFolder"), QDir::homePath()).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    m_settings->setValue(QStringLiteral("ui/lastFolder"), folder);
}

} // namespace settle
