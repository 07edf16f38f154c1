#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PolicyEditor;
}

namespace settle {

class LedgerSession;
class PolicyStagesModel;

// The reminder policies as editable tables of stages (settings page). Problems show below
// the table as they are typed, naming the row, and the cells at fault are marked; a policy with
// problems is not saved, and a refused save keeps the table as typed.
class PolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyEditor(LedgerSession& session, QWidget* parent = nullptr);
    ~PolicyEditor() override;

    PolicyStagesModel* model() const { return m_model; }
    QString currentPolicy() const;
    QString message() const;

public Q_SLOTS:
    void load(const QString& policyName = {});
    // True when the policy was saved.
    bool save();
    void addStage();
    void removeStage();
    void moveStage(int by);

private:
    void showProblems();
    int currentRow() const;

    std::unique_ptr<Ui::PolicyEditor> m_ui;
    LedgerSession& m_session;
    PolicyStagesModel* m_model;
};

} // namespace settle
