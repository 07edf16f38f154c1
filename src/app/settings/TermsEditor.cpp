#include "settings/TermsEditor.h"
#include "ui_TermsEditor.h"

#include "settings/TermsDialog.h"
#include "shell/LedgerSession.h"
#include "widgets/CoreLabels.h"
#include "widgets/Guarded.h"

#include "ledger/Ledger.h"
#include "terms/TermsCatalog.h"

#include <QHeaderView>

namespace settle {

namespace {
enum Column { NameColumn, RuleColumn, CustomersColumn, StateColumn, ColumnCount };
}

TermsEditor::TermsEditor(LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TermsEditor>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(ColumnCount);
    m_ui->table->setHorizontalHeaderLabels({tr("Name"), tr("Terms"), tr("Customers"), tr("State")});
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_ui->table->verticalHeader()->setVisible(false);
    m_ui->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_ui->add, &QPushButton::clicked, this, &TermsEditor::addTerm);
    connect(m_ui->edit, &QPushButton::clicked, this, &TermsEditor::editSelected);
    connect(m_ui->retire, &QPushButton::clicked, this, &TermsEditor::toggleRetired);
    connect(m_ui->showRetired, &QCheckBox::toggled, this, &TermsEditor::reload);
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &TermsEditor::updateButtons);
    connect(m_ui->table, &QTableWidget::cellDoubleClicked, this, [this] { editSelected(); });
    updateButtons();
}

TermsEditor::~TermsEditor() = default;

QTableWidget* TermsEditor::table() const
{
    return m_ui->table;
}

QString TermsEditor::message() const
{
    return m_ui->message->text();
}

int TermsEditor::rowOf(const QString& name) const
{
    for (int row = 0; row < m_terms.size(); ++row)
        if (m_terms[row].terms.name == name)
            return row;
    return -1;
}

void TermsEditor::selectTerm(const QString& name)
{
    const int row = rowOf(name);
    if (row >= 0)
        m_ui->table->selectRow(row);
}

void TermsEditor::reload()
{
    if (!m_session.isOpen())
        return;
    const QString current = selected() ? selected()->terms.name : QString();
    m_terms.clear();
    TermsCatalog catalog(m_session.ledger());
    for (const auto& stored : catalog.all())
        if (!stored.retired || m_ui->showRetired->isChecked())
            m_terms << stored;
    m_ui->table->setRowCount(int(m_terms.size()));
    for (int row = 0; row < m_terms.size(); ++row) {
        const auto& stored = m_terms[row];
        m_ui->table->setItem(row, NameColumn, new QTableWidgetItem(stored.terms.name));
        m_ui->table->setItem(row, RuleColumn, new QTableWidgetItem(CoreLabels::termsDescription(stored.terms)));
        auto* customers = new QTableWidgetItem(QLocale().toString(catalog.customerCount(stored.id)));
        customers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->table->setItem(row, CustomersColumn, customers);
        m_ui->table->setItem(row, StateColumn,
                             new QTableWidgetItem(stored.retired ? tr("Retired") : tr("In use")));
        if (stored.retired)
            for (int column = 0; column < ColumnCount; ++column)
                m_ui->table->item(row, column)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    selectTerm(current);
    updateButtons();
}

std::optional<TermsRepository::Stored> TermsEditor::selected() const
{
    const auto rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_terms.size())
        return std::nullopt;
    return m_terms[rows.first().row()];
}

void TermsEditor::updateButtons()
{
    const auto current = selected();
    m_ui->edit->setEnabled(current.has_value());
    m_ui->retire->setEnabled(current.has_value());
    m_ui->retire->setText(current && current->retired ? tr("Rein&state") : tr("Re&tire"));
}

TermsDialog* TermsEditor::addTerm()
{
    if (!m_session.isOpen())
        return nullptr;
    auto* dialog = new TermsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TermsDialog::saved, this, [this](const QString& name) {
        reload();
        selectTerm(name);
        m_ui->message->setText(tr("Payment term “%1” added.").arg(name));
    });
    dialog->open();
    return dialog;
}

TermsDialog* TermsEditor::editSelected()
{
    const auto current = selected();
    if (!m_session.isOpen() || !current)
        return nullptr;
    auto* dialog = new TermsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editTerms(*current);
    connect(dialog, &TermsDialog::saved, this, [this](const QString& name) {
        reload();
        selectTerm(name);
        m_ui->message->setText(tr("Payment term “%1” saved; issued invoices keep their terms.").arg(name));
    });
    dialog->open();
    return dialog;
}

void TermsEditor::toggleRetired()
{
    const auto current = selected();
    if (!m_session.isOpen() || !current)
        return;
    Guarded::run(
        [&] {
            TermsCatalog catalog(m_session.ledger());
            if (current->retired) {
                catalog.reinstate(*current);
                m_ui->message->setText(
                    tr("“%1” is offered for new customers and invoices again.").arg(current->terms.name));
            } else {
                catalog.retire(*current);
                m_ui->message->setText(
                    tr("“%1” is retired: the customers that have it keep it; it is not offered for new ones.")
                        .arg(current->terms.name));
            }
        },
        [&](const QString& why) { m_ui->message->setText(why); });
    reload();
}

} // namespace settle
