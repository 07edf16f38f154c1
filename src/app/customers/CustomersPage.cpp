#include "customers/CustomersPage.h"
#include "ui_CustomersPage.h"

#include "customers/CustomerDetailPage.h"
#include "customers/CustomerTableModel.h"
#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"
#include "widgets/MessageBox.h"
#include "widgets/TableLayout.h"

#include "followup/ReminderPolicies.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace settle {

namespace {

// Text filter on code and name, plus "overdue only".
class CustomerFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool overdueOnly = false;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex&) const override
    {
        const auto* row = static_cast<CustomerTableModel*>(sourceModel())->row(sourceRow);
        if (!row)
            return false;
        if (overdueOnly && row->overdue <= 0)
            return false;
        const QString text = filterRegularExpression().pattern();
        return text.isEmpty() || row->customer.code.contains(text, Qt::CaseInsensitive) ||
               row->customer.name.contains(text, Qt::CaseInsensitive);
    }
};

} // namespace

CustomersPage::CustomersPage(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CustomersPage>()), m_session(session), m_settings(settings),
      m_model(new CustomerTableModel(session, this)), m_proxy(new CustomerFilter(this)),
      m_detail(new CustomerDetailPage(session, settings, this))
{
    m_ui->setupUi(this);
    m_ui->stack->addWidget(m_detail);
    m_detail->setOverview(m_model);
    connect(m_model, &CustomerTableModel::loaded, m_detail, &CustomerDetailPage::refresh);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CustomerTableModel::SortRole);
    m_ui->table->setModel(m_proxy);
    TableLayout::prepare(m_ui->table);
    m_ui->table->sortByColumn(CustomerTableModel::Name, Qt::AscendingOrder);
    for (int column : {CustomerTableModel::Balance, CustomerTableModel::Overdue, CustomerTableModel::Credit})
        m_ui->table->horizontalHeader()->resizeSection(column, 130);
    TableLayout::stretch(m_ui->table, CustomerTableModel::Name);
    TableLayout::restore(m_ui->table, m_settings, QStringLiteral("customers"));

    connect(m_ui->filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        // A plain text, not a pattern: the filter escapes nothing the user types.
        m_proxy->setFilterRegularExpression(QRegularExpression(text.trimmed()));
        updateSummary();
    });
    connect(m_ui->overdueOnly, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<CustomerFilter*>(m_proxy)->overdueOnly = on;
        static_cast<CustomerFilter*>(m_proxy)->refilter();
        updateSummary();
    });
    connect(m_ui->table, &QTableView::activated, this, [this](const QModelIndex& index) {
        showCustomer(index.data(CustomerTableModel::CodeRole).toString());
    });
    connect(m_ui->applySuggestion, &QPushButton::clicked, this, &CustomersPage::applySuggestedPolicy);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CustomersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CustomersPage::updateActions);
    updateActions();
    connect(m_ui->newCustomer, &QPushButton::clicked, this, &CustomersPage::newCustomerRequested);
    connect(m_ui->newInvoice, &QPushButton::clicked, this, [this] { Q_EMIT newInvoiceRequested(currentCode()); });
    connect(m_ui->recordPayment, &QPushButton::clicked, this, [this] { Q_EMIT recordPaymentRequested(currentCode()); });
    connect(m_detail, &CustomerDetailPage::backRequested, this, &CustomersPage::showList);
    connect(m_detail, &CustomerDetailPage::newInvoiceRequested, this, &CustomersPage::newInvoiceRequested);
    connect(m_detail, &CustomerDetailPage::recordPaymentRequested, this, &CustomersPage::recordPaymentRequested);
    connect(m_detail, &CustomerDetailPage::invoiceActivated, this, &CustomersPage::invoiceActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateSummary);
    connect(&m_session, &LedgerSession::opened, this, &CustomersPage::showList);
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
}

void CustomersPage::updateSummary()
{
    m_ui->summary->setText(tr("%n customer(s) shown", nullptr, m_proxy->rowCount()) +
                           (m_proxy->rowCount() != m_model->rowCount() ? tr(" of %1").arg(m_model->rowCount()) : QString()));
}

void CustomersPage::updateActions()
{
    const int source = m_model->rowOf(m_ui->table->currentIndex().data(CustomerTableModel::CodeRole).toString());
    const QString suggested = m_model->suggestedPolicy(source);
    m_ui->applySuggestion->setEnabled(!suggested.isEmpty());
}

bool CustomersPage::applySuggestedPolicy()
{
    const QString code = m_ui->table->currentIndex().data(CustomerTableModel::CodeRole).toString();
    const int source = m_model->rowOf(code);
    const auto* row = m_model->row(source);
    const QString suggested = m_model->suggestedPolicy(source);
    if (!row || suggested.isEmpty() || !m_session.isOpen())
        return false;
    // A suggestion never changes a customer by itself: a person says yes to this one change.
    if (!MessageBox::question(this, tr("Apply Suggested Policy"),
                              tr("%1 (%2) pays “%3”. Give them the reminder policy %4 instead of %5?\n\n"
                                 "Follow-ups go on from the last stage raised, at the days of %4.")
                                  .arg(row->customer.name, code, CustomerTableModel::ratingText(row->rating),
                                       suggested, row->customer.policy)))
        return false;
    return Guarded::orSay(this, tr("Apply Suggested Policy"),
                          [&] { ReminderPolicies(m_session.ledger()).assign(code, suggested); });
}

void CustomersPage::showCustomer(const QString& code)
{
    if (code.isEmpty())
        return;
    const int source = m_model->rowOf(code);
    if (source >= 0)
        m_ui->table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(source, 0)));
    m_detail->showCustomer(code);
    m_ui->stack->setCurrentWidget(m_detail);
}

void CustomersPage::showList()
{
    m_ui->stack->setCurrentWidget(m_ui->listPage);
    m_ui->table->setFocus();
}

bool CustomersPage::isDetailShown() const
{
    return m_ui->stack->currentWidget() == m_detail;
}

QString CustomersPage::currentCode() const
{
    if (isDetailShown())
        return m_detail->code();
    return m_ui->table->currentIndex().data(CustomerTableModel::CodeRole).toString();
}

void CustomersPage::saveLayout()
{
    TableLayout::save(m_ui->table, m_settings, QStringLiteral("customers"));
    m_detail->saveLayout();
}

} // namespace settle
