#include "bank/BankAssignDialog.h"
#include "ui_BankAssignDialog.h"

#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "bank/BankBook.h"
#include "ledger/Ledger.h"
#include "money/Currency.h"
#include "money/LocaleAmount.h"

#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace settle {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
constexpr int CustomerRole = Qt::UserRole + 3;
constexpr int SearchLimit = 20;

enum InvoiceColumn { NumberColumn, DueColumn, BalanceColumn, InvoiceColumnCount };

} // namespace

BankAssignDialog::BankAssignDialog(LedgerSession& session, const BankEntryRecord& entry, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BankAssignDialog>()), m_session(session), m_entry(entry)
{
    m_ui->setupUi(this);
    m_ui->message->setStyleSheet(FieldState::problemStyle(this));
    recordButton()->setText(tr("&Record Payment"));
    const BankEntry& e = m_entry.entry;
    const QLocale locale;
    QString info = tr("%1 from %2 on %3")
                       .arg(LocaleAmount::formatWithCode(e.amount, e.currency, locale),
                            e.counterparty.isEmpty() ? tr("an unnamed payer") : e.counterparty,
                            LocaleDates::shortDate(e.bookingDate));
    if (!e.counterpartyIban.isEmpty())
        info += QStringLiteral(" (%1)").arg(e.counterpartyIban);
    if (!e.text.isEmpty())
        info += QStringLiteral("\n") + tr("Text: %1").arg(e.text);
    if (!e.structuredReference.isEmpty())
        info += QStringLiteral("\n") + tr("Reference: %1").arg(e.structuredReference);
    m_ui->entryInfo->setText(info);

    m_ui->customer->addItem(tr("(choose a customer)"), QString());
    if (m_session.isOpen())
        Guarded::run(
            [&] {
                for (const Customer& customer : m_session.ledger().customers())
                    m_ui->customer->addItem(tr("%1 (%2)").arg(customer.name, customer.code), customer.code);
            },
            [&](const QString& why) { m_ui->message->setText(why); });

    m_ui->invoices->setColumnCount(InvoiceColumnCount);
    m_ui->invoices->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Open")});
    m_ui->invoices->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::Stretch);
    m_ui->invoices->verticalHeader()->hide();
    m_ui->invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->invoices->setSelectionBehavior(QAbstractItemView::SelectRows);

    connect(m_ui->search, &QLineEdit::textChanged, this, &BankAssignDialog::search);
    connect(m_ui->hits, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { chooseHit(m_ui->hits->row(item)); });
    connect(m_ui->hits, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { chooseHit(m_ui->hits->row(item)); });
    connect(m_ui->customer, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->message->clear();
        fillInvoices();
    });
    connect(m_ui->invoices, &QTableWidget::itemChanged, this, [this] { updateSummary(); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BankAssignDialog::record);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Start where the bank left a clue: the suggestion, else the payer's name.
    if (!m_entry.customerCode.isEmpty() && setCustomer(m_entry.customerCode)) {
        for (const QString& number : m_entry.invoices)
            setTicked(number, true);
    } else {
        m_ui->search->setText(e.counterparty);
    }
    updateSummary();
}

BankAssignDialog::~BankAssignDialog() = default;

QLineEdit* BankAssignDialog::searchField() const
{
    return m_ui->search;
}

QListWidget* BankAssignDialog::hitList() const
{
    return m_ui->hits;
}

QTableWidget* BankAssignDialog::invoiceTable() const
{
    return m_ui->invoices;
}

QPushButton* BankAssignDialog::recordButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok);
}

QString BankAssignDialog::message() const
{
    return m_ui->message->text();
}

QString BankAssignDialog::summaryText() const
{
    return m_ui->summary->text();
}

void BankAssignDialog::search(const QString& text)
{
    m_ui->hits->clear();
    if (!m_session.isOpen() || text.trimmed().isEmpty())
        return;
    Guarded::run(
        [&] {
            Ledger& ledger = m_session.ledger();
            // An amount typed as the user writes amounts also finds the invoices with that total.
            Money amount;
            std::optional<qint64> total;
            if (const auto currency = Currency::fromCode(m_entry.entry.currency);
                currency && LocaleAmount::parse(text, *currency, QLocale(), &amount).isEmpty())
                total = amount.minor();
            const QLocale locale;
            for (const auto& hit : ledger.search(text.trimmed(), total, SearchLimit)) {
                auto* item = new QListWidgetItem;
                if (hit.kind == SearchRepository::Hit::Kind::Customer) {
                    item->setText(tr("Customer: %1 (%2)").arg(hit.title, hit.key));
                    item->setData(CustomerRole, hit.key);
                } else {
                    item->setText(tr("Invoice %1 — %2, %3")
                                      .arg(hit.key, hit.customer,
                                           LocaleAmount::formatWithCode(hit.total, hit.currency, locale)));
                }
                item->setData(KindRole, int(hit.kind));
                item->setData(KeyRole, hit.key);
                m_ui->hits->addItem(item);
            }
        },
        [&](const QString& why) { m_ui->message->setText(why); });
}

void BankAssignDialog::chooseHit(int row)
{
    const QListWidgetItem* item = m_ui->hits->item(row);
    if (!item || !m_session.isOpen())
        return;
    const QString key = item->data(KeyRole).toString();
    if (SearchRepository::Hit::Kind(item->data(KindRole).toInt()) == SearchRepository::Hit::Kind::Customer) {
        setCustomer(key);
        return;
    }
    // An invoice: its customer, with this invoice ticked.
    QString code;
    Guarded::run([&] { code = m_session.ledger().invoice(key, m_session.today()).invoice.customerCode; },
                 [&](const QString& why) { m_ui->message->setText(why); });
    if (code.isEmpty())
        return;
    if (code != customerCode())
        setCustomer(code);
    if (!setTicked(key, true))
        m_ui->message->setText(tr("Invoice %1 has nothing open in %2.").arg(key, m_entry.entry.currency));
}

bool BankAssignDialog::setCustomer(const QString& code)
{
    const int index = m_ui->customer->findData(code);
    if (index < 0)
        return false;
    m_ui->customer->setCurrentIndex(index);
    return true;
}

QString BankAssignDialog::customerCode() const
{
    return m_ui->customer->currentData().toString();
}

void BankAssignDialog::fillInvoices()
{
    m_items.clear();
    const QString code = customerCode();
    if (!code.isEmpty() && m_session.isOpen())
        Guarded::run([&] { m_items = m_session.ledger().openItems(code, m_entry.entry.currency); },
                     [&](const QString& why) { m_ui->message->setText(why); });
    std::stable_sort(m_items.begin(), m_items.end(), [](const OpenItem& a, const OpenItem& b) {
        return a.effectiveDueDate != b.effectiveDueDate ? a.effectiveDueDate < b.effectiveDueDate : a.number < b.number;
    });
    const QSignalBlocker block(m_ui->invoices);
    const QLocale locale;
    m_ui->invoices->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const OpenItem& item = m_items[r];
        auto* number = new QTableWidgetItem(item.number);
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        number->setCheckState(Qt::Unchecked);
        m_ui->invoices->setItem(r, NumberColumn, number);
        m_ui->invoices->setItem(r, DueColumn, new QTableWidgetItem(LocaleDates::shortDate(item.effectiveDueDate)));
        auto* balance = new QTableWidgetItem(LocaleAmount::formatWithCode(item.balance, item.currency, locale));
        balance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->invoices->setItem(r, BalanceColumn, balance);
    }
    m_ui->invoices->resizeColumnToContents(DueColumn);
    m_ui->invoices->resizeColumnToContents(BalanceColumn);
    updateSummary();
}

bool BankAssignDialog::setTicked(const QString& number, bool ticked)
{
    for (int r = 0; r < m_ui->invoices->rowCount(); ++r) {
        QTableWidgetItem* item = m_ui->invoices->item(r, NumberColumn);
        if (item && item->text() == number) {
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList BankAssignDialog::tickedInvoices() const
{
    QStringList numbers;
    for (int r = 0; r < m_ui->invoices->rowCount(); ++r)
        if (const QTableWidgetItem* item = m_ui->invoices->item(r, NumberColumn); item && item->checkState() == Qt::Checked)
            numbers << item->text();
    return numbers;
}

void BankAssignDialog::updateSummary()
{
    const QLocale locale;
    const QString currency = m_entry.entry.currency;
    qint64 ticked = 0;
    const QStringList numbers = tickedInvoices();
    for (const OpenItem& item : std::as_const(m_items))
        if (numbers.contains(item.number))
            ticked += item.balance;
    const qint64 amount = m_entry.entry.amount;
    QString text;
    if (customerCode().isEmpty())
        text = tr("Choose the customer who paid.");
    else if (m_items.isEmpty())
        text = tr("%1 has nothing open in %2: all %3 stays as credit on account.")
                   .arg(m_ui->customer->currentText(), currency, LocaleAmount::formatWithCode(amount, currency, locale));
    else if (numbers.isEmpty())
        text = tr("Tick the invoices the payment is for.");
    else if (ticked >= amount)
        text = tr("The ticked invoices have %1 open; the payment of %2 goes to them in this order.")
                   .arg(LocaleAmount::formatWithCode(ticked, currency, locale),
                        LocaleAmount::formatWithCode(amount, currency, locale));
    else
        text = tr("The ticked invoices have %1 open; %2 stays as credit on account.")
                   .arg(LocaleAmount::formatWithCode(ticked, currency, locale),
                        LocaleAmount::formatWithCode(amount - ticked, currency, locale));
    m_ui->summary->setText(text);
    // With nothing ticked the core would fall back on the suggestion or the oldest invoices: what is
    // recorded here is only what the person chose.
    recordButton()->setEnabled(!customerCode().isEmpty() && (m_items.isEmpty() || !numbers.isEmpty()));
}

bool BankAssignDialog::record()
{
    const QString code = customerCode();
    if (code.isEmpty() || !m_session.isOpen()) {
        m_ui->message->setText(tr("Choose the customer who paid."));
        return false;
    }
    const QStringList numbers = tickedInvoices();
    if (numbers.isEmpty() && !m_items.isEmpty()) {
        m_ui->message->setText(tr("Tick the invoices the payment is for."));
        return false;
    }
    if (!Guarded::run([&] { BankBook(m_session.ledger()).accept(m_entry.id, numbers, code); },
                      [&](const QString& why) { m_ui->message->setText(why); }))
        return false;
    Q_EMIT recorded(m_entry.id);
    accept();
    return true;
}

} // namespace settle
