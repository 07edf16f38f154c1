#pragma once

#include "domain/ReminderPolicy.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <array>

namespace settle {

// The stages of one reminder policy as an editable table. Cells keep what the user typed,
// also when it is not a number yet, so that nothing typed is lost; problems() says what is wrong,
// naming the row, and the cells at fault are marked. The core's ReminderPolicy::problems() decides
// the order rules, the ledger refuses what breaks them when the policy is saved.
class PolicyStagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Offset,
        Gap,
        Channel,
        Template,
        Fee,
        FeePercent,
        StatesInterest,
        NeedsApproval,
        ColumnCount
    };
    static constexpr int ProblemRole = Qt::UserRole + 1;

    explicit PolicyStagesModel(QObject* parent = nullptr);

    void setPolicy(const ReminderPolicy& policy);
    // The name the policy is saved under (a rename, or a new policy's name); checked with the stages.
    void setPolicyName(const QString& name);
    // The policy as typed; only meaningful when problems() is empty.
    ReminderPolicy policy() const;
    // Every problem, one sentence each naming the row ("Row 3 “Final notice”: …"); empty when it can be
    // saved.
    QStringList problems() const { return m_problems; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    void addStage();
    void removeStage(int row);
    void moveStage(int row, int by);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void problemsChanged(const QStringList& problems);

private:
    struct Row
    {
        std::array<QString, ColumnCount> text; // as typed (the check columns use their flags)
        bool statesInterest = false;
        bool needsApproval = false;
    };

    void validate();

    ReminderPolicy m_policy; // id, name, version of the policy being edited
    QList<Row> m_rows;
    QHash<QPair<int, int>, QString> m_cellProblems; // (row, column) -> why
    QStringList m_problems;
    bool m_modified = false;
};

} // namespace settle
