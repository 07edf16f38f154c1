#pragma once

#include <QWidget>

#include <exception>
#include <memory>

class QTabWidget;

namespace Ui {
class FollowupsPage;
}

namespace settle {

class AppSettings;
class BankWaitingNotice;
class FollowupDeskPanel;
class FollowupMonitor;
class FollowupNotice;
class FollowupTableModel;
class LedgerSession;

// The follow-up desk: today's queue (FollowupDeskPanel: grouped by customer, the email to edit, tasks
// and their outcomes, snooze, send) and, on a second tab, everything the engine raised with the
// stages waiting for a person, who approves (then it is delivered) or dismisses them.
class FollowupsPage : public QWidget
{
    Q_OBJECT

public:
    FollowupsPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~FollowupsPage() override;

    FollowupTableModel* model() const { return m_model; }
    FollowupDeskPanel* desk() const { return m_desk; }
    // Shows today's queue (0) or everything raised (1).
    void showTab(int index);
    // Selects a row of everything raised (and shows that tab).
    void selectRow(int row);
    void approveSelected();
    void dismissSelected();
    void saveLayout();
    // The band that says why follow-ups stopped follows this monitor.
    void setMonitor(FollowupMonitor* monitor);
    FollowupNotice* notice() const { return m_notice; }
    // "N bank entries are not matched yet", with the way to the Bank page (bankRequested()).
    BankWaitingNotice* bankNotice() const { return m_bankNotice; }
    // A run started by hand failed: says why in the user's words and, where a setting mends it,
    // offers to open it (settingRequested).
    void explainFailure(const std::exception& error);

Q_SIGNALS:
    // The queue changed here (approved, dismissed, snoozed, sent, a task closed).
    void queueChanged();
    // The Settings page, on this tab, with the focus in this field (object names).
    void settingRequested(const QString& tab, const QString& field);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void decide(bool approve);
    void updateDetail();

    std::unique_ptr<Ui::FollowupsPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    FollowupTableModel* m_model;
    FollowupDeskPanel* m_desk = nullptr;
    FollowupMonitor* m_monitor = nullptr;
    FollowupNotice* m_notice = nullptr;
    BankWaitingNotice* m_bankNotice = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace settle
