#include "followups/FollowupDeskPanel.h"

#include "followups/FollowupDeskModel.h"
#include "invoices/InvoiceHistoryDialog.h"
#include "invoices/PaymentPlanDialog.h"
#include "outbox/OutboxSendJob.h"
#include "shell/LedgerSession.h"
#include "widgets/CoreLabels.h"
#include "widgets/EmailHtmlView.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"
#include "widgets/MessageBox.h"
#include "widgets/ReadableColours.h"

#include "credit/CreditOnAccount.h"
#include "dates/Clock.h"
#include "domain/Channels.h"
#include "followup/FollowupDesk.h"
#include "followup/FollowupQueue.h"
#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace settle {

namespace {

enum DetailPage { NothingPage, EmailPage, TaskPage, InfoPage };

// The call outcome that is not a contact note's kind: a payment plan agreed in its own dialog, then
// kept in the log as a note.
constexpr int PlanOutcome = -1;

using State = OutboxMessage::State;

QString emailStateText(State state)
{
    switch (state) {
    case State::Queued:
        return FollowupDeskPanel::tr("ready to send");
    case State::Sending:
        return FollowupDeskPanel::tr("sending");
    case State::Sent:
        return FollowupDeskPanel::tr("sent");
    case State::Failed:
        return FollowupDeskPanel::tr("failed");
    case State::Unknown:
        return FollowupDeskPanel::tr("delivery unknown");
    case State::Dismissed:
        return FollowupDeskPanel::tr("dismissed");
    }
    return {};
}

} // namespace

FollowupDeskPanel::FollowupDeskPanel(LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    m_model = new FollowupDeskModel(this);
    m_queue = new QTreeView(this);
    m_queue->setObjectName(QStringLiteral("queue"));
    m_queue->setAccessibleName(tr("Today's follow-ups"));
    m_queue->setModel(m_model);
    m_queue->setRootIsDecorated(true);
    m_queue->setUniformRowHeights(true);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    // Where the keyboard is must be plain to see: a frame in the highlight colour while the queue has
    // the focus, and the current row highlighted (not only dotted) whether or not the window is active.
    m_queue->setStyleSheet(QStringLiteral("QTreeView#queue:focus { border: 2px solid palette(highlight); }"
                                          "QTreeView#queue::item:selected { background: "
                                          "palette(highlight); color: palette(highlighted-text); }"));
    m_queue->header()->setStretchLastSection(true);
    m_queue->header()->setSectionResizeMode(FollowupDeskModel::InvoicesColumn, QHeaderView::Interactive);

    // The detail: the email (editable for this message), the task and its outcome, or what a stage
    // waiting for approval will deliver.
    m_detail = new QStackedWidget(this);
    auto* nothing = new QLabel(
        tr("Choose a follow-up on the left to read what goes out, or to record a call."), m_detail);
    nothing->setWordWrap(true);
    nothing->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->addWidget(nothing);

    auto* email = new QWidget(m_detail);
    m_emailInfo = new QLabel(email);
    m_emailInfo->setObjectName(QStringLiteral("emailInfo"));
    m_emailInfo->setWordWrap(true);
    m_emailInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject = new QLineEdit(email);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_text = new QPlainTextEdit(email);
    m_text->setObjectName(QStringLiteral("bodyText"));
    m_text->setAccessibleName(tr("Text"));
    m_html = new EmailHtmlView(email);
    m_html->setObjectName(QStringLiteral("bodyHtml"));
    m_html->setAccessibleName(tr("As most mail programs show it"));
    auto* bodies = new QTabWidget(email);
    bodies->addTab(m_text, tr("Text"));
    bodies->addTab(m_html, tr("As the customer sees it"));
    m_saveEmail = new QPushButton(tr("Save changes to this message"), email);
    m_saveEmail->setObjectName(QStringLiteral("saveEmail"));
    m_revertEmail = new QPushButton(tr("Undo changes"), email);
    auto* emailButtons = new QHBoxLayout;
    auto* emailNote = new QLabel(tr("Changes apply to this one message, not to the template. An edited text "
                                    "goes out as the message's HTML part too."),
                                 email);
    emailNote->setWordWrap(true);
    emailButtons->addStretch(1);
    emailButtons->addWidget(m_revertEmail);
    emailButtons->addWidget(m_saveEmail);
    auto* emailLayout = new QVBoxLayout(email);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->addWidget(m_emailInfo);
    auto* subjectRow = new QFormLayout;
    subjectRow->addRow(tr("&Subject:"), m_subject);
    emailLayout->addLayout(subjectRow);
    emailLayout->addWidget(bodies, 1);
    emailLayout->addWidget(emailNote);
    emailLayout->addLayout(emailButtons);
    m_detail->addWidget(email);

    auto* task = new QWidget(m_detail);
    m_taskText = new QTextBrowser(task);
    m_taskText->setObjectName(QStringLiteral("taskText"));
    m_taskText->setAccessibleName(tr("What to do"));
    m_outcome = new QComboBox(task);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("Note"), int(ContactNote::Kind::Note));
    m_outcome->addItem(tr("Promise to pay"), int(ContactNote::Kind::Promise));
    m_outcome->addItem(tr("Agree a payment plan…"), PlanOutcome);
    m_outcome->addItem(tr("Dispute"), int(ContactNote::Kind::Dispute));
    m_outcome->addItem(tr("Escalate to legal"), int(ContactNote::Kind::Legal));
    m_promiseDate = new QDateEdit(task);
    m_promiseDate->setObjectName(QStringLiteral("promiseDate"));
    m_promiseDate->setCalendarPopup(true);
    m_outcomeNote = new QPlainTextEdit(task);
    m_outcomeNote->setObjectName(QStringLiteral("outcomeNote"));
    m_outcomeNote->setAccessibleName(tr("Outcome note"));
    m_outcomeNote->setPlaceholderText(tr("What was said (a dispute's reason, the call's outcome)"));
    m_outcomeNote->setMaximumHeight(80);
    m_recordOutcome = new QPushButton(tr("&Record outcome and close the task"), task);
    m_recordOutcome->setObjectName(QStringLiteral("recordOutcome"));
    auto* taskForm = new QFormLayout;
    taskForm->addRow(tr("&Outcome:"), m_outcome);
    taskForm->addRow(tr("Paid &by:"), m_promiseDate);
    taskForm->addRow(tr("&Note:"), m_outcomeNote);
    auto* taskLayout = new QVBoxLayout(task);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->addWidget(m_taskText, 1);
    taskLayout->addLayout(taskForm);
    taskLayout->addWidget(m_recordOutcome, 0, Qt::AlignRight);
    m_detail->addWidget(task);

    m_info = new QTextBrowser(m_detail);
    m_info->setObjectName(QStringLiteral("followupInfo"));
    m_detail->addWidget(m_info);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_heading->setWordWrap(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_detail, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_queue);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The queue's columns want room; the email reads well at about 70 characters.
    splitter->setSizes({700, 400});
    splitter->setChildrenCollapsible(false);

    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("deskApprove"));
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("deskDismiss"));
    m_snoozeDate = new QDateEdit(this);
    m_snoozeDate->setObjectName(QStringLiteral("snoozeDate"));
    m_snoozeDate->setCalendarPopup(true);
    m_snoozeDate->setAccessibleName(tr("Snooze until"));
    // Blank until a follow-up is chosen: the editor's earliest day stands for "no day".
    m_snoozeDate->setSpecialValueText(QStringLiteral("—"));
    m_snoozeDate->setMinimumDate(QDate(2000, 1, 1));
    m_snoozeDate->setDate(m_snoozeDate->minimumDate());
    m_snoozeDate->setEnabled(false);
    m_snooze = new QPushButton(tr("S&nooze until"), this);
    m_snooze->setObjectName(QStringLiteral("snooze"));
    m_credit = new QLabel(this);
    m_credit->setObjectName(QStringLiteral("deskCredit"));
    m_applyCredit = new QPushButton(tr("Appl&y Credit"), this);
    m_applyCredit->setObjectName(QStringLiteral("deskApplyCredit"));
    m_applyCredit->setToolTip(tr("Set the customer's credit on account against their oldest open invoices"));
    m_historyButton = new QPushButton(tr("&History…"), this);
    m_historyButton->setObjectName(QStringLiteral("history"));
    m_sendSelected = new QPushButton(tr("Send &selected"), this);
    m_sendSelected->setObjectName(QStringLiteral("sendSelected"));
    m_sendAll = new QPushButton(tr("Send a&ll"), this);
    m_sendAll->setObjectName(QStringLiteral("sendAll"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_dismiss);
    buttons->addSpacing(12);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_snoozeDate);
    buttons->addSpacing(12);
    buttons->addWidget(m_historyButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_credit);
    buttons->addWidget(m_applyCredit);
    buttons->addStretch(1);
    buttons->addWidget(m_sendSelected);
    buttons->addWidget(m_sendAll);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deskStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_queue->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& now, const QModelIndex& before) {
                if (!skipHeading(now, before))
                    showCurrent();
            });
    // After a key moves the cursor, the view selects the row it moved to; when that was a heading
    // (skipped to a follow-up above) the selection ends up empty. The current follow-up stays
    // highlighted.
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndex now = m_queue->currentIndex();
        if (m_model->record(now) && !m_queue->selectionModel()->isSelected(now))
            m_queue->selectionModel()->select(now, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    });
    connect(m_snoozeDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (current() && date > m_snoozeDate->minimumDate())
            m_snoozeChoice = date;
    });
    connect(m_model, &FollowupDeskModel::dataChanged, this, &FollowupDeskPanel::updateButtons);
    connect(m_saveEmail, &QPushButton::clicked, this, &FollowupDeskPanel::saveEmail);
    connect(m_revertEmail, &QPushButton::clicked, this, &FollowupDeskPanel::showCurrent);
    connect(m_recordOutcome, &QPushButton::clicked, this, &FollowupDeskPanel::recordOutcome);
    connect(m_approve, &QPushButton::clicked, this, &FollowupDeskPanel::approve);
    connect(m_dismiss, &QPushButton::clicked, this, &FollowupDeskPanel::dismiss);
    connect(m_snooze, &QPushButton::clicked, this, &FollowupDeskPanel::snooze);
    connect(m_sendSelected, &QPushButton::clicked, this, &FollowupDeskPanel::sendSelected);
    connect(m_sendAll, &QPushButton::clicked, this, &FollowupDeskPanel::sendAll);
    connect(m_historyButton, &QPushButton::clicked, this, [this] { showHistory(); });
    connect(m_applyCredit, &QPushButton::clicked, this, &FollowupDeskPanel::applyCredit);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_promiseDate->setEnabled(m_outcome->currentData().toInt() == int(ContactNote::Kind::Promise));
    });
    m_sending = new OutboxSendJob(session, this);
    connect(m_sending, &OutboxSendJob::finished, this, &FollowupDeskPanel::sendFinished);
    m_promiseDate->setEnabled(false);
    showCurrent();
}

FollowupDeskPanel::~FollowupDeskPanel() = default;

bool FollowupDeskPanel::isSending() const
{
    return m_sending->isRunning();
}

QString FollowupDeskPanel::statusText() const
{
    return m_status->text();
}

void FollowupDeskPanel::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_statusIsProblem = problem;
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, ReadableColours::problem(palette));
    m_status->setPalette(palette);
}

void FollowupDeskPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Colours derived from the palette are derived again from the new one.
    if (event->type() == QEvent::PaletteChange && m_status && m_queue) {
        say(m_status->text(), m_statusIsProblem);
        if (!isSending())
            reload();
    }
}

bool FollowupDeskPanel::skipHeading(const QModelIndex& now, const QModelIndex& before)
{
    if (!FollowupDeskModel::isHeading(now) || m_model->rowCount(now.siblingAtColumn(0)) == 0)
        return false;
    // A customer's heading: the arrow keys, Home and a click on it go on to a follow-up, in the
    // direction the cursor came from, so that it always stands on something to act on.
    const int at = now.row();
    const QModelIndex from = before.parent().isValid() ? before.parent() : before;
    const bool up = from.isValid() && from.row() >= at;
    QModelIndex target = m_model->index(0, 0, now.siblingAtColumn(0));
    if (up && at > 0) {
        const QModelIndex previous = m_model->index(at - 1, 0);
        if (const int count = m_model->rowCount(previous); count > 0)
            target = m_model->index(count - 1, 0, previous);
    }
    m_queue->setCurrentIndex(target);
    return true;
}

void FollowupDeskPanel::showSnoozeDate(bool chosen)
{
    const QSignalBlocker block(m_snoozeDate);
    // The earliest day shows as "—": today, which is no day to snooze until.
    const QDate today = m_session.isOpen() ? m_session.today() : QDate(2000, 1, 1);
    m_snoozeDate->setMinimumDate(today);
    m_snoozeDate->setDate(chosen && m_snoozeChoice > today ? m_snoozeChoice : today);
}

void FollowupDeskPanel::reload()
{
    const auto keep = currentId();
    QList<FollowupRecord> records;
    if (m_session.isOpen())
        Guarded::run([&] { records = FollowupDesk(m_session.ledger()).queue(); },
                     [&](const QString& why) { say(tr("Cannot read the follow-ups: %1").arg(why), true); });
    {
        const QSignalBlocker block(m_queue->selectionModel());
        m_model->setRecords(std::move(records), m_session.isOpen() ? m_session.today() : QDate());
    }
    m_queue->expandAll();
    for (int column = 0; column < FollowupDeskModel::ColumnCount; ++column)
        m_queue->resizeColumnToContents(column);
    if (!keep || !selectFollowup(*keep))
        showCurrent();
    if (m_model->records().isEmpty() && m_status->text().isEmpty())
        say(tr("Nothing waits for you today."), false);
}

QList<qint64> FollowupDeskPanel::shownIds() const
{
    return m_model->ids();
}

std::optional<qint64> FollowupDeskPanel::currentId() const
{
    if (const FollowupRecord* r = current())
        return r->id;
    return std::nullopt;
}

const FollowupRecord* FollowupDeskPanel::current() const
{
    return m_model->record(m_queue->currentIndex());
}

bool FollowupDeskPanel::selectFollowup(qint64 followupId)
{
    const QModelIndex at = m_model->indexOf(followupId);
    if (!at.isValid())
        return false;
    m_queue->setCurrentIndex(at);
    showCurrent();
    return true;
}

void FollowupDeskPanel::setChecked(qint64 followupId, bool checked)
{
    m_model->setChecked(followupId, checked);
}

void FollowupDeskPanel::showCurrent()
{
    const FollowupRecord* r = current();
    m_emails.clear();
    m_task.reset();
    if (!r || !m_session.isOpen()) {
        showCredit(QString());
        m_heading->clear();
        m_detail->setCurrentIndex(NothingPage);
        showSnoozeDate(false);
        updateButtons();
        return;
    }
    const QLocale locale;
    showCredit(r->customerCode);
    m_heading->setText(tr("%1 — %2 (%3)")
                           .arg(CoreLabels::stageName(r->stageName), r->customerName,
                                r->invoiceNumbers().join(QStringLiteral(", "))));
    FollowupDesk desk(m_session.ledger());
    Guarded::run(
        [&] {
            m_emails = desk.emailsOf(r->id);
            for (const auto& t : desk.tasksOf(r->id))
                if (t.state == u"open" && !m_task)
                    m_task = t;
        },
        [&](const QString& why) { say(why, true); });
    if (m_task) {
        QString html = QStringLiteral("<p><b>%1</b></p>").arg(m_task->title.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(m_task->notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        m_taskText->setHtml(html);
        const int legal = m_outcome->findData(int(ContactNote::Kind::Legal));
        // "Escalate to legal" is the collections review's outcome, not a call's.
        if (auto* model = qobject_cast<QStandardItemModel*>(m_outcome->model()))
            if (auto* item = model->item(legal))
                item->setEnabled(Channels::parse(r->channel).value_or(Channels()).has(Channels::Task));
        m_promiseDate->setMinimumDate(m_session.today());
        m_promiseDate->setDate(m_session.today().addDays(14));
        m_outcomeNote->clear();
        m_detail->setCurrentIndex(TaskPage);
    } else if (!m_emails.isEmpty()) {
        const OutboxMessage& m = m_emails.last();
        QString info = tr("To: %1").arg(m.to);
        if (!m.cc.isEmpty())
            info += QStringLiteral("   ") + tr("Cc: %1").arg(m.cc);
        info += QStringLiteral("   ·   ") + emailStateText(m.state);
        if (m.state == State::Queued && m.nextAttemptAt.isValid())
            info += QStringLiteral(" ") +
                    tr("(not before %1)").arg(LocaleDates::shortDateTime(m.nextAttemptAt.toLocalTime()));
        if (!m.lastError.isEmpty())
            info += QStringLiteral("\n") + tr("The server said: %1").arg(m.lastError);
        m_emailInfo->setText(info);
        m_subject->setText(m.subject);
        m_subject->setCursorPosition(0);
        m_text->setPlainText(m.bodyText);
        m_shownText = m_text->toPlainText();
        m_html->showEmail(m.bodyHtml);
        const bool editable = m.state == State::Queued;
        m_subject->setReadOnly(!editable);
        m_text->setReadOnly(!editable);
        m_detail->setCurrentIndex(EmailPage);
    } else {
        QString html;
        if (r->state == FollowupRecord::State::PendingApproval)
            html += tr("<p>This stage waits for your approval. Approving delivers it (%1); dismissing drops "
                       "it, and "
                       "the stage still counts as raised.</p>")
                        .arg(CoreLabels::channels(r->channel).toHtmlEscaped());
        for (const auto& item : r->items)
            html += tr("%1: %2 due %3")
                        .arg(item.due.number.toHtmlEscaped(),
                             LocaleAmount::formatWithCode(item.due.balance, item.due.currency, locale),
                             LocaleDates::shortDate(item.due.dueDate)) +
                    QStringLiteral("<br>");
        for (const auto& d : r->deliveries)
            html += QStringLiteral("<p><i>%1</i> (%2)<br>%3</p>")
                        .arg(d.subject.toHtmlEscaped(), d.state.toHtmlEscaped(),
                             d.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        m_info->setHtml(html);
        m_detail->setCurrentIndex(InfoPage);
    }
    // A week ahead unless the person chose another day since the date last changed.
    if (m_snoozeToday != m_session.today()) {
        m_snoozeToday = m_session.today();
        m_snoozeChoice = m_snoozeToday.addDays(7);
    }
    showSnoozeDate(true);
    updateButtons();
}

void FollowupDeskPanel::updateButtons()
{
    const FollowupRecord* r = current();
    const bool pending = r && r->state == FollowupRecord::State::PendingApproval;
    const bool sending = isSending();
    m_approve->setEnabled(pending && !sending);
    m_dismiss->setEnabled(pending && !sending);
    m_snooze->setEnabled(r && !sending);
    m_snoozeDate->setEnabled(r && !sending);
    m_historyButton->setEnabled(r && !r->items.isEmpty());
    const bool editable = !m_emails.isEmpty() && m_emails.last().state == State::Queued && !sending;
    m_saveEmail->setEnabled(editable);
    m_revertEmail->setEnabled(editable);
    m_recordOutcome->setEnabled(m_task.has_value() && !sending);
    m_applyCredit->setEnabled(!m_creditText.isEmpty() && !sending);
    m_sendSelected->setEnabled(!sending && !m_model->records().isEmpty());
    m_sendAll->setEnabled(!sending && !m_model->records().isEmpty());
}

void FollowupDeskPanel::changed()
{
    reload();
    Q_EMIT queueChanged();
}

bool FollowupDeskPanel::saveEmail()
{
    if (m_emails.isEmpty() || !m_session.isOpen())
        return false;
    const OutboxMessage m = m_emails.last();
    // An editor hands its text back in its own way (no-break spaces as spaces): untouched, the text
    // goes back as it was, and with it the template's HTML.
    const QString text = m_text->toPlainText() == m_shownText ? m.bodyText : m_text->toPlainText();
    if (!Guarded::run(
            [&] { FollowupDesk(m_session.ledger()).editEmail(m.id, m.version, m_subject->text(), text); },
            [&](const QString& why) { say(tr("Not saved: %1").arg(why), true); }))
        return false;
    say(tr("Saved. This message goes out as edited; the template is unchanged."), false);
    showCurrent();
    return true;
}

bool FollowupDeskPanel::approve()
{
    const FollowupRecord* r = current();
    if (!r)
        return false;
    const qint64 id = r->id;
    if (!Guarded::run([&] { FollowupQueue(m_session.ledger()).approve(id); },
                      [&](const QString& why) { say(tr("Cannot approve: %1").arg(why), true); }))
        return false;
    say(tr("Approved: delivered to the outbox, letters or tasks."), false);
    changed();
    selectFollowup(id);
    return true;
}

bool FollowupDeskPanel::dismiss()
{
    const FollowupRecord* r = current();
    if (!r)
        return false;
    if (!Guarded::run([&] { FollowupQueue(m_session.ledger()).dismiss(r->id); },
                      [&](const QString& why) { say(tr("Cannot dismiss: %1").arg(why), true); }))
        return false;
    say(tr("Dismissed: nothing is delivered for it."), false);
    changed();
    return true;
}

bool FollowupDeskPanel::snooze()
{
    const FollowupRecord* r = current();
    if (!r)
        return false;
    const QDate until = m_snoozeDate->date();
    if (until <= m_session.today()) {
        say(tr("Choose the day it should come back."), true);
        return false;
    }
    if (!Guarded::run([&] { FollowupDesk(m_session.ledger()).snooze(r->id, until); },
                      [&](const QString& why) { say(tr("Cannot snooze: %1").arg(why), true); }))
        return false;
    say(tr("Snoozed until %1: it comes back then, and its email waits until that day.")
            .arg(LocaleDates::shortDate(until)),
        false);
    changed();
    return true;
}

bool FollowupDeskPanel::recordOutcome()
{
    if (!m_task)
        return false;
    if (m_outcome->currentData().toInt() == PlanOutcome)
        return agreePlan() != nullptr;
    FollowupDesk::Outcome outcome;
    outcome.kind = ContactNote::Kind(m_outcome->currentData().toInt());
    outcome.note = m_outcomeNote->toPlainText();
    if (outcome.kind == ContactNote::Kind::Promise)
        outcome.until = m_promiseDate->date();
    if (!Guarded::run([&] { FollowupDesk(m_session.ledger()).closeTask(m_task->id, outcome); },
                      [&](const QString& why) { say(tr("Not recorded: %1").arg(why), true); }))
        return false;
    say(tr("Recorded: %1. It is in the customer's communication log.").arg(m_outcome->currentText()), false);
    changed();
    return true;
}

PaymentPlanDialog* FollowupDeskPanel::agreePlan()
{
    const FollowupRecord* r = current();
    if (!m_task || !r)
        return nullptr;
    // The call's first invoice still open: a follow-up names its invoices oldest first.
    QString number;
    for (const auto& item : r->items)
        if (number.isEmpty() && item.due.balance > 0)
            number = item.due.number;
    if (number.isEmpty()) {
        say(tr("Nothing of this follow-up is open: there is nothing to plan."), true);
        return nullptr;
    }
    auto* dialog = new PaymentPlanDialog(m_session, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 taskId = m_task->id;
    connect(dialog, &PaymentPlanDialog::planAgreed, this, [this, taskId](const QString& agreed, bool emailed) {
        // The call is done: its outcome, the plan, goes into the customer's log with what was said.
        FollowupDesk::Outcome outcome;
        outcome.kind = ContactNote::Kind::Note;
        outcome.invoices = {agreed};
        const QString said = m_outcomeNote->toPlainText().trimmed();
        outcome.note = said.isEmpty() ? tr("Payment plan agreed for %1.").arg(agreed)
                                      : tr("Payment plan agreed for %1. %2").arg(agreed, said);
        if (!Guarded::run([&] { FollowupDesk(m_session.ledger()).closeTask(taskId, outcome); },
                          [&](const QString& why) {
                              say(tr("The plan is agreed, but the task stays open: %1").arg(why), true);
                          }))
            return;
        say(emailed ? tr("Payment plan agreed for %1; the schedule is in the outbox for the customer. The task "
                         "is closed.")
                          .arg(agreed)
                    : tr("Payment plan agreed for %1. The task is closed.").arg(agreed),
            false);
        changed();
    });
    dialog->open();
    return dialog;
}

void FollowupDeskPanel::showCredit(const QString& customerCode)
{
    m_creditCustomer = customerCode;
    m_creditText.clear();
    if (!customerCode.isEmpty() && m_session.isOpen()) {
        QHash<QString, qint64> credits;
        Guarded::run(
            [&] { credits = CreditOnAccount(m_session.ledger()).credit(customerCode, m_session.today()); },
            [](const QString&) {});
        QStringList texts;
        for (auto it = credits.cbegin(); it != credits.cend(); ++it)
            if (it.value() > 0)
                texts << LocaleAmount::formatWithCode(it.value(), it.key(), QLocale());
        texts.sort();
        m_creditText = texts.join(QStringLiteral(", "));
    }
    m_credit->setText(m_creditText.isEmpty() ? QString() : tr("Credit on account: %1").arg(m_creditText));
    m_credit->setVisible(!m_creditText.isEmpty());
    m_applyCredit->setVisible(!m_creditText.isEmpty());
}

bool FollowupDeskPanel::applyCredit()
{
    if (m_creditCustomer.isEmpty() || m_creditText.isEmpty() || !m_session.isOpen())
        return false;
    const QString code = m_creditCustomer;
    const QDate today = m_session.today();
    if (!MessageBox::question(this, tr("Apply the Credit?"),
                              tr("Set %1 against the oldest open invoices of %2, dated %3?")
                                  .arg(m_creditText, code, LocaleDates::shortDate(today))))
        return false;
    CreditOnAccount::Result result;
    if (!Guarded::run([&] { result = CreditOnAccount(m_session.ledger()).apply(code, today); },
                      [&](const QString& why) { say(tr("Credit not applied: %1").arg(why), true); }))
        return false;
    if (result.isEmpty()) {
        say(tr("No open invoice to set the credit against."), false);
    } else {
        QStringList numbers;
        for (const auto& applied : result.applied)
            numbers << applied.invoiceNumber;
        numbers.removeDuplicates();
        say(tr("Credit applied to %1.").arg(numbers.join(QStringLiteral(", "))), false);
    }
    changed();
    return true;
}

QList<qint64> FollowupDeskPanel::queuedEmails(const QList<qint64>& followupIds)
{
    QList<qint64> ids;
    FollowupDesk desk(m_session.ledger());
    for (const qint64 id : followupIds)
        for (const auto& m : desk.emailsOf(id))
            if (m.state == State::Queued)
                ids << m.id;
    return ids;
}

bool FollowupDeskPanel::sendSelected()
{
    QList<qint64> chosen = m_model->checkedIds();
    if (chosen.isEmpty())
        if (const auto id = currentId())
            chosen << *id;
    if (chosen.isEmpty()) {
        say(tr("Tick the follow-ups to send, or choose one."), true);
        return false;
    }
    return startSending(queuedEmails(chosen));
}

bool FollowupDeskPanel::sendAll()
{
    return startSending(queuedEmails(m_model->ids()));
}

bool FollowupDeskPanel::startSending(const QList<qint64>& outboxIds)
{
    if (!m_session.isOpen() || isSending())
        return false;
    if (outboxIds.isEmpty()) {
        say(tr("No email of these follow-ups is ready to send."), true);
        return false;
    }
    if (!Guarded::run([&] { m_sending->start(OutboxSendJob::only(outboxIds)); },
                      [&](const QString& why) { say(OutboxSendJob::notSent(why), true); }))
        return false;
    say(tr("Sending %n message(s)…", nullptr, int(outboxIds.size())), false);
    updateButtons();
    return true;
}

void FollowupDeskPanel::sendFinished()
{
    say(m_sending->summary(tr("No message was due (a snoozed one waits for its day).")),
        m_sending->isProblem());
    if (m_session.isOpen()) {
        // The worker sent through its own connection: this window's views hear of it here.
        m_session.ledger().noteChangedElsewhere(Ledger::Change::Outbox | Ledger::Change::Followups);
        changed();
    }
    Q_EMIT sendingFinished();
}

void FollowupDeskPanel::showHistory(const QString& number)
{
    const FollowupRecord* r = current();
    if (!r && number.isEmpty())
        return;
    if (!m_history)
        m_history = new InvoiceHistoryDialog(m_session, this);
    QStringList numbers = r ? r->invoiceNumbers() : QStringList();
    if (!number.isEmpty() && !numbers.contains(number))
        numbers.prepend(number);
    m_history->showInvoice(numbers, number.isEmpty() ? numbers.value(0) : number);
    m_history->show();
    m_history->raise();
}

} // namespace settle
