#pragma once

#include "shell/LedgerSession.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace settle {

class AppSettings;

// The first page: create a ledger with the company profile, open an existing one or the demo.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(AppSettings& settings, QWidget* parent = nullptr);
    ~WelcomePage() override;

    void refresh();
    void focusCreate();
    void showCreateError(const QString& message);

    // For tests and the screenshot tour.
    void fillCreateForm(const QString& path, const LedgerSession::NewLedger& profile);
    void submitCreate();

Q_SIGNALS:
    void createRequested(const QString& path, const LedgerSession::NewLedger& profile);
    void openRequested();
    void sharedRequested();
    void recentChosen(const QString& location);
    void demoRequested();

private:
    void validate();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    AppSettings& m_settings;
};

} // namespace settle
