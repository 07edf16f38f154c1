#include "invoices/InvoiceActionDialog.h"
#include "ui_InvoiceActionDialog.h"

#include "followup/InvoiceEvents.h"
#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QPushButton>

namespace settle {

InvoiceActionDialog::InvoiceActionDialog(LedgerSession& session, Action action, const QString& number,
                                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InvoiceActionDialog>()), m_session(session),
      m_action(action), m_number(number)
{
    m_ui->setupUi(this);
    const auto detail = m_session.ledger().invoice(number, m_session.today());
    m_currency = detail.invoice.currency;
    m_balance = detail.balance;
    m_dueDate = detail.invoice.effectiveDueDate();
    m_ui->date->setDate(m_session.today());
    const QString balance = LocaleAmount::formatWithCode(m_balance, m_currency, QLocale());
    const bool amount = action == Action::CreditNote;
    const bool reason = action == Action::CreditNote || action == Action::Dispute;
    m_ui->amount->setVisible(amount);
    m_ui->amountLabel->setVisible(amount);
    m_ui->reason->setVisible(reason);
    m_ui->reasonLabel->setVisible(reason);
    // A promise or an extension is often recorded after the call: the day it was agreed is when the
    // pause starts, today at the latest and not before the invoice was issued.
    const bool agreed = action == Action::Promise || action == Action::Extend;
    m_ui->agreedOn->setVisible(agreed);
    m_ui->agreedOnLabel->setVisible(agreed);
    if (detail.invoice.issueDate.isValid())
        m_ui->agreedOn->setMinimumDate(detail.invoice.issueDate);
    m_ui->agreedOn->setMaximumDate(m_session.today());
    m_ui->agreedOn->setDate(m_session.today());
    switch (action) {
    case Action::CreditNote:
        setWindowTitle(tr("Credit Note for %1").arg(number));
        m_ui->intro->setText(tr("A credit note lowers what %1 asks for; the invoice itself stays as issued. "
                                "Balance now: %2.")
                                 .arg(number, balance));
        m_ui->amount->setText(LocaleAmount::format(m_balance, m_currency, QLocale()));
        break;
    case Action::Dispute:
        setWindowTitle(tr("Dispute %1").arg(number));
        m_ui->intro->setText(tr("While an invoice is disputed, no reminders go out for it."));
        m_ui->dateLabel->setText(tr("&Disputed on:"));
        break;
    case Action::Resolve:
        setWindowTitle(tr("Resolve the Dispute on %1").arg(number));
        m_ui->intro->setText(tr("Reminders resume from this date."));
        m_ui->dateLabel->setText(tr("&Resolved on:"));
        break;
    case Action::Promise:
        setWindowTitle(tr("Promise to Pay %1").arg(number));
        m_ui->intro->setText(tr("No reminders until the promised date; then they resume if it is not paid."));
        m_ui->dateLabel->setText(tr("&Paid by:"));
        m_ui->date->setDate(m_session.today().addDays(7));
        break;
    case Action::Extend:
        setWindowTitle(tr("Extend %1").arg(number));
        m_ui->intro->setText(tr("A new due date; the original one (%1) is kept for the record.")
                                 .arg(LocaleDates::shortDate(m_dueDate)));
        m_ui->dateLabel->setText(tr("&New due date:"));
        m_ui->date->setDate(std::max(m_dueDate, m_session.today()).addDays(14));
        break;
    }
    connect(m_ui->amount, &QLineEdit::textChanged, this, &InvoiceActionDialog::validate);
    connect(m_ui->reason, &QLineEdit::textChanged, this, &InvoiceActionDialog::validate);
    connect(m_ui->date, &QDateEdit::dateChanged, this, &InvoiceActionDialog::validate);
    connect(m_ui->agreedOn, &QDateEdit::dateChanged, this, &InvoiceActionDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &InvoiceActionDialog::apply);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

InvoiceActionDialog::~InvoiceActionDialog() = default;

void InvoiceActionDialog::setAmountText(const QString& text)
{
    m_ui->amount->setText(text);
}

void InvoiceActionDialog::setDate(QDate date)
{
    m_ui->date->setDate(date);
}

void InvoiceActionDialog::setAgreedOn(QDate date)
{
    m_ui->agreedOn->setDate(date);
}

void InvoiceActionDialog::setReason(const QString& reason)
{
    m_ui->reason->setText(reason);
}

void InvoiceActionDialog::validate()
{
    QString problem;
    if (m_action == Action::CreditNote) {
        Money amount;
        problem =
            LocaleAmount::parse(m_ui->amount->text(), Currency::require(m_currency), QLocale(), &amount);
        if (problem.isEmpty() && (!amount.isPositive() || amount.minor() > m_balance))
            problem = tr("The credit note must be more than zero and at most the balance %1.")
                          .arg(LocaleAmount::formatWithCode(m_balance, m_currency, QLocale()));
        FieldState::mark(m_ui->amount, problem.isEmpty(), problem);
    }
    if (problem.isEmpty() && m_action == Action::Dispute && m_ui->reason->text().trimmed().isEmpty())
        problem = tr("Say what the customer disputes, so that the next person knows.");
    if (problem.isEmpty() && m_action == Action::Extend && m_ui->date->date() <= m_dueDate)
        problem =
            tr("The new due date must be after the current one (%1).").arg(LocaleDates::shortDate(m_dueDate));
    if (m_action == Action::Extend)
        FieldState::mark(m_ui->date, problem.isEmpty(), problem);
    m_ui->message->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

bool InvoiceActionDialog::canApply() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString InvoiceActionDialog::message() const
{
    return m_ui->message->text();
}

void InvoiceActionDialog::apply()
{
    if (!canApply())
        return;
    Ledger& ledger = m_session.ledger();
    const QDate date = m_ui->date->date();
    if (!Guarded::run(
            [&] {
                switch (m_action) {
                case Action::CreditNote: {
                    Money amount;
                    LocaleAmount::parse(m_ui->amount->text(), Currency::require(m_currency), QLocale(),
                                        &amount);
                    ledger.issueCreditNote(m_number, amount, date, m_ui->reason->text().trimmed());
                    break;
                }
                case Action::Dispute:
                    InvoiceEvents(ledger).dispute(m_number, m_ui->reason->text().trimmed(), date);
                    break;
                case Action::Resolve:
                    InvoiceEvents(ledger).resolve(m_number, date);
                    break;
                case Action::Promise:
                    InvoiceEvents(ledger).promise(m_number, date, m_ui->agreedOn->date());
                    break;
                case Action::Extend:
                    InvoiceEvents(ledger).extend(m_number, date, m_ui->agreedOn->date());
                    break;
                }
            },
            [&](const QString& why) { m_ui->message->setText(why); }))
        return;
    accept();
}

} // namespace settle
