#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace settle {

class AppSettings;
class LedgerSession;

// The company profile kept in the ledger (one audited setting per changed field) and the personal
// choices kept on this computer.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsPage() override;

public Q_SLOTS:
    void load();
    void save();

private:
    std::unique_ptr<Ui::SettingsPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
};

} // namespace settle
