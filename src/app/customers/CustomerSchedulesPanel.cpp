#include "customers/CustomerSchedulesPanel.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"
#include "widgets/MessageBox.h"

#include "ledger/Ledger.h"
#include "recurring/RecurringInvoices.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace settle {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int ActiveRole = Qt::UserRole + 1;

} // namespace

CustomerSchedulesPanel::CustomerSchedulesPanel(LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_empty(new QLabel(this)),
      m_stop(new QPushButton(tr("S&top Repeating"), this))
{
    auto* layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("schedules"));
    m_table->setAccessibleName(tr("Repeating invoices"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Copies"), tr("Every"), tr("Next"), tr("Until"), tr("Issued")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Issued, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No invoice of this customer repeats. Choose Repeat… on an issued invoice to "
                        "issue a copy of it every month, quarter or year."));
    layout->addWidget(m_empty);
    auto* row = new QHBoxLayout;
    m_stop->setObjectName(QStringLiteral("stopSchedule"));
    m_stop->setToolTip(tr("The schedule issues nothing more; what it issued stays."));
    row->addWidget(m_stop);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_stop, &QPushButton::clicked, this, &CustomerSchedulesPanel::stopSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CustomerSchedulesPanel::updateButtons);
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Recurring | Ledger::Change::Invoices))
                refresh();
        });
        m_code.clear();
        refresh();
    });
    refresh();
}

void CustomerSchedulesPanel::setCustomer(const QString& code)
{
    m_code = code;
    refresh();
}

void CustomerSchedulesPanel::refresh()
{
    const qint64 keep = scheduleIdAt(m_table->currentRow());
    m_table->setRowCount(0);
    QList<RecurringSchedule> schedules;
    QHash<qint64, QList<RecurringIssue>> issued;
    if (!m_code.isEmpty() && m_session.isOpen())
        Guarded::run(
            [&] {
                RecurringInvoices recurring(m_session.ledger());
                schedules = recurring.list(m_code);
                for (const auto& schedule : schedules)
                    issued.insert(schedule.id, recurring.issuedBy(schedule.id));
            },
            [&](const QString& why) { m_empty->setText(why); });
    m_table->setRowCount(int(schedules.size()));
    const QString everyText[] = {tr("Month"), tr("Quarter"), tr("Year")};
    for (int row = 0; row < schedules.size(); ++row) {
        const RecurringSchedule& schedule = schedules[row];
        auto* copies = new QTableWidgetItem(schedule.templateNumber);
        copies->setData(IdRole, schedule.id);
        copies->setData(ActiveRole, schedule.isActive());
        QString next = schedule.nextDate.isValid() ? LocaleDates::shortDate(schedule.nextDate) : tr("—");
        if (!schedule.isActive())
            next = tr("stopped %1").arg(LocaleDates::shortDate(schedule.stoppedOn));
        QStringList numbers;
        for (const RecurringIssue& issue : issued.value(schedule.id))
            numbers << issue.number;
        auto* issuedItem = new QTableWidgetItem(
            numbers.isEmpty() ? tr("nothing yet")
                              : tr("%n invoice(s): %1", nullptr, int(numbers.size())).arg(numbers.join(QStringLiteral(", "))));
        QStringList lines;
        for (const RecurringIssue& issue : issued.value(schedule.id))
            lines << tr("%1 on %2").arg(issue.number, LocaleDates::shortDate(issue.issueDate));
        issuedItem->setToolTip(lines.join(QLatin1Char('\n')));
        auto* every = new QTableWidgetItem(everyText[int(schedule.every)] +
                                           (schedule.send ? tr(", emailed") : QString()));
        m_table->setItem(row, Copies, copies);
        m_table->setItem(row, Every, every);
        m_table->setItem(row, Next, new QTableWidgetItem(next));
        m_table->setItem(row, Until, new QTableWidgetItem(schedule.until.isValid() ? LocaleDates::shortDate(schedule.until)
                                                                                  : tr("no end")));
        m_table->setItem(row, Issued, issuedItem);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Issued, QHeaderView::Stretch);
    m_empty->setVisible(schedules.isEmpty());
    const int again = rowOf(keep);
    if (again >= 0)
        m_table->setCurrentCell(again, 0);
    updateButtons();
}

qint64 CustomerSchedulesPanel::scheduleIdAt(int row) const
{
    const QTableWidgetItem* item = row >= 0 ? m_table->item(row, Copies) : nullptr;
    return item ? item->data(IdRole).toLongLong() : 0;
}

int CustomerSchedulesPanel::rowOf(qint64 scheduleId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (scheduleId != 0 && scheduleIdAt(row) == scheduleId)
            return row;
    return -1;
}

void CustomerSchedulesPanel::updateButtons()
{
    const QTableWidgetItem* item = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), Copies) : nullptr;
    m_stop->setEnabled(item && item->data(ActiveRole).toBool());
}

void CustomerSchedulesPanel::stopSelected()
{
    const int row = m_table->currentRow();
    const qint64 id = scheduleIdAt(row);
    if (id == 0)
        return;
    const QString number = m_table->item(row, Copies)->text();
    if (!MessageBox::question(this, tr("Stop repeating %1?").arg(number),
                              tr("The schedule issues no more copies of %1. The invoices it issued stay. Stop it?")
                                  .arg(number)))
        return;
    Guarded::orSay(this, tr("Cannot stop the schedule"), [&] { RecurringInvoices(m_session.ledger()).stop(id); });
}

} // namespace settle
