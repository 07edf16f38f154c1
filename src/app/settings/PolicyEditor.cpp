#include "settings/PolicyEditor.h"
#include "ui_PolicyEditor.h"

#include "settings/PolicyStagesModel.h"
#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"
#include "widgets/MessageBox.h"

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
    connect(m_ui->newPolicy, &QPushButton::clicked, this, &PolicyEditor::newPolicy);
    connect(m_ui->copyPolicy, &QPushButton::clicked, this, &PolicyEditor::copyPolicy);
    connect(m_ui->deletePolicy, &QPushButton::clicked, this, &PolicyEditor::deletePolicy);
    connect(m_ui->policyName, &QLineEdit::textEdited, m_model, &PolicyStagesModel::setPolicyName);
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
    ReminderPolicies store(m_session.ledger());
    const auto policies = store.all();
    m_customerCounts = store.customerCounts();
    QString wanted = policyName.isEmpty() ? currentPolicy() : policyName;
    m_ui->policy->blockSignals(true);
    m_ui->policy->setProperty("draft", false);
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
    m_ui->policyName->setText(wanted);
    m_ui->message->setVisible(false);
    updateActions();
}

bool PolicyEditor::isDraft() const
{
    return m_ui->policy->property("draft").toBool();
}

void PolicyEditor::updateActions()
{
    const bool draft = isDraft();
    const QString name = currentPolicy();
    const int customers = m_customerCounts.value(name);
    // Standard stays: it is the policy a new customer gets (ReminderPolicies refuses the rest too).
    const bool standard = !draft && name == QStringLiteral("Standard");
    m_ui->policyName->setReadOnly(standard);
    m_ui->deletePolicy->setEnabled(draft || (!standard && customers == 0));
    m_ui->copyPolicy->setEnabled(!draft);
    m_ui->newPolicy->setEnabled(!draft);
    m_ui->usage->setText(draft            ? tr("new, not saved yet")
                         : customers == 1 ? tr("used by 1 customer")
                                          : tr("used by %1 customers").arg(customers));
}

void PolicyEditor::startDraft(const ReminderPolicy& draft)
{
    m_ui->policy->blockSignals(true);
    m_ui->policy->addItem(draft.name);
    m_ui->policy->setCurrentIndex(m_ui->policy->count() - 1);
    m_ui->policy->setProperty("draft", true);
    m_ui->policy->blockSignals(false);
    m_model->setPolicy(draft);
    m_model->setModified(true);
    m_ui->policyName->setText(draft.name);
    m_ui->policyName->setFocus();
    m_ui->policyName->selectAll();
    updateActions();
    showProblems();
}

void PolicyEditor::newPolicy()
{
    if (!m_session.isOpen() || isDraft())
        return;
    ReminderPolicy draft;
    draft.name = tr("New policy");
    for (int n = 2; m_ui->policy->findText(draft.name, Qt::MatchFixedString) >= 0; ++n)
        draft.name = tr("New policy %1").arg(n);
    startDraft(draft);
}

void PolicyEditor::copyPolicy()
{
    if (!m_session.isOpen() || isDraft())
        return;
    ReminderPolicy draft;
    Guarded::run([&] { draft = ReminderPolicies(m_session.ledger()).require(currentPolicy()); },
                 [&](const QString& why) { showMessage(why, true); });
    if (draft.name.isEmpty())
        return;
    draft.id = 0;
    draft.version = 1;
    draft.name = tr("Copy of %1").arg(currentPolicy());
    for (int n = 2; m_ui->policy->findText(draft.name, Qt::MatchFixedString) >= 0; ++n)
        draft.name = tr("Copy %1 of %2").arg(n).arg(currentPolicy());
    startDraft(draft);
}

bool PolicyEditor::deletePolicy()
{
    if (!m_session.isOpen())
        return false;
    if (isDraft()) {
        // Nothing was saved: the draft is simply dropped.
        m_ui->policy->setProperty("draft", false);
        load(QStringLiteral("Standard"));
        return true;
    }
    const QString name = currentPolicy();
    if (!MessageBox::question(this, tr("Delete Policy"),
                              tr("Delete the reminder policy “%1” and its stages?").arg(name)))
        return false;
    if (!Guarded::run(
            [&] {
                ReminderPolicies policies(m_session.ledger());
                policies.remove(policies.require(name));
            },
            [&](const QString& why) { showMessage(why, true); }))
        return false;
    load(QStringLiteral("Standard"));
    showMessage(tr("Policy “%1” deleted.").arg(name), false);
    return true;
}

void PolicyEditor::showMessage(const QString& text, bool problem)
{
    m_ui->message->setStyleSheet(problem ? QStringLiteral("color: #e53935;") : QString());
    m_ui->message->setText(text);
    m_ui->message->setVisible(true);
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
    ReminderPolicy saved;
    if (!Guarded::run(
            [&] {
                ReminderPolicy typed = m_model->policy();
                typed.name = m_ui->policyName->text().trimmed();
                ReminderPolicies policies(m_session.ledger());
                saved = typed.id == 0 ? policies.add(typed) : policies.update(typed);
            },
            // The table stays as typed, so that the user can fix what was refused.
            [&](const QString& why) { showMessage(why, true); }))
        return false;
    load(saved.name);
    showMessage(tr("Policy “%1” saved.").arg(saved.name), false);
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
