#include "invoices/InvoiceHistoryDialog.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "followup/FollowupDesk.h"
#include "money/LocaleAmount.h"
#include "plans/PaymentPlans.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace settle {

InvoiceHistoryDialog::InvoiceHistoryDialog(LedgerSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_invoice(new QComboBox(this)),
      m_table(new QTableWidget(0, 3, this)), m_plan(new QLabel(this))
{
    m_plan->setObjectName(QStringLiteral("historyPlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWindowTitle(tr("Follow-up history"));
    m_invoice->setObjectName(QStringLiteral("historyInvoice"));
    m_invoice->setAccessibleName(tr("Invoice"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Invoice:"), this);
    label->setBuddy(m_invoice);
    row->addWidget(label);
    row->addWidget(m_invoice, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_plan);
    layout->addWidget(buttons);
    connect(m_invoice, &QComboBox::currentTextChanged, this, &InvoiceHistoryDialog::load);
    resize(820, 420);
}

void InvoiceHistoryDialog::showInvoice(const QStringList& numbers, const QString& number)
{
    {
        const QSignalBlocker block(m_invoice);
        m_invoice->clear();
        m_invoice->addItems(numbers);
        m_invoice->setCurrentText(number);
    }
    load();
}

QString InvoiceHistoryDialog::invoice() const
{
    return m_invoice->currentText();
}

void InvoiceHistoryDialog::load()
{
    m_table->setRowCount(0);
    m_plan->clear();
    if (!m_session.isOpen() || invoice().isEmpty())
        return;
    // The plan in force, installment by installment: what the follow-ups now remind.
    std::optional<PaymentPlan> plan;
    Guarded::run([&] { plan = PaymentPlans(m_session.ledger()).current(invoice(), m_session.today()); },
                 [](const QString&) {});
    if (plan) {
        const QLocale locale;
        QStringList lines;
        for (const auto& line : plan->lines)
            lines << tr("%1: %2 due %3, %4 open")
                         .arg(line.seq)
                         .arg(LocaleAmount::formatWithCode(line.amount, plan->currency, locale),
                              LocaleDates::shortDate(line.dueDate),
                              LocaleAmount::formatWithCode(line.balance, plan->currency, locale));
        m_plan->setText(tr("Payment plan agreed on %1: %2")
                            .arg(LocaleDates::shortDate(plan->agreedOn), lines.join(QStringLiteral("; "))));
    }
    QList<FollowupDesk::HistoryEntry> entries;
    if (!Guarded::run([&] { entries = FollowupDesk(m_session.ledger()).history(invoice()); },
                      [&](const QString& why) {
                          m_table->setRowCount(1);
                          m_table->setItem(0, 1, new QTableWidgetItem(why));
                      }))
        return;
    const QLocale locale;
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const auto& entry = entries[row];
        m_table->setItem(row, 0, new QTableWidgetItem(LocaleDates::shortDate(entry.date)));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.title));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.detail));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
}

} // namespace settle
