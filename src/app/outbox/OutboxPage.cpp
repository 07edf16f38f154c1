#include "outbox/OutboxPage.h"
#include "ui_OutboxPage.h"

#include "outbox/OutboxSendJob.h"
#include "shell/LedgerSession.h"
#include "widgets/EmailHtmlView.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "ledger/Ledger.h"
#include "mail/InvoiceCopies.h"
#include "mail/Outbox.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

namespace settle {

namespace {

using State = OutboxMessage::State;

const State allStates[] = {State::Queued, State::Sending, State::Sent,
                           State::Failed, State::Unknown, State::Dismissed};

} // namespace

QString OutboxPage::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Sending:
        return tr("Sending");
    case State::Sent:
        return tr("Sent");
    case State::Failed:
        return tr("Failed");
    case State::Unknown:
        return tr("Delivery unknown");
    case State::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

OutboxPage::OutboxPage(LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OutboxPage>()), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("outboxPage"));
    m_filter = m_ui->outboxStateFilter;
    m_table = m_ui->outboxTable;
    m_text = m_ui->outboxText;
    m_html = m_ui->outboxHtml;
    // The email as a mail program shows it: dark text on white paper, also in a dark palette.
    EmailHtmlView::usePaper(m_html);
    m_status = m_ui->outboxStatus;
    m_details = m_ui->outboxDetails;
    m_send = m_ui->outboxSend;
    m_retry = m_ui->outboxRetry;
    m_dismiss = m_ui->outboxDismiss;
    m_filter->addItem(tr("All messages"), -1);
    for (State state : allStates)
        m_filter->addItem(stateText(state), int(state));
    m_status->hide();
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("State"), tr("To"), tr("Subject"), tr("Attempts"), tr("Last change"), tr("Server's answer")});
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutboxPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxPage::showSelected);
    connect(m_send, &QPushButton::clicked, this, &OutboxPage::sendNow);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    connect(m_dismiss, &QPushButton::clicked, this, &OutboxPage::dismissSelected);
    m_sending = new OutboxSendJob(session, this);
    connect(m_sending, &OutboxSendJob::finished, this, &OutboxPage::sendFinished);
    connect(&m_session, &LedgerSession::opened, this, [this] {
        m_status->hide();
        // Messages are queued, edited and sent from elsewhere too (a follow-up run, the desk).
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testFlag(Ledger::Change::Outbox))
                refresh();
        });
        refresh();
    });
    updateButtons();
}

OutboxPage::~OutboxPage() = default;

bool OutboxPage::isSending() const
{
    return m_sending->isRunning();
}

void OutboxPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QString OutboxPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void OutboxPage::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::BrightText : QPalette::WindowText);
    m_status->setStyleSheet(problem ? FieldState::problemStyle(this) : QString());
    m_status->setVisible(!text.isEmpty());
}

void OutboxPage::setStateFilter(std::optional<State> state)
{
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(state ? int(*state) : -1)));
    refresh();
}

void OutboxPage::refresh()
{
    const auto keep = selectedId();
    m_messages.clear();
    if (m_session.isOpen()) {
        const int filter = m_filter->currentData().toInt();
        Guarded::run(
            [&] {
                m_messages =
                    Outbox(m_session.ledger()).list(filter < 0 ? std::nullopt : std::optional(State(filter)));
            },
            [&](const QString& why) { say(tr("Cannot read the outbox: %1").arg(why), true); });
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_messages.size()));
    const QLocale locale;
    for (int row = 0; row < m_messages.size(); ++row) {
        const OutboxMessage& message = m_messages[row];
        const QString answer = message.state == State::Sent || message.lastError.isEmpty()
                                   ? message.serverReply
                                   : message.lastError;
        const QString cells[] = {stateText(message.state),
                                 message.to,
                                 message.subject,
                                 QString::number(message.attempts),
                                 LocaleDates::shortDateTime(message.updatedAt.toLocalTime()),
                                 answer};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(IdRole, message.id);
            if (column == AnswerColumn || column == SubjectColumn)
                item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int column : {ToColumn, SubjectColumn})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
    if (keep && rowOf(*keep) >= 0)
        m_table->selectRow(rowOf(*keep));
    showSelected();
}

int OutboxPage::rowOf(qint64 id) const
{
    for (int row = 0; row < m_messages.size(); ++row)
        if (m_messages[row].id == id)
            return row;
    return -1;
}

std::optional<qint64> OutboxPage::selectedId() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_messages.size())
        return std::nullopt;
    return m_messages[rows.first().row()].id;
}

void OutboxPage::selectMessage(qint64 id)
{
    if (rowOf(id) < 0 && m_filter->currentIndex() != 0)
        setStateFilter(std::nullopt);
    const int row = rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void OutboxPage::showSelected()
{
    const auto id = selectedId();
    m_text->clear();
    m_html->clear();
    m_details->clear();
    OutboxMessage message;
    if (id && Guarded::run([&] { message = Outbox(m_session.ledger()).get(*id, true); },
                           [&](const QString& why) { m_details->setText(why.toHtmlEscaped()); })) {
        QStringList lines;
        lines << tr("<b>%1</b> — to %2").arg(message.subject.toHtmlEscaped(), message.to.toHtmlEscaped());
        if (!message.cc.isEmpty())
            lines << tr("Cc: %1").arg(message.cc.toHtmlEscaped());
        lines << tr("State: %1; attempts so far: %2").arg(stateText(message.state)).arg(message.attempts);
        if (message.sentAt.isValid())
            lines
                << tr("Sent: %1").arg(QLocale().toString(message.sentAt.toLocalTime(), QLocale::LongFormat));
        if (!message.serverReply.isEmpty())
            lines << tr("Server's answer: %1").arg(message.serverReply.toHtmlEscaped());
        if (!message.lastError.isEmpty() && message.state != State::Sent)
            lines << tr("What went wrong: %1").arg(message.lastError.toHtmlEscaped());
        for (const MailAttachment& file : message.attachments)
            lines << tr("Attached: %1 (%2 KB)")
                         .arg(file.fileName.toHtmlEscaped())
                         .arg((file.content.size() + 1023) / 1024);
        for (const InvoiceCopy& copy : message.invoiceCopies)
            lines << tr("Attached: %1 (invoice %2 as of %3, drawn when the message is sent)")
                         .arg(InvoiceCopies::fileName(copy).toHtmlEscaped(), copy.number.toHtmlEscaped(),
                              QLocale().toString(copy.asOf, QLocale::ShortFormat));
        m_details->setText(lines.join(QStringLiteral("<br>")));
        m_text->setPlainText(message.bodyText);
        if (message.bodyHtml.isEmpty())
            m_html->setPlainText(tr("(This message has no HTML part; it is sent as plain text.)"));
        else
            m_html->setHtml(message.bodyHtml);
    }
    updateButtons();
}

void OutboxPage::updateButtons()
{
    const auto id = selectedId();
    const int row = id ? rowOf(*id) : -1;
    const State state = row >= 0 ? m_messages[row].state : State::Sent;
    m_retry->setEnabled(row >= 0 &&
                        (state == State::Failed || state == State::Unknown || state == State::Dismissed));
    m_dismiss->setEnabled(row >= 0 &&
                          (state == State::Queued || state == State::Failed || state == State::Unknown));
    m_send->setEnabled(m_session.isOpen() && !isSending());
    m_send->setText(isSending() ? tr("Sending…") : tr("Send &Now"));
}

bool OutboxPage::retrySelected()
{
    const auto id = selectedId();
    if (!id)
        return false;
    OutboxMessage message;
    if (!Guarded::run([&] { message = Outbox(m_session.ledger()).resend(*id); },
                      [&](const QString& why) { say(why, true); }))
        return false;
    say(tr("“%1” is queued again; Send Now sends it.").arg(message.subject), false);
    refresh();
    return true;
}

bool OutboxPage::dismissSelected()
{
    const auto id = selectedId();
    if (!id)
        return false;
    OutboxMessage message;
    if (!Guarded::run([&] { message = Outbox(m_session.ledger()).dismiss(*id); },
                      [&](const QString& why) { say(why, true); }))
        return false;
    say(tr("“%1” is dismissed and will not be sent.").arg(message.subject), false);
    refresh();
    return true;
}

bool OutboxPage::sendNow()
{
    return startSending({});
}

bool OutboxPage::sendFollowups(const QList<qint64>& followupIds)
{
    if (followupIds.isEmpty())
        return false;
    return startSending(followupIds);
}

bool OutboxPage::startSending(const QList<qint64>& followupIds)
{
    if (!m_session.isOpen() || isSending())
        return false;
    OutboxSendJob::Choice choice = OutboxSendJob::everyDue();
    if (!followupIds.isEmpty())
        // Automatic sending: the queued messages of the raised follow-ups, nothing else.
        choice = [followupIds](Ledger& ledger) -> std::optional<QList<qint64>> {
            QList<qint64> ids;
            for (const OutboxMessage& message : Outbox(ledger).list(State::Queued))
                if (followupIds.contains(message.followupId))
                    ids << message.id;
            return ids.isEmpty() ? std::nullopt : std::optional(ids);
        };
    if (!Guarded::run([&] { m_sending->start(choice); },
                      [&](const QString& why) { say(OutboxSendJob::notSent(why), true); }))
        return false;
    say(tr("Sending…"), false);
    updateButtons();
    return true;
}

void OutboxPage::sendFinished()
{
    say(m_sending->summary(tr("No message was due.")), m_sending->isProblem());
    if (m_session.isOpen())
        m_session.ledger().noteChangedElsewhere(Ledger::everything());
    refresh();
    Q_EMIT sendingFinished();
}

} // namespace settle
