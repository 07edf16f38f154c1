#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FollowupsPage;
}

namespace settle {

class AppSettings;
class FollowupTableModel;
class LedgerSession;

// The follow-up queue: what the engine raised, what it delivered, and the stages waiting for a
// person, who approves (then it is delivered) or dismisses them — one FollowupQueue call each.
class FollowupsPage : public QWidget
{
    Q_OBJECT

public:
    FollowupsPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~FollowupsPage() override;

    FollowupTableModel* model() const { return m_model; }
    void selectRow(int row);
    void approveSelected();
    void dismissSelected();
    void saveLayout();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void decide(bool approve);
    void updateDetail();

    std::unique_ptr<Ui::FollowupsPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    FollowupTableModel* m_model;
};

} // namespace settle
