#include "invoices/InvoicesPage.h"
#include "ui_InvoicesPage.h"

#include "invoices/InvoiceActionDialog.h"
#include "invoices/InvoiceEmail.h"
#include "invoices/InvoiceIssuedDialog.h"
#include "invoices/InvoiceViewerDialog.h"
#include "invoices/PaymentPlanDialog.h"
#include "invoices/RepeatInvoiceDialog.h"
#include "invoices/InvoiceTableModel.h"
#include "payments/PaymentTableModel.h"
#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"
#include "widgets/MessageBox.h"
#include "widgets/TableLayout.h"

#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"
#include "plans/PaymentPlans.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>

#include <functional>

namespace settle {

using State = InvoicePageRepository::State;

InvoicesPage::InvoicesPage(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InvoicesPage>()), m_session(session), m_settings(settings),
      m_model(new InvoiceTableModel(session, this))
{
    m_ui->setupUi(this);
    const std::pair<QString, State> states[] = {
        {tr("All invoices"), State::Any}, {tr("Open"), State::Open},
        {tr("Overdue"), State::Overdue},  {tr("Disputed"), State::Disputed},
        {tr("Drafts"), State::Draft},     {tr("Paid"), State::Paid},
        {tr("Void"), State::Void},        {tr("Written off"), State::WrittenOff}};
    for (const auto& [text, state] : states)
        m_ui->state->addItem(text, int(state));
    m_ui->table->setModel(m_model);
    TableLayout::prepare(m_ui->table);
    m_ui->table->horizontalHeader()->setSortIndicator(InvoiceTableModel::Number, Qt::DescendingOrder);
    m_ui->table->horizontalHeader()->resizeSection(InvoiceTableModel::State, 150);
    m_ui->table->horizontalHeader()->resizeSection(InvoiceTableModel::Total, 120);
    m_ui->table->horizontalHeader()->resizeSection(InvoiceTableModel::Balance, 120);
    TableLayout::stretch(m_ui->table, InvoiceTableModel::Customer);
    TableLayout::restore(m_ui->table, m_settings, QStringLiteral("invoices"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->clearBucket->hide();

    connect(m_ui->state, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setState(State(m_ui->state->currentData().toInt())); });
    connect(m_ui->customer, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setCustomer(m_ui->customer->currentData().toString()); });
    // Typing filters after a short pause, not on every key.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, [this] { m_model->setText(m_ui->text->text()); });
    connect(m_ui->text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_ui->clearBucket, &QPushButton::clicked, this, [this] {
        m_model->setAgingBucket(std::nullopt);
        m_ui->clearBucket->hide();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateDetail();
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvoicesPage::updateDetail);
    connect(m_ui->newInvoice, &QPushButton::clicked, this, &InvoicesPage::newInvoiceRequested);
    connect(m_ui->issue, &QPushButton::clicked, this, &InvoicesPage::issueSelected);
    connect(m_ui->voidInvoice, &QPushButton::clicked, this, &InvoicesPage::voidSelected);
    connect(m_ui->recordPayment, &QPushButton::clicked, this, [this] {
        Q_EMIT recordPaymentRequested(
            m_ui->table->currentIndex().data(InvoiceTableModel::CustomerRole).toString(), currentNumber());
    });
    connect(m_ui->creditNote, &QPushButton::clicked, this,
            [this] { openAction(int(InvoiceActionDialog::Action::CreditNote)); });
    connect(m_ui->dispute, &QPushButton::clicked, this, [this] {
        const auto* row = m_model->row(m_ui->table->currentIndex().row());
        openAction(int(row && row->disputedOn.isValid() ? InvoiceActionDialog::Action::Resolve
                                                        : InvoiceActionDialog::Action::Dispute));
    });
    connect(m_ui->promise, &QPushButton::clicked, this,
            [this] { openAction(int(InvoiceActionDialog::Action::Promise)); });
    connect(m_ui->extend, &QPushButton::clicked, this,
            [this] { openAction(int(InvoiceActionDialog::Action::Extend)); });
    addDocumentActions();
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Customers | Ledger::Change::Terms |
                                     Ledger::Change::Policies))
                fillCustomers();
        });
        fillCustomers();
    });
    updateDetail();
}

InvoicesPage::~InvoicesPage() = default;

QTableView* InvoicesPage::table() const
{
    return m_ui->table;
}

void InvoicesPage::fillCustomers()
{
    const QString current = m_ui->customer->currentData().toString();
    m_ui->customer->blockSignals(true);
    m_ui->customer->clear();
    m_ui->customer->addItem(tr("All customers"), QString());
    auto customers = m_session.ledger().customers();
    std::sort(customers.begin(), customers.end(),
              [](const Customer& a, const Customer& b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const auto& customer : customers)
        m_ui->customer->addItem(customer.name, customer.code);
    m_ui->customer->setCurrentIndex(qMax(0, m_ui->customer->findData(current)));
    m_ui->customer->blockSignals(false);
}

void InvoicesPage::updateSummary()
{
    QString text = tr("%n invoice(s)", nullptr, m_model->rowCount());
    if (m_model->query().agingBucket)
        text += tr(" in the chosen aging bucket");
    m_ui->summary->setText(text);
}

QString InvoicesPage::currentNumber() const
{
    return m_ui->table->currentIndex().data(InvoiceTableModel::NumberRole).toString();
}

QString InvoicesPage::detailText() const
{
    return m_ui->detail->toPlainText();
}

void InvoicesPage::updateDetail()
{
    const auto* row = m_model->row(m_ui->table->currentIndex().row());
    const bool open = row && row->status == InvoiceStatus::Open;
    m_ui->issue->setEnabled(row && row->status == InvoiceStatus::Draft);
    m_ui->recordPayment->setEnabled(open);
    m_ui->creditNote->setEnabled(open && row->balance > 0);
    m_ui->voidInvoice->setEnabled(open && row->balance == row->total);
    m_ui->dispute->setEnabled(open);
    m_ui->dispute->setText(open && row->disputedOn.isValid() ? tr("Re&solve Dispute…") : tr("&Dispute…"));
    m_ui->promise->setEnabled(open);
    m_ui->extend->setEnabled(open);
    // An issued invoice is a document the customer can get again; a void one is not sent or repeated.
    const bool issued = row && !row->number.isEmpty() && row->status != InvoiceStatus::Draft;
    const bool live = issued && row->status != InvoiceStatus::Void;
    m_ui->viewInvoice->setEnabled(issued);
    m_ui->emailInvoice->setEnabled(live);
    m_ui->repeatInvoice->setEnabled(live);
    for (QAction* action : m_ui->table->actions())
        if (!action->property("plan").toBool())
            action->setEnabled(action->property("needsLive").toBool() ? live : issued);
    m_ui->agreePlan->setEnabled(false);
    m_ui->cancelPlan->setEnabled(false);
    m_planAction->setEnabled(false);
    if (!row || row->number.isEmpty()) {
        m_ui->detail->setHtml(row ? tr("<p>A draft for %1. Issue it to give it a number.</p>")
                                        .arg(row->customerName.toHtmlEscaped())
                                  : QString());
        return;
    }
    const QLocale locale;
    Ledger::InvoiceDetail detail;
    if (!Guarded::run([&] { detail = m_session.ledger().invoice(row->number, m_session.today()); },
                      [&](const QString& why) { m_ui->detail->setPlainText(why); }))
        return;
    const Invoice& invoice = detail.invoice;
    std::optional<PaymentPlan> plan;
    Guarded::run([&] { plan = PaymentPlans(m_session.ledger()).current(row->number, m_session.today()); },
                 [](const QString&) {}); // the plan is not shown; the rest of the detail still is
    // One plan at a time: a new one replaces the old only after the old is cancelled.
    m_ui->agreePlan->setEnabled(open && detail.balance > 0 && !plan);
    m_planAction->setEnabled(m_ui->agreePlan->isEnabled());
    m_ui->cancelPlan->setEnabled(plan.has_value());
    auto money = [&](qint64 minor) {
        return LocaleAmount::formatWithCode(minor, invoice.currency, locale).toHtmlEscaped();
    };
    QString html = QStringLiteral("<h3>%1</h3><p>%2<br>")
                       .arg(invoice.number.toHtmlEscaped(), row->customerName.toHtmlEscaped());
    html += tr("Issued %1, due %2")
                .arg(LocaleDates::shortDate(invoice.issueDate), LocaleDates::shortDate(invoice.dueDate));
    if (invoice.extendedDueDate.isValid())
        html += tr(", extended to %1").arg(LocaleDates::shortDate(invoice.extendedDueDate));
    html += QStringLiteral("<br>") + tr("Terms: %1").arg(invoice.terms.name.toHtmlEscaped()) +
            QStringLiteral("</p>");
    // An amount never breaks inside itself ("USD 1,056.0" over "0" on a narrow pane): the
    // descriptions wrap instead.
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'>");
    for (const auto& line : invoice.lines)
        html +=
            QStringLiteral("<tr><td>%1 × %2</td><td align='right' style='white-space:nowrap'>%3</td></tr>")
                .arg(LocaleAmount::formatScaled(line.quantity, InvoiceLine::QuantityDecimals, locale),
                     line.description.toHtmlEscaped(), money(line.amount));
    html += QStringLiteral("<tr><td>%1</td><td align='right' style='white-space:nowrap'>%2</td></tr>")
                .arg(tr("Tax"), money(invoice.tax));
    html += QStringLiteral(
                "<tr><td><b>%1</b></td><td align='right' style='white-space:nowrap'><b>%2</b></td></tr>")
                .arg(tr("Total"), money(invoice.total));
    for (const auto& applied : detail.applied) {
        QString what;
        switch (applied.allocation.kind) {
        case Allocation::Kind::Payment:
            what = tr("Payment %1").arg(applied.reference.toHtmlEscaped());
            break;
        case Allocation::Kind::Discount:
            what = tr("Early-payment discount");
            break;
        case Allocation::Kind::CreditNote:
            what = tr("Credit note %1").arg(applied.reference.toHtmlEscaped());
            break;
        case Allocation::Kind::WriteOff:
            what = tr("Written off");
            break;
        }
        html +=
            QStringLiteral("<tr><td>%1, %2</td><td align='right' style='white-space:nowrap'>−%3</td></tr>")
                .arg(LocaleDates::shortDate(applied.allocation.date), what, money(applied.allocation.amount));
    }
    html +=
        QStringLiteral(
            "<tr><td><b>%1</b></td><td align='right' style='white-space:nowrap'><b>%2</b></td></tr></table>")
            .arg(tr("Balance"), money(detail.balance));
    if (invoice.disputedOn.isValid())
        html += QStringLiteral("<p>") +
                tr("Disputed since %1: %2")
                    .arg(LocaleDates::shortDate(invoice.disputedOn), invoice.disputeReason.toHtmlEscaped()) +
                QStringLiteral("</p>");
    if (invoice.promiseUntil.isValid())
        html += QStringLiteral("<p>") +
                tr("Promised to pay by %1").arg(LocaleDates::shortDate(invoice.promiseUntil)) +
                QStringLiteral("</p>");
    if (plan) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Payment plan agreed on %1 for %2")
                             .arg(LocaleDates::shortDate(plan->agreedOn), money(plan->openBalance)));
        html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'><tr><th align='left'>%1</th>"
                               "<th align='right'>%2</th><th align='right'>%3</th></tr>")
                    .arg(tr("Due"), tr("Amount"), tr("Open"));
        for (const auto& line : plan->lines)
            html += QStringLiteral("<tr><td>%1</td><td align='right' style='white-space:nowrap'>%2</td>"
                                   "<td align='right' style='white-space:nowrap'>%3</td></tr>")
                        .arg(LocaleDates::shortDate(line.dueDate), money(line.amount), money(line.balance));
        html += QStringLiteral("</table>");
    }
    m_ui->detail->setHtml(html);
}

void InvoicesPage::showInvoice(const QString& number)
{
    // Show it whatever the filters: reset them to the invoice itself.
    m_ui->state->setCurrentIndex(0);
    m_ui->customer->setCurrentIndex(0);
    m_ui->clearBucket->hide();
    m_ui->text->blockSignals(true);
    m_ui->text->setText(number);
    m_ui->text->blockSignals(false);
    InvoicePageRepository::Query query = m_model->query();
    query.state = State::Any;
    query.customerCode.clear();
    query.agingBucket.reset();
    query.text = number;
    m_model->setQuery(query);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->row(row) && m_model->row(row)->number == number) {
            m_ui->table->setCurrentIndex(m_model->index(row, 0));
            m_ui->table->scrollTo(m_model->index(row, 0));
            break;
        }
    m_ui->table->setFocus();
}

void InvoicesPage::showAgingBucket(int bucket)
{
    m_ui->state->blockSignals(true);
    m_ui->state->setCurrentIndex(m_ui->state->findData(int(State::Open)));
    m_ui->state->blockSignals(false);
    InvoicePageRepository::Query query = m_model->query();
    query.state = State::Open;
    query.agingBucket = bucket;
    m_model->setQuery(query);
    m_ui->clearBucket->show();
    m_ui->table->setFocus();
}

void InvoicesPage::issueSelected()
{
    const auto* row = m_model->row(m_ui->table->currentIndex().row());
    if (!row || row->status != InvoiceStatus::Draft)
        return;
    Guarded::orSay(this, tr("Cannot issue the invoice"), [&] {
        const Invoice issued = m_session.ledger().issue(row->id, m_session.today());
        showInvoice(issued.number);
        Q_EMIT invoiceIssued(issued.number);
        InvoiceIssuedDialog::offer(m_session, issued.number, this);
    });
}

void InvoicesPage::voidSelected()
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return;
    if (!MessageBox::question(
            this, tr("Void %1?").arg(number),
            tr("A void invoice stays in the ledger, marked void, and asks for nothing. Void %1?")
                .arg(number)))
        return;
    Guarded::orSay(this, tr("Cannot void %1").arg(number),
                   [&] { m_session.ledger().voidInvoice(number, m_session.today()); });
}

InvoiceActionDialog* InvoicesPage::openAction(int action)
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return nullptr;
    auto* dialog = new InvoiceActionDialog(m_session, InvoiceActionDialog::Action(action), number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void InvoicesPage::addDocumentActions()
{
    struct Entry
    {
        QString text;
        QKeySequence shortcut;
        bool needsLive;
        std::function<void()> run;
    };
    const Entry entries[] = {
        {tr("Vie&w…"), QKeySequence(), false, [this] { viewSelected(); }},
        {tr("Prin&t…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), false, [this] { printSelected(); }},
        {tr("Save as PD&F…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), false, [this] { saveSelected(); }},
        {tr("&Email…"), QKeySequence(Qt::CTRL | Qt::Key_E), true, [this] { emailSelected(); }},
        {tr("&Repeat…"), QKeySequence(), true, [this] { repeatSelected(); }},
    };
    // The table's context menu holds them all; the shortcuts work while the table has the focus.
    for (const Entry& entry : entries) {
        auto* action = new QAction(entry.text, m_ui->table);
        action->setShortcut(entry.shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setProperty("needsLive", entry.needsLive);
        connect(action, &QAction::triggered, this, entry.run);
        m_ui->table->addAction(action);
    }
    m_ui->table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_ui->documentStatus,
            &QLabel::clear);
    m_ui->emailInvoice->setToolTip(tr("Email it to the customer, after reading the email (%1)")
                                       .arg(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)));
    connect(m_ui->viewInvoice, &QPushButton::clicked, this, &InvoicesPage::viewSelected);
    connect(m_ui->emailInvoice, &QPushButton::clicked, this, &InvoicesPage::emailSelected);
    connect(m_ui->repeatInvoice, &QPushButton::clicked, this, &InvoicesPage::repeatSelected);
    connect(m_ui->agreePlan, &QPushButton::clicked, this, &InvoicesPage::planSelected);
    connect(m_ui->cancelPlan, &QPushButton::clicked, this, &InvoicesPage::cancelPlanSelected);
    // In the context menu too, beside "Repeat…"; enabled with the button (updateDetail).
    m_planAction = new QAction(tr("Agree a Payment P&lan…"), m_ui->table);
    m_planAction->setObjectName(QStringLiteral("agreePlanAction"));
    m_planAction->setProperty("plan", true);
    connect(m_planAction, &QAction::triggered, this, &InvoicesPage::planSelected);
    m_ui->table->addAction(m_planAction);
    // Enter or a double click on an issued invoice shows it.
    connect(m_ui->table, &QTableView::activated, this, [this] {
        const auto* row = m_model->row(m_ui->table->currentIndex().row());
        if (row && !row->number.isEmpty() && row->status != InvoiceStatus::Draft)
            viewSelected();
    });
}

InvoiceViewerDialog* InvoicesPage::viewSelected()
{
    const auto* row = m_model->row(m_ui->table->currentIndex().row());
    if (!row || row->number.isEmpty() || row->status == InvoiceStatus::Draft)
        return nullptr;
    auto* viewer = new InvoiceViewerDialog(m_session, row->number, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    return viewer;
}

InvoiceViewerDialog* InvoicesPage::printSelected()
{
    InvoiceViewerDialog* viewer = viewSelected();
    if (viewer)
        viewer->choosePrint();
    return viewer;
}

InvoiceViewerDialog* InvoicesPage::saveSelected()
{
    InvoiceViewerDialog* viewer = viewSelected();
    if (viewer)
        viewer->chooseSave();
    return viewer;
}

EmailPreviewDialog* InvoicesPage::emailSelected()
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return nullptr;
    return InvoiceEmail::preview(m_session, number, this,
                                 [this](const QString& text, bool problem) { sayAboutDocument(text, problem); });
}

RepeatInvoiceDialog* InvoicesPage::repeatSelected()
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return nullptr;
    auto* dialog = new RepeatInvoiceDialog(m_session, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepeatInvoiceDialog::scheduleAdded, this, [this, number] {
        sayAboutDocument(tr("%1 now repeats: the customer's page lists the schedule.").arg(number), false);
    });
    dialog->open();
    return dialog;
}

PaymentPlanDialog* InvoicesPage::planSelected()
{
    const QString number = currentNumber();
    if (number.isEmpty() || !m_ui->agreePlan->isEnabled())
        return nullptr;
    auto* dialog = new PaymentPlanDialog(m_session, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentPlanDialog::planAgreed, this, [this](const QString& agreed, bool emailed) {
        sayAboutDocument(emailed ? tr("%1 is now paid in installments; the schedule is in the outbox for the "
                                      "customer.")
                                       .arg(agreed)
                                 : tr("%1 is now paid in installments.").arg(agreed),
                         false);
        showInvoice(agreed); // the ledger's change reloaded the table: the invoice stays the one shown
    });
    dialog->open();
    return dialog;
}

bool InvoicesPage::cancelPlanSelected()
{
    const QString number = currentNumber();
    if (number.isEmpty() || !m_ui->cancelPlan->isEnabled())
        return false;
    if (!MessageBox::question(this, tr("Cancel the Payment Plan on %1?").arg(number),
                              tr("The installments end today and %1 is one amount again, due as "
                                 "before. Cancel the plan?")
                                  .arg(number)))
        return false;
    if (!Guarded::orSay(this, tr("Cannot cancel the plan on %1").arg(number),
                        [&] { PaymentPlans(m_session.ledger()).cancel(number, m_session.today()); }))
        return false;
    sayAboutDocument(tr("The payment plan on %1 is cancelled.").arg(number), false);
    updateDetail();
    return true;
}

void InvoicesPage::sayAboutDocument(const QString& text, bool problem)
{
    m_ui->documentStatus->setText(text);
    m_ui->documentStatus->setStyleSheet(problem ? FieldState::problemStyle(this) : QString());
}

QString InvoicesPage::documentStatusText() const
{
    return m_ui->documentStatus->text();
}

void InvoicesPage::saveLayout()
{
    TableLayout::save(m_ui->table, m_settings, QStringLiteral("invoices"));
}

} // namespace settle
