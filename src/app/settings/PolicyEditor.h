#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class PolicyEditor;
}

namespace settle {

class LedgerSession;
class PolicyStagesModel;
struct ReminderPolicy;

// The reminder policies as editable tables of stages (settings page). Problems show below
// the table as they are typed, naming the row, and the cells at fault are marked; a policy with
// problems is not saved, and a refused save keeps the table as typed. A new policy (empty or a
// copy of the one shown) is a draft in the table until it is saved; the name field renames the
// policy shown when it is saved; one that no customer uses can be deleted.
class PolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyEditor(LedgerSession& session, QWidget* parent = nullptr);
    ~PolicyEditor() override;

    PolicyStagesModel* model() const { return m_model; }
    QString currentPolicy() const;
    QString message() const;
    // True while the table holds a new policy that was not saved yet.
    bool isDraft() const;

public Q_SLOTS:
    void load(const QString& policyName = {});
    // True when the policy was saved.
    bool save();
    void addStage();
    void removeStage();
    void moveStage(int by);
    // A draft policy: without stages, or with the stages shown now.
    void newPolicy();
    void copyPolicy();
    // Asks first; true when the policy was deleted.
    bool deletePolicy();

private:
    void showProblems();
    void showMessage(const QString& text, bool problem);
    void startDraft(const ReminderPolicy& draft);
    void updateActions();
    int currentRow() const;

    std::unique_ptr<Ui::PolicyEditor> m_ui;
    LedgerSession& m_session;
    PolicyStagesModel* m_model;
    QHash<QString, int> m_customerCounts; // by policy name, read with the policies
};

} // namespace settle
