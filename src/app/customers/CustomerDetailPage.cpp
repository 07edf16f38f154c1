#include "customers/CustomerDetailPage.h"
#include "ui_CustomerDetailPage.h"

#include "customers/CustomerDialog.h"
#include "customers/CustomerSchedulesPanel.h"
#include "customers/CustomerTableModel.h"
#include "invoices/InvoiceTableModel.h"
#include "payments/PaymentTableModel.h"
#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"
#include "widgets/TableLayout.h"

#include "followup/InvoiceEvents.h"
#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"
#include "reports/ContactHistory.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace settle {

CustomerDetailPage::CustomerDetailPage(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CustomerDetailPage>()), m_session(session),
      m_settings(settings), m_invoices(new InvoiceTableModel(session, this)),
      m_payments(new PaymentTableModel(session, this)), m_schedules(new CustomerSchedulesPanel(session, this))
{
    m_ui->setupUi(this);
    m_ui->tabs->insertTab(m_ui->tabs->indexOf(m_ui->invoicesTab) + 1, m_schedules, tr("Repeating invoices"));
    // Nothing until a customer is chosen: an empty code would list the whole ledger.
    m_invoices->setCustomer(QStringLiteral("\x01"));
    m_ui->invoices->setModel(m_invoices);
    TableLayout::prepare(m_ui->invoices);
    m_ui->invoices->sortByColumn(InvoiceTableModel::Number, Qt::DescendingOrder);
    m_ui->invoices->hideColumn(InvoiceTableModel::Customer); // it is this customer's page
    m_ui->invoices->horizontalHeader()->resizeSection(InvoiceTableModel::State, 150);
    TableLayout::restore(m_ui->invoices, m_settings, QStringLiteral("customerInvoices"));
    TableLayout::stretch(m_ui->invoices, InvoiceTableModel::Number);
    auto* paymentsProxy = new QSortFilterProxyModel(this);
    paymentsProxy->setSourceModel(m_payments);
    paymentsProxy->setSortRole(PaymentTableModel::SortRole);
    m_ui->payments->setModel(paymentsProxy);
    TableLayout::prepare(m_ui->payments);
    m_ui->payments->sortByColumn(PaymentTableModel::Date, Qt::DescendingOrder);
    m_ui->payments->hideColumn(PaymentTableModel::Customer);
    TableLayout::restore(m_ui->payments, m_settings, QStringLiteral("customerPayments"));
    TableLayout::stretch(m_ui->payments, PaymentTableModel::Reference);

    m_ui->log->setColumnCount(4);
    m_ui->log->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Invoices"), tr("Details")});
    m_ui->log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->log->verticalHeader()->hide();
    m_ui->log->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->log->setToolTip(
        tr("Reminders the follow-up engine raised and the disputes, promises and extensions "
           "recorded. Notes and calls are not kept yet."));
    connect(m_ui->back, &QPushButton::clicked, this, &CustomerDetailPage::backRequested);
    connect(m_ui->edit, &QPushButton::clicked, this, &CustomerDetailPage::edit);
    connect(m_ui->newInvoice, &QPushButton::clicked, this, [this] { Q_EMIT newInvoiceRequested(m_code); });
    connect(m_ui->recordPayment, &QPushButton::clicked, this,
            [this] { Q_EMIT recordPaymentRequested(m_code); });
    connect(m_ui->invoices, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString number = index.data(InvoiceTableModel::NumberRole).toString();
        if (!number.isEmpty())
            Q_EMIT invoiceActivated(number);
    });
    connect(m_ui->onHold, &QCheckBox::clicked, this, [this](bool onHold) {
        Guarded::orSay(this, tr("Cannot change the hold"), [&] {
            // Through InvoiceEvents, so that the hold is also an event in the customer's history.
            InvoiceEvents(m_session.ledger()).setOnHold(m_code, onHold);
        });
        refresh();
    });
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Customers | Ledger::Change::Terms |
                                     Ledger::Change::Policies | Ledger::Change::Invoices |
                                     Ledger::Change::Followups | Ledger::Change::Payments))
                refresh();
        });
        m_code.clear();
        m_invoices->setCustomer(QStringLiteral("\x01"));
    });
}

CustomerDetailPage::~CustomerDetailPage() = default;

void CustomerDetailPage::showCustomer(const QString& code)
{
    m_code = code;
    m_invoices->setCustomer(code);
    m_payments->setCustomer(code);
    m_payments->setActive(true);
    m_schedules->setCustomer(code);
    refresh();
}

void CustomerDetailPage::showSchedules()
{
    m_ui->tabs->setCurrentWidget(m_schedules);
}

void CustomerDetailPage::refresh()
{
    if (m_code.isEmpty() || !m_session.isOpen())
        return;
    const auto customer = m_session.ledger().customer(m_code);
    if (!customer)
        return;
    m_ui->name->setText(customer->name);
    m_ui->code->setText(customer->code);
    QStringList emails{customer->email};
    if (!customer->cc.isEmpty())
        emails << tr("cc %1").arg(customer->cc);
    m_ui->email->setText(emails.join(QStringLiteral("; ")));
    m_ui->phone->setText(customer->phone);
    m_ui->address->setText(customer->address);
    m_ui->terms->setText(customer->terms);
    m_ui->policy->setText(customer->policy);
    m_ui->language->setText(CustomerDialog::languageName(customer->language));
    m_ui->onHold->setChecked(customer->onHold);
    m_ui->notes->setText(customer->notes.isEmpty() ? QString() : tr("Notes: %1").arg(customer->notes));
    fillLog();

    // The figures of the customers table, so that both always agree.
    qint64 balance = 0, overdue = 0, credit = 0;
    if (m_overview) {
        if (const auto* row = m_overview->row(m_overview->rowOf(m_code))) {
            balance = row->balance;
            overdue = row->overdue;
            credit = row->credit;
        }
    }
    const QLocale locale;
    m_ui->balance->setText(LocaleAmount::formatWithCode(balance, customer->currency, locale));
    m_ui->overdue->setText(LocaleAmount::formatWithCode(overdue, customer->currency, locale));
    m_ui->credit->setText(LocaleAmount::formatWithCode(credit, customer->currency, locale));
}

void CustomerDetailPage::fillLog()
{
    const auto entries = ContactHistory::forCustomer(m_session.ledger(), m_code);
    m_ui->log->setRowCount(int(entries.size()));
    int row = 0;
    for (const auto& entry : entries) {
        m_ui->log->setItem(row, 0, new QTableWidgetItem(LocaleDates::shortDate(entry.date)));
        m_ui->log->setItem(row, 1, new QTableWidgetItem(entry.title));
        m_ui->log->setItem(row, 2, new QTableWidgetItem(entry.invoices));
        m_ui->log->setItem(row, 3, new QTableWidgetItem(entry.detail));
        ++row;
    }
}

int CustomerDetailPage::logRowCount() const
{
    return m_ui->log->rowCount();
}

bool CustomerDetailPage::isOnHoldChecked() const
{
    return m_ui->onHold->isChecked();
}

void CustomerDetailPage::setOnHoldChecked(bool onHold)
{
    if (m_ui->onHold->isChecked() != onHold)
        m_ui->onHold->click();
}

void CustomerDetailPage::edit()
{
    auto* dialog = new CustomerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editCustomer(m_code);
    dialog->open();
}

void CustomerDetailPage::saveLayout()
{
    TableLayout::save(m_ui->invoices, m_settings, QStringLiteral("customerInvoices"));
    TableLayout::save(m_ui->payments, m_settings, QStringLiteral("customerPayments"));
}

} // namespace settle
