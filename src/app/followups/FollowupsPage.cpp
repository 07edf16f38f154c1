#include "followups/FollowupsPage.h"
#include "ui_FollowupsPage.h"

#include "followups/BankWaitingNotice.h"
#include "followups/FollowupDeskPanel.h"
#include "followups/FollowupMonitor.h"
#include "followups/FollowupNotice.h"
#include "followups/FollowupTableModel.h"
#include "followups/LanguageFallbackNotice.h"
#include "shell/LedgerSession.h"
#include "widgets/CoreLabels.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"
#include "widgets/MessageBox.h"
#include "widgets/TableLayout.h"

#include "followup/FollowupQueue.h"
#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QTabWidget>

namespace settle {

FollowupsPage::FollowupsPage(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FollowupsPage>()), m_session(session), m_settings(settings),
      m_model(new FollowupTableModel(session, this))
{
    m_ui->setupUi(this);
    // Two tabs: the desk for today, and the whole queue with its approvals as before.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("followupTabs"));
    m_desk = new FollowupDeskPanel(session, m_tabs);
    m_tabs->addTab(m_desk, tr("&Today's queue"));
    auto* all = new QWidget(m_tabs);
    auto* allLayout = new QVBoxLayout(all);
    auto* allTools = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->pendingOnly), static_cast<QWidget*>(m_ui->approve),
                       static_cast<QWidget*>(m_ui->dismiss)})
        m_ui->toolRow->removeWidget(w);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->table), static_cast<QWidget*>(m_ui->detail),
                       static_cast<QWidget*>(m_ui->summary)})
        m_ui->layout->removeWidget(w);
    allTools->addWidget(m_ui->pendingOnly);
    allTools->addStretch(1);
    allTools->addWidget(m_ui->approve);
    allTools->addWidget(m_ui->dismiss);
    allLayout->addLayout(allTools);
    allLayout->addWidget(m_ui->table, 1);
    allLayout->addWidget(m_ui->detail);
    allLayout->addWidget(m_ui->summary);
    m_tabs->addTab(all, tr("&Everything raised"));
    m_ui->layout->addWidget(m_tabs, 1);
    m_notice = new FollowupNotice(this);
    m_ui->layout->insertWidget(1, m_notice);
    connect(m_notice, &FollowupNotice::settingRequested, this, &FollowupsPage::settingRequested);
    // Payments the bank received that nobody matched yet: said above the queue, before anything is sent.
    m_bankNotice = new BankWaitingNotice(session, this);
    m_ui->layout->insertWidget(2, m_bankNotice);
    m_ui->layout->insertWidget(3, new LanguageFallbackNotice(session, this)); // English to a French customer, said
    m_ui->intro->setText(
        tr("What waits for you today, by customer: read each email before it goes (and change a word "
           "for this one message), approve the stages that need a person, snooze what can wait, "
           "send, and record the outcome of your calls."));
    connect(m_desk, &FollowupDeskPanel::queueChanged, this, &FollowupsPage::queueChanged);
    m_ui->table->setModel(m_model);
    TableLayout::prepare(m_ui->table);
    m_ui->table->setSortingEnabled(false); // the queue's own order: newest first
    TableLayout::restore(m_ui->table, m_settings, QStringLiteral("followups"));
    TableLayout::stretch(m_ui->table, FollowupTableModel::Invoices);
    connect(m_ui->pendingOnly, &QCheckBox::toggled, m_model, &FollowupTableModel::setPendingOnly);
    connect(m_ui->approve, &QPushButton::clicked, this, &FollowupsPage::approveSelected);
    connect(m_ui->dismiss, &QPushButton::clicked, this, &FollowupsPage::dismissSelected);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowupsPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->summary->setText(tr("%n follow-up(s)", nullptr, m_model->rowCount()));
        updateDetail();
        if (isVisible() && !m_desk->isSending())
            m_desk->reload();
    });
    updateDetail();
}

FollowupsPage::~FollowupsPage() = default;

void FollowupsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
    m_desk->reload();
}

void FollowupsPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void FollowupsPage::selectRow(int row)
{
    showTab(1);
    m_ui->table->setCurrentIndex(m_model->index(row, 0));
}

void FollowupsPage::updateDetail()
{
    const FollowupRecord* r = m_model->record(m_ui->table->currentIndex().row());
    const bool pending = r && r->state == FollowupRecord::State::PendingApproval;
    m_ui->approve->setEnabled(pending);
    m_ui->dismiss->setEnabled(pending);
    if (!r) {
        m_ui->detail->clear();
        return;
    }
    const QLocale locale;
    QString html =
        QStringLiteral("<b>%1</b> — %2<br>")
            .arg(CoreLabels::stageName(r->stageName).toHtmlEscaped(), r->customerName.toHtmlEscaped());
    for (const auto& item : r->items)
        html += tr("%1: %2 due %3")
                    .arg(item.due.number.toHtmlEscaped(),
                         LocaleAmount::formatWithCode(item.due.balance, item.due.currency, locale),
                         LocaleDates::shortDate(item.due.dueDate)) +
                QStringLiteral("<br>");
    for (const auto& delivery : r->deliveries)
        html += QStringLiteral("<p><i>%1</i><br>%2</p>")
                    .arg(delivery.subject.toHtmlEscaped(),
                         delivery.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_ui->detail->setHtml(html);
}

void FollowupsPage::approveSelected()
{
    decide(true);
}

void FollowupsPage::dismissSelected()
{
    decide(false);
}

void FollowupsPage::decide(bool approve)
{
    const FollowupRecord* r = m_model->record(m_ui->table->currentIndex().row());
    if (!r || r->state != FollowupRecord::State::PendingApproval)
        return;
    const qint64 id = r->id;
    Guarded::orSay(this, approve ? tr("Cannot approve") : tr("Cannot dismiss"), [&] {
        FollowupQueue queue(m_session.ledger());
        if (approve)
            queue.approve(id);
        else
            queue.dismiss(id);
    });
    Q_EMIT queueChanged();
}

void FollowupsPage::setMonitor(FollowupMonitor* monitor)
{
    m_monitor = monitor;
    m_notice->setMonitor(monitor);
}

void FollowupsPage::explainFailure(const std::exception& error)
{
    const FollowupMonitor::Notice notice = FollowupMonitor::noticeFor(FollowupProblem::from(error));
    if (m_monitor)
        m_monitor->reportFailure(error);
    if (notice.field.isEmpty()) {
        MessageBox::error(this, tr("Follow-ups did not run"), notice.text);
        return;
    }
    if (MessageBox::question(this, tr("Follow-ups did not run"),
                             notice.text + QStringLiteral("\n\n") + tr("%1 now?").arg(notice.action)))
        Q_EMIT settingRequested(notice.tab, notice.field);
}

void FollowupsPage::saveLayout()
{
    TableLayout::save(m_ui->table, m_settings, QStringLiteral("followups"));
}

} // namespace settle
