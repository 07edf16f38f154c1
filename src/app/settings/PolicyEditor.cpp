#include "settings/PolicyEditor.h"
#include "ui_PolicyEditor.h"

#include "settings/PolicyStagesModel.h"
#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"

#include "followup/ReminderPolicies.h"
#include "ledger/Ledger.h"

#include <QHeaderView>

namespace settle {

PolicyEditor::PolicyEditor(LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PolicyEditor>()), m_session(session),
      m_model(new PolicyStagesModel(this))
{
    m_ui->setupUi(this);
    m_ui->stages->setModel(m_model);
    m_ui->stages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->stages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->stages->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_ui->stages->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->stages->horizontalHeader()->setSectionResizeMode(PolicyStagesModel::Name, QHeaderView::Stretch);
    m_ui->message->setVisible(false);

    connect(m_ui->policy, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        if (!name.isEmpty() && m_session.isOpen())
            load(name);
    });
    connect(m_ui->addStage, &QPushButton::clicked, this, &PolicyEditor::addStage);
    connect(m_ui->removeStage, &QPushButton::clicked, this, &PolicyEditor::removeStage);
    connect(m_ui->moveUp, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_ui->moveDown, &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(m_ui->savePolicy, &QPushButton::clicked, this, &PolicyEditor::save);
    connect(m_ui->revert, &QPushButton::clicked, this, [this] { load(currentPolicy()); });
    connect(m_model, &PolicyStagesModel::problemsChanged, this, &PolicyEditor::showProblems);
}

PolicyEditor::~PolicyEditor() = default;

QString PolicyEditor::currentPolicy() const
{
    return m_ui->policy->currentText();
}

QString PolicyEditor::message() const
{
    return m_ui->message->isVisible() ? m_ui->message->text() : QString();
}

void PolicyEditor::load(const QString& policyName)
{
    if (!m_session.isOpen())
        return;
    const auto policies = ReminderPolicies(m_session.ledger()).all();
    QString wanted = policyName.isEmpty() ? currentPolicy() : policyName;
    m_ui->policy->blockSignals(true);
    m_ui->policy->clear();
    for (const auto& policy : policies)
        m_ui->policy->addItem(policy.name);
    if (m_ui->policy->findText(wanted) < 0)
        wanted = m_ui->policy->findText(QStringLiteral("Standard")) >= 0 ? QStringLiteral("Standard")
                                                                         : m_ui->policy->itemText(0);
    m_ui->policy->setCurrentText(wanted);
    m_ui->policy->blockSignals(false);
    for (const auto& policy : policies)
        if (policy.name == wanted)
            m_model->setPolicy(policy);
    m_ui->message->setVisible(false);
}

void PolicyEditor::showProblems()
{
    const QStringList problems = m_model->problems();
    m_ui->message->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #e53935;"));
    m_ui->message->setText(problems.join(u'\n'));
    m_ui->message->setVisible(!problems.isEmpty());
    m_ui->savePolicy->setEnabled(problems.isEmpty());
}

bool PolicyEditor::save()
{
    if (!m_session.isOpen())
        return false;
    if (!m_model->problems().isEmpty()) {
        showProblems();
        return false;
    }
    if (!Guarded::run(
            [&] {
                const ReminderPolicy saved = ReminderPolicies(m_session.ledger()).update(m_model->policy());
                m_model->setPolicy(saved);
            },
            [&](const QString& why) {
                // The table stays as typed, so that the user can fix what was refused.
                m_ui->message->setStyleSheet(QStringLiteral("color: #e53935;"));
                m_ui->message->setText(why);
                m_ui->message->setVisible(true);
            }))
        return false;
    m_ui->message->setStyleSheet(QString());
    m_ui->message->setText(tr("Policy “%1” saved.").arg(currentPolicy()));
    m_ui->message->setVisible(true);
    return true;
}

int PolicyEditor::currentRow() const
{
    const QModelIndex current = m_ui->stages->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PolicyEditor::addStage()
{
    m_model->addStage();
    m_ui->stages->setCurrentIndex(m_model->index(m_model->rowCount() - 1, PolicyStagesModel::Name));
}

void PolicyEditor::removeStage()
{
    m_model->removeStage(currentRow());
}

void PolicyEditor::moveStage(int by)
{
    const int row = currentRow();
    m_model->moveStage(row, by);
    if (row >= 0 && row + by >= 0 && row + by < m_model->rowCount())
        m_ui->stages->setCurrentIndex(m_model->index(row + by, m_ui->stages->currentIndex().column()));
}

} // namespace settle
