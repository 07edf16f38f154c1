#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace Ui {
class FollowupsPage;
}

namespace settle {

class AppSettings;
class FollowupDeskView;
class FollowupTableModel;
class LedgerSession;

// The follow-up desk: today's queue (FollowupDeskView: grouped by customer, the email to edit, tasks
// and their outcomes, snooze, send) and, on a second tab, everything the engine raised with the
// stages waiting for a person, who approves (then it is delivered) or dismisses them.
class FollowupsPage : public QWidget
{
    Q_OBJECT

public:
    FollowupsPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~FollowupsPage() override;

    FollowupTableModel* model() const { return m_model; }
    FollowupDeskView* desk() const { return m_desk; }
    // Shows today's queue (0) or everything raised (1).
    void showTab(int index);
    // Selects a row of everything raised (and shows that tab).
    void selectRow(int row);
    void approveSelected();
    void dismissSelected();
    void saveLayout();

Q_SIGNALS:
    // The queue changed here (approved, dismissed, snoozed, sent, a task closed).
    void queueChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void decide(bool approve);
    void updateDetail();

    std::unique_ptr<Ui::FollowupsPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    FollowupTableModel* m_model;
    FollowupDeskView* m_desk = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace settle
