#include "invoices/InvoiceEditorDialog.h"
#include "ui_InvoiceEditorDialog.h"

#include "invoices/InvoiceEditorPresenter.h"
#include "invoices/InvoiceIssuedDialog.h"
#include "invoices/InvoiceLinesModel.h"
#include "shell/LedgerSession.h"
#include "widgets/CoreLabels.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "dates/IsoDate.h"
#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QCompleter>
#include <QHeaderView>
#include <QPushButton>

namespace settle {

InvoiceEditorDialog::InvoiceEditorDialog(LedgerSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InvoiceEditorDialog>()), m_session(session),
      m_presenter(new InvoiceEditorPresenter(session, this))
{
    m_ui->setupUi(this);
    m_issue = m_ui->buttons->addButton(tr("&Issue Invoice"), QDialogButtonBox::AcceptRole);
    m_draft = m_ui->buttons->addButton(tr("Save as &Draft"), QDialogButtonBox::ActionRole);
    m_issue->setDefault(true);

    auto customers = m_session.ledger().customers();
    std::sort(customers.begin(), customers.end(),
              [](const Customer& a, const Customer& b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_ui->customer->addItem(QString(), QString());
    for (const auto& customer : customers)
        m_ui->customer->addItem(QStringLiteral("%1 (%2)").arg(customer.name, customer.code), customer.code);
    m_ui->customer->completer()->setFilterMode(Qt::MatchContains);
    m_ui->customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->terms->addItems(m_presenter->termsNames());
    m_ui->issueDate->setDate(m_session.today());

    m_ui->lines->setModel(m_presenter->lines());
    m_ui->lines->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Description, QHeaderView::Stretch);
    m_ui->lines->verticalHeader()->hide();
    m_ui->lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_ui->lines->setTabKeyNavigation(true);

    connect(m_ui->customer, &QComboBox::currentIndexChanged, this,
            [this] { m_presenter->setCustomer(m_ui->customer->currentData().toString()); });
    connect(m_ui->terms, &QComboBox::currentTextChanged, m_presenter, &InvoiceEditorPresenter::setTerms);
    connect(m_ui->issueDate, &QDateEdit::dateChanged, m_presenter, &InvoiceEditorPresenter::setIssueDate);
    connect(m_ui->dueFromTerms, &QCheckBox::toggled, this, [this](bool fromTerms) {
        m_presenter->setDueDateOverride(fromTerms ? std::nullopt : std::optional<QDate>(m_ui->dueDate->date()));
    });
    connect(m_ui->dueDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_ui->dueDate->hasFocus() || !m_ui->dueFromTerms->isChecked()) {
            m_ui->dueFromTerms->setChecked(false);
            m_presenter->setDueDateOverride(date);
        }
    });
    connect(m_ui->addLine, &QPushButton::clicked, this, [this] {
        m_presenter->lines()->addLine();
        const QModelIndex index = m_presenter->lines()->index(m_presenter->lines()->rowCount() - 1, 0);
        m_ui->lines->setCurrentIndex(index);
        m_ui->lines->edit(index);
    });
    connect(m_ui->removeLine, &QPushButton::clicked, this,
            [this] { m_presenter->lines()->removeLine(m_ui->lines->currentIndex().row()); });
    connect(m_issue, &QPushButton::clicked, this, &InvoiceEditorDialog::issue);
    connect(m_draft, &QPushButton::clicked, this, &InvoiceEditorDialog::saveDraft);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The button box would accept on its own; issuing decides when the dialog closes.
    disconnect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_presenter, &InvoiceEditorPresenter::changed, this, &InvoiceEditorDialog::refreshView);
    refreshView();
}

InvoiceEditorDialog::~InvoiceEditorDialog() = default;

void InvoiceEditorDialog::setCustomer(const QString& code)
{
    m_ui->customer->setCurrentIndex(qMax(0, m_ui->customer->findData(code)));
}

QTableView* InvoiceEditorDialog::linesView() const
{
    return m_ui->lines;
}

void InvoiceEditorDialog::refreshView()
{
    const Invoice& invoice = m_presenter->invoice();
    const QLocale locale;
    m_ui->currency->setText(invoice.currency);
    if (m_ui->terms->currentText() != invoice.terms.name) {
        m_ui->terms->blockSignals(true);
        if (m_ui->terms->findText(invoice.terms.name) < 0) // the customer's retired term
            m_ui->terms->addItem(invoice.terms.name);
        m_ui->terms->setCurrentText(invoice.terms.name);
        m_ui->terms->blockSignals(false);
    }
    m_ui->terms->setToolTip(CoreLabels::termsDescription(invoice.terms));
    if (m_presenter->dueDateFromTerms() && m_ui->dueDate->date() != invoice.dueDate) {
        m_ui->dueDate->blockSignals(true);
        m_ui->dueDate->setDate(invoice.dueDate);
        m_ui->dueDate->blockSignals(false);
    }
    const QString dueProblem = m_presenter->dueDateProblem();
    FieldState::mark(m_ui->dueDate, dueProblem.isEmpty(), dueProblem);
    m_ui->subtotal->setText(LocaleAmount::formatWithCode(invoice.subtotal, invoice.currency, locale));
    m_ui->tax->setText(LocaleAmount::formatWithCode(invoice.tax, invoice.currency, locale));
    m_ui->total->setText(LocaleAmount::formatWithCode(invoice.total, invoice.currency, locale));
    const qint64 discount = m_presenter->discountAmount();
    m_ui->discount->setText(discount > 0 ? tr("%1 discount if paid by %2")
                                               .arg(LocaleAmount::formatWithCode(discount, invoice.currency, locale),
                                                    LocaleDates::shortDate(m_presenter->discountUntil()))
                                         : QString());
    const QString problem = m_presenter->problem();
    FieldState::mark(m_ui->customer, invoice.customerCode.isEmpty() == false || m_ui->customer->currentIndex() <= 0,
                     problem);
    m_ui->message->setText(problem);
    m_issue->setEnabled(problem.isEmpty());
    m_draft->setEnabled(problem.isEmpty());
}

QString InvoiceEditorDialog::totalText() const
{
    return m_ui->total->text();
}

QString InvoiceEditorDialog::taxText() const
{
    return m_ui->tax->text();
}

QString InvoiceEditorDialog::dueDateText() const
{
    return IsoDate::format(m_ui->dueDate->date());
}

QString InvoiceEditorDialog::message() const
{
    return m_ui->message->text();
}

void InvoiceEditorDialog::issue()
{
    if (!m_presenter->problem().isEmpty())
        return;
    if (!Guarded::run([&] { m_issued = m_presenter->issue(); },
                      [&](const QString& why) {
                          m_ui->message->setText(why); // everything typed stays
                      }))
        return;
    Q_EMIT invoiceIssued(m_issued);
    accept();
    // The number it got and the offer to send it at once, over the window the editor came from.
    InvoiceIssuedDialog::offer(m_session, m_issued, parentWidget());
}

void InvoiceEditorDialog::saveDraft()
{
    if (!m_presenter->problem().isEmpty())
        return;
    if (!Guarded::run([&] { m_presenter->saveDraft(); },
                      [&](const QString& why) { m_ui->message->setText(why); }))
        return;
    accept();
}

} // namespace settle
