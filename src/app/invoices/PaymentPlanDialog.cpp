#include "invoices/PaymentPlanDialog.h"
#include "ui_PaymentPlanDialog.h"

#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "ledger/Ledger.h"
#include "mail/PaymentPlanMail.h"
#include "money/Currency.h"
#include "money/LocaleAmount.h"
#include "plans/PaymentPlans.h"

#include <QHeaderView>
#include <QPushButton>

namespace settle {

PaymentPlanDialog::PaymentPlanDialog(LedgerSession& session, const QString& number, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PaymentPlanDialog>()), m_session(session), m_number(number)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Payment Plan for %1").arg(number));
    m_saveButton = m_ui->buttons->addButton(tr("&Agree the Plan"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("savePlan"));
    m_saveButton->setDefault(true);
    // Saving decides when the dialog closes.
    disconnect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_saveButton, &QPushButton::clicked, this, &PaymentPlanDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->every->addItem(tr("Month"), int(PlanRequest::Every::Month));
    m_ui->every->addItem(tr("Week"), int(PlanRequest::Every::Week));
    m_ui->message->setStyleSheet(FieldState::problemStyle(this));
    m_ui->schedule->setColumnCount(ColumnCount);
    m_ui->schedule->setHorizontalHeaderLabels({tr("Due date"), tr("Amount")});
    m_ui->schedule->verticalHeader()->hide();
    m_ui->schedule->horizontalHeader()->setStretchLastSection(true);
    m_ui->schedule->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->schedule->setEditTriggers(QAbstractItemView::AllEditTriggers);

    const QDate today = m_session.today();
    QString customerName;
    bool hasEmail = false;
    Guarded::run(
        [&] {
            const auto detail = m_session.ledger().invoice(number, today);
            m_currency = detail.invoice.currency;
            m_issueDate = detail.invoice.issueDate;
            const auto customer = m_session.ledger().customer(detail.invoice.customerCode);
            customerName = customer ? customer->name : detail.invoice.customerCode;
            hasEmail = customer && !customer->email.trimmed().isEmpty();
        },
        [&](const QString& why) { m_ui->message->setText(why); });
    m_ui->intro->setText(tr("What %1 still owes on %2, in installments. From the day it is agreed, each "
                            "installment is reminded on its own when it is not paid, and the invoice's "
                            "own due date no longer is.")
                             .arg(customerName, number));
    // Agreed today or on a day past (yesterday's phone call), never before the invoice existed.
    if (m_issueDate.isValid())
        m_ui->agreedOn->setMinimumDate(m_issueDate);
    m_ui->agreedOn->setMaximumDate(today);
    m_ui->agreedOn->setDate(today);
    m_ui->first->setDate(today.addMonths(1));
    m_ui->send->setEnabled(hasEmail);
    m_ui->send->setChecked(hasEmail);
    if (!hasEmail)
        m_ui->send->setToolTip(tr("The customer has no email address."));

    connect(m_ui->installments, &QSpinBox::valueChanged, this, &PaymentPlanDialog::propose);
    connect(m_ui->every, &QComboBox::currentIndexChanged, this, &PaymentPlanDialog::propose);
    connect(m_ui->first, &QDateEdit::dateChanged, this, &PaymentPlanDialog::propose);
    connect(m_ui->agreedOn, &QDateEdit::dateChanged, this, &PaymentPlanDialog::propose);
    connect(m_ui->schedule, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    connect(m_ui->addRow, &QPushButton::clicked, this, [this] {
        // A month after the last installment, the amount left for the user to type.
        const int rows = m_ui->schedule->rowCount();
        const QTableWidgetItem* lastDate = rows > 0 ? m_ui->schedule->item(rows - 1, DueDate) : nullptr;
        const QDate last = lastDate ? QLocale().toDate(lastDate->text().trimmed(), LocaleDates::shortFormat())
                                    : QDate();
        const QDate due = last.isValid() ? last.addMonths(1) : m_ui->first->date();
        m_filling = true;
        m_ui->schedule->insertRow(rows);
        m_ui->schedule->setItem(rows, DueDate, new QTableWidgetItem(LocaleDates::shortDate(due)));
        auto* amount = new QTableWidgetItem;
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->schedule->setItem(rows, Amount, amount);
        m_filling = false;
        m_ui->schedule->setCurrentCell(rows, Amount);
        validate();
    });
    connect(m_ui->removeRow, &QPushButton::clicked, this, [this] {
        const int row = m_ui->schedule->currentRow();
        if (row < 0)
            return;
        m_ui->schedule->removeRow(row);
        validate();
    });
    propose();
}

PaymentPlanDialog::~PaymentPlanDialog() = default;

QString PaymentPlanDialog::message() const
{
    return m_ui->message->text();
}

qint64 PaymentPlanDialog::openBalanceOn(QDate date) const
{
    qint64 balance = 0;
    Guarded::run([&] { balance = PaymentPlans(m_session.ledger()).openBalance(m_number, date); },
                 [](const QString&) {});
    return balance;
}

void PaymentPlanDialog::propose()
{
    m_balance = openBalanceOn(m_ui->agreedOn->date());
    m_ui->openBalance->setText(LocaleAmount::formatWithCode(m_balance, m_currency, QLocale()));
    QList<Installment> plan;
    Guarded::run(
        [&] {
            plan = PaymentPlans::split(m_balance, m_ui->installments->value(),
                                       PlanRequest::Every(m_ui->every->currentData().toInt()),
                                       m_ui->first->date());
        },
        [](const QString&) {}); // nothing to split: the table stays empty and validate() says why
    fillTable(plan);
}

void PaymentPlanDialog::fillTable(const QList<Installment>& plan)
{
    m_filling = true;
    m_ui->schedule->setRowCount(int(plan.size()));
    const QLocale locale;
    for (int row = 0; row < plan.size(); ++row) {
        m_ui->schedule->setItem(row, DueDate, new QTableWidgetItem(LocaleDates::shortDate(plan[row].dueDate)));
        auto* amount = new QTableWidgetItem(LocaleAmount::format(plan[row].amount, m_currency, locale));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->schedule->setItem(row, Amount, amount);
    }
    m_ui->schedule->resizeColumnToContents(DueDate);
    m_filling = false;
    validate();
}

QList<Installment> PaymentPlanDialog::typedSchedule(QString* problem) const
{
    QList<Installment> plan;
    const QLocale locale;
    const auto currency = Currency::fromCode(m_currency);
    for (int row = 0; row < m_ui->schedule->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_ui->schedule->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Installment line;
        line.seq = row + 1;
        line.dueDate = locale.toDate(text(DueDate), LocaleDates::shortFormat());
        if (!line.dueDate.isValid()) {
            *problem = tr("Installment %1: type the due date as %2.")
                           .arg(row + 1)
                           .arg(LocaleDates::shortDate(m_session.today()));
            return plan;
        }
        Money amount;
        const QString why = currency ? LocaleAmount::parse(text(Amount), *currency, locale, &amount)
                                     : tr("unknown currency %1").arg(m_currency);
        if (!why.isEmpty() || !amount.isPositive()) {
            *problem = why.isEmpty() ? tr("Installment %1: the amount must be more than zero.").arg(row + 1)
                                     : tr("Installment %1: %2").arg(row + 1).arg(why);
            return plan;
        }
        line.amount = amount.minor();
        plan.append(line);
    }
    return plan;
}

void PaymentPlanDialog::validate()
{
    QString problem;
    const QList<Installment> plan = typedSchedule(&problem);
    qint64 sum = 0;
    for (const auto& line : plan)
        sum += line.amount;
    const QLocale locale;
    m_ui->sum->setText(LocaleAmount::formatWithCode(sum, m_currency, locale));
    const QDate agreedOn = m_ui->agreedOn->date();
    if (problem.isEmpty() && m_balance <= 0)
        problem = tr("%1 has nothing open on %2: there is nothing to plan.")
                      .arg(m_number, LocaleDates::shortDate(agreedOn));
    if (problem.isEmpty() && plan.size() < 2)
        problem = tr("A plan has at least two installments.");
    if (problem.isEmpty())
        for (int i = 0; i < plan.size(); ++i) {
            if (plan[i].dueDate < agreedOn) {
                problem = tr("Installment %1 is due before the day the plan is agreed (%2).")
                              .arg(i + 1)
                              .arg(LocaleDates::shortDate(agreedOn));
                break;
            }
            if (i > 0 && plan[i].dueDate <= plan[i - 1].dueDate) {
                problem = tr("Installment %1 must be due after installment %2.").arg(i + 1).arg(i);
                break;
            }
        }
    if (problem.isEmpty() && sum != m_balance)
        problem = tr("The installments add up to %1 but the open balance is %2: change an amount by %3.")
                      .arg(LocaleAmount::formatWithCode(sum, m_currency, locale),
                           LocaleAmount::formatWithCode(m_balance, m_currency, locale),
                           LocaleAmount::formatWithCode(m_balance - sum, m_currency, locale));
    FieldState::mark(m_ui->schedule, problem.isEmpty(), problem);
    m_ui->message->setText(problem);
    m_saveButton->setEnabled(problem.isEmpty());
}

void PaymentPlanDialog::save()
{
    validate();
    if (!m_saveButton->isEnabled())
        return;
    QString problem;
    PlanRequest request;
    request.schedule = typedSchedule(&problem);
    request.agreedOn = m_ui->agreedOn->date();
    const bool send = m_ui->send->isEnabled() && m_ui->send->isChecked();
    Ledger& ledger = m_session.ledger();
    // The plan and its confirmation in one write: agreed with its email, or not at all.
    if (!Guarded::run(
            [&] {
                ledger.write(Ledger::Change::Invoices | Ledger::Change::Outbox, [&](AuditLog&) {
                    PaymentPlans(ledger).agree(m_number, request);
                    if (send)
                        PaymentPlanMail(ledger).queue(m_number);
                });
            },
            [&](const QString& why) { m_ui->message->setText(why); })) // everything typed stays
        return;
    Q_EMIT planAgreed(m_number, send);
    accept();
}

} // namespace settle
