#include "payments/PaymentsPage.h"
#include "ui_PaymentsPage.h"

#include "payments/PaymentTableModel.h"
#include "widgets/TableLayout.h"

#include <QSortFilterProxyModel>

namespace settle {

PaymentsPage::PaymentsPage(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PaymentsPage>()), m_settings(settings),
      m_model(new PaymentTableModel(session, this))
{
    m_ui->setupUi(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(PaymentTableModel::SortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    m_ui->table->setModel(proxy);
    TableLayout::prepare(m_ui->table);
    m_ui->table->sortByColumn(PaymentTableModel::Date, Qt::DescendingOrder);
    TableLayout::restore(m_ui->table, m_settings, QStringLiteral("payments"));
    TableLayout::stretch(m_ui->table, PaymentTableModel::Reference);
    connect(m_ui->filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->recordPayment, &QPushButton::clicked, this, [this] { Q_EMIT recordPaymentRequested(QString()); });
    auto updateSummary = [this, proxy] { m_ui->summary->setText(tr("%n payment(s)", nullptr, proxy->rowCount())); };
    connect(proxy, &QAbstractItemModel::modelReset, this, updateSummary);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, updateSummary);
}

PaymentsPage::~PaymentsPage() = default;

void PaymentsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
}

void PaymentsPage::saveLayout()
{
    TableLayout::save(m_ui->table, m_settings, QStringLiteral("payments"));
}

} // namespace settle
