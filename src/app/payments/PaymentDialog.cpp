#include "payments/PaymentDialog.h"

#include "ui_PaymentDialog.h"
#include "widgets/CoreLabels.h"

#include "payments/PaymentAllocationModel.h"
#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/MessageBox.h"

#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QCompleter>
#include <QHeaderView>
#include <QPushButton>

namespace settle {

PaymentDialog::PaymentDialog(LedgerSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PaymentDialog>()), m_session(session),
      m_allocation(new PaymentAllocationModel(session, this))
{
    m_ui->setupUi(this);
    m_record = m_ui->buttons->addButton(tr("&Record Payment"), QDialogButtonBox::AcceptRole);
    m_record->setDefault(true);
    auto customers = m_session.ledger().customers();
    std::sort(customers.begin(), customers.end(),
              [](const Customer& a, const Customer& b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_ui->customer->addItem(QString(), QString());
    for (const auto& customer : customers)
        m_ui->customer->addItem(QStringLiteral("%1 (%2)").arg(customer.name, customer.code), customer.code);
    m_ui->customer->completer()->setFilterMode(Qt::MatchContains);
    m_ui->customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->date->setDate(m_session.today());
    for (PaymentMethod method : {PaymentMethod::BankTransfer, PaymentMethod::Card, PaymentMethod::Cash,
                                 PaymentMethod::Check, PaymentMethod::Online, PaymentMethod::Crypto, PaymentMethod::Other})
        m_ui->method->addItem(CoreLabels::paymentMethod(method), int(method));
    m_ui->allocation->setModel(m_allocation);
    m_ui->allocation->verticalHeader()->hide();
    m_ui->allocation->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->allocation->setEditTriggers(QAbstractItemView::AllEditTriggers);

    connect(m_ui->customer, &QComboBox::currentIndexChanged, this,
            [this] { m_allocation->setCustomer(m_ui->customer->currentData().toString()); });
    connect(m_ui->amount, &QLineEdit::textChanged, m_allocation, &PaymentAllocationModel::setAmountText);
    connect(m_ui->date, &QDateEdit::dateChanged, m_allocation, &PaymentAllocationModel::setDate);
    connect(m_ui->method, &QComboBox::currentIndexChanged, this,
            [this] { m_allocation->setMethod(PaymentMethod(m_ui->method->currentData().toInt())); });
    connect(m_ui->reference, &QLineEdit::textChanged, m_allocation, &PaymentAllocationModel::setReference);
    connect(m_ui->resetAllocation, &QPushButton::clicked, m_allocation, &PaymentAllocationModel::resetAllocation);
    connect(m_record, &QPushButton::clicked, this, &PaymentDialog::record);
    disconnect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allocation, &PaymentAllocationModel::changed, this, &PaymentDialog::refreshView);
    connect(m_allocation, &QAbstractItemModel::modelReset, this, &PaymentDialog::refreshView);
    refreshView();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::setCustomer(const QString& code)
{
    m_ui->customer->setCurrentIndex(qMax(0, m_ui->customer->findData(code)));
    m_ui->amount->setFocus();
}

void PaymentDialog::setInvoice(const QString& number)
{
    m_allocation->setPreferredInvoice(number);
    if (!number.isEmpty())
        setWindowTitle(tr("Record Payment for %1").arg(number));
}

QLineEdit* PaymentDialog::amountField() const
{
    return m_ui->amount;
}

QTableView* PaymentDialog::allocationView() const
{
    return m_ui->allocation;
}

QString PaymentDialog::summaryText() const
{
    return m_ui->summary->text();
}

QString PaymentDialog::message() const
{
    return m_ui->message->text();
}

void PaymentDialog::refreshView()
{
    const QString currency = m_allocation->currency();
    const QLocale locale;
    m_ui->currency->setText(currency);
    // An empty amount is not an error yet, only not enough to record.
    const bool amountTyped = !m_ui->amount->text().trimmed().isEmpty();
    FieldState::mark(m_ui->amount, !amountTyped || m_allocation->amountProblem().isEmpty(), m_allocation->amountProblem());
    m_ui->resetAllocation->setEnabled(m_allocation->isEdited());
    if (!currency.isEmpty())
        m_ui->summary->setText(
            tr("Applied %1 · Credit on account %2")
                .arg(LocaleAmount::formatWithCode(m_allocation->applied(), currency, locale),
                     LocaleAmount::formatWithCode(qMax<qint64>(0, m_allocation->creditOnAccount()), currency, locale)));
    else
        m_ui->summary->clear();
    const QString problem = m_allocation->problem();
    m_ui->message->setText(amountTyped || problem != m_allocation->amountProblem() ? problem : QString());
    if (m_allocation->rowCount() == 0 && !m_allocation->customer().isEmpty() && problem.isEmpty())
        m_ui->message->setText(QString());
    m_record->setEnabled(problem.isEmpty());
}

void PaymentDialog::record()
{
    if (!m_allocation->problem().isEmpty())
        return;
    qint64 credit = 0;
    if (!Guarded::run([&] { credit = m_allocation->record(); },
                      [&](const QString& why) {
                          m_ui->message->setText(why); // what was typed stays
                      }))
        return;
    if (credit > 0)
        MessageBox::information(this, tr("Payment recorded"),
                                tr("%1 stays on the customer's account as credit.")
                                    .arg(LocaleAmount::formatWithCode(credit, m_allocation->currency(), QLocale())));
    accept();
}

} // namespace settle
