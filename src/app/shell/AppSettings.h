#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace settle {

// Personal preferences of the desktop app (they live in QSettings, the ledger keeps the
// rest), as typed accessors with defaults instead of QVariant lookups scattered through the windows.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecentLedgers = 8;

    // The user's settings; a file path keeps tests and screenshot runs away from them.
    explicit AppSettings(const QString& iniFile = {}, QObject* parent = nullptr);
    ~AppSettings() override;

    QStringList recentLedgers() const;
    void addRecentLedger(const QString& location);
    void clearRecentLedgers();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // A table's column widths, order and sort (QHeaderView::saveState), by the table's name.
    QByteArray tableLayout(const QString& table) const;
    void setTableLayout(const QString& table, const QByteArray& layout);

    // The import wizard's column mapping per file kind: file column -> Settle column.
    QHash<QString, QString> importMapping(const QString& kind) const;
    void setImportMapping(const QString& kind, const QHash<QString, QString>& mapping);

    // Empty: follow the system language.
    QString language() const;
    void setLanguage(const QString& language);

    // Whether the follow-up engine's timer runs while a ledger is open on this computer (default on;
    // GUI tests switch it off unless they test it).
    bool followupTimerEnabled() const;
    void setFollowupTimerEnabled(bool enabled);

    QString lastFolder() const;
    void setLastFolder(const QString& folder);

Q_SIGNALS:
    void recentLedgersChanged();
    void languageChanged();
    void followupTimerEnabledChanged(bool enabled);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace settle
