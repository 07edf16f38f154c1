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
#include "widgets/MessageBox.h"
#include "widgets/TableLayout.h"

#include "credit/CreditOnAccount.h"
#include "followup/InvoiceEvents.h"
#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"
#include "plans/PaymentPlans.h"
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
    m_ui->plans->setColumnCount(PlanColumnCount);
    m_ui->plans->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Amount"), tr("Open")});
    m_ui->plans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->plans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->plans->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->plans->verticalHeader()->hide();
    m_ui->plans->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->plans, &QTableWidget::currentCellChanged, this,
            [this] { m_ui->cancelPlan->setEnabled(m_ui->plans->currentRow() >= 0); });
    connect(m_ui->cancelPlan, &QPushButton::clicked, this, &CustomerDetailPage::cancelPlan);
    connect(m_ui->applyCredit, &QPushButton::clicked, this, &CustomerDetailPage::applyCredit);
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

    // The credit the follow-ups count (every currency, at today), and the one click that applies it.
    QHash<QString, qint64> credits;
    Guarded::run([&] { credits = CreditOnAccount(m_session.ledger()).credit(m_code, m_session.today()); },
                 [](const QString&) {});
    QStringList creditTexts;
    for (auto it = credits.cbegin(); it != credits.cend(); ++it)
        if (it.value() > 0)
            creditTexts << LocaleAmount::formatWithCode(it.value(), it.key(), locale);
    creditTexts.sort();
    if (!creditTexts.isEmpty())
        m_ui->credit->setText(creditTexts.join(QStringLiteral(", ")));
    m_ui->applyCredit->setVisible(!creditTexts.isEmpty());
    fillPlans();
}

void CustomerDetailPage::fillPlans()
{
    QList<PaymentPlan> plans;
    Guarded::run([&] { plans = PaymentPlans(m_session.ledger()).forCustomer(m_code, m_session.today()); },
                 [](const QString&) {});
    const QLocale locale;
    int rows = 0;
    for (const auto& plan : plans)
        rows += int(plan.lines.size());
    m_ui->plans->setRowCount(rows);
    int row = 0;
    for (const auto& plan : plans)
        for (const auto& line : plan.lines) {
            auto* number = new QTableWidgetItem(plan.invoiceNumber);
            number->setToolTip(tr("Agreed on %1").arg(LocaleDates::shortDate(plan.agreedOn)));
            m_ui->plans->setItem(row, PlanInvoice, number);
            m_ui->plans->setItem(row, PlanDue, new QTableWidgetItem(LocaleDates::shortDate(line.dueDate)));
            for (const auto& [column, minor] : {std::pair{int(PlanAmount), line.amount},
                                                std::pair{int(PlanOpen), line.balance}}) {
                auto* item = new QTableWidgetItem(LocaleAmount::formatWithCode(minor, plan.currency, locale));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_ui->plans->setItem(row, column, item);
            }
            ++row;
        }
    m_ui->plans->resizeColumnsToContents();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->plansTab),
                           plans.isEmpty() ? tr("Payment plans") : tr("Payment plans (%1)").arg(plans.size()));
    m_ui->cancelPlan->setEnabled(m_ui->plans->currentRow() >= 0);
}

int CustomerDetailPage::planRowCount() const
{
    return m_ui->plans->rowCount();
}

void CustomerDetailPage::showPlans()
{
    m_ui->tabs->setCurrentWidget(m_ui->plansTab);
}

bool CustomerDetailPage::cancelPlan()
{
    const QTableWidgetItem* item = m_ui->plans->item(m_ui->plans->currentRow(), PlanInvoice);
    if (!item)
        return false;
    const QString number = item->text();
    if (!MessageBox::question(this, tr("Cancel the Payment Plan on %1?").arg(number),
                              tr("The installments end today and %1 is one amount again, due as "
                                 "before. Cancel the plan?")
                                  .arg(number)))
        return false;
    const bool done = Guarded::orSay(this, tr("Cannot cancel the plan on %1").arg(number), [&] {
        PaymentPlans(m_session.ledger()).cancel(number, m_session.today());
    });
    refresh();
    return done;
}

bool CustomerDetailPage::applyCredit()
{
    const QDate today = m_session.today();
    if (!MessageBox::question(this, tr("Apply the Credit?"),
                              tr("Set %1 against %2's oldest open invoices, dated %3?")
                                  .arg(m_ui->credit->text(), m_ui->name->text(), LocaleDates::shortDate(today))))
        return false;
    CreditOnAccount::Result result;
    if (!Guarded::orSay(this, tr("Cannot apply the credit"),
                        [&] { result = CreditOnAccount(m_session.ledger()).apply(m_code, today); }))
        return false;
    const QLocale locale;
    if (result.isEmpty()) {
        MessageBox::information(this, tr("Nothing Applied"),
                                tr("No open invoice to set the credit against."));
    } else {
        QStringList lines;
        for (const auto& applied : result.applied)
            lines << (applied.balanceAfter == 0
                          ? tr("%1: %2, now paid")
                                .arg(applied.invoiceNumber,
                                     LocaleAmount::formatWithCode(applied.amount, applied.currency, locale))
                          : tr("%1: %2, %3 still open")
                                .arg(applied.invoiceNumber,
                                     LocaleAmount::formatWithCode(applied.amount, applied.currency, locale),
                                     LocaleAmount::formatWithCode(applied.balanceAfter, applied.currency, locale)));
        MessageBox::information(this, tr("Credit Applied"), lines.join(QLatin1Char('\n')));
    }
    refresh();
    return true;
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
