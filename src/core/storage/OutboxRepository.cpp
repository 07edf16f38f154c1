#include "storage/OutboxRepository.h"

#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "storage/BoundList.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace settle {

namespace {

using State = OutboxMessage::State;

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QVariant timestampOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(timestamp(at)) : QVariant();
}

QDateTime moment(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Statement::bind for a list built at run time, with its rule: a null QString is an empty cell.
void bindAll(Statement& statement, const QList<QVariant>& values)
{
    int position = 0;
    for (const QVariant& value : values) {
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            statement.bindValue(position++, QStringLiteral(""));
        else
            statement.bindValue(position++, value);
    }
}

const QString columns = QStringLiteral(
    "o.id, o.followup_id, o.customer_id, c.code, o.state, o.to_addresses, o.cc_addresses, o.bcc_addresses, "
    "o.reply_to, o.subject, o.body_text, o.body_html, o.template_key, o.language, o.attempts, "
    "o.next_attempt_at, "
    "o.last_error, o.server_reply, o.sent_at, o.message_id, o.created_at, o.updated_at, o.version, "
    "o.claim_host, "
    "o.claim_pid, o.lease_until, o.claim_token");

} // namespace

OutboxRepository::OutboxRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

OutboxRepository::DurableCommits::DurableCommits(Database& db) : m_db(db)
{
    // The ledger's connection runs SQLite's WAL with synchronous=NORMAL, whose commits survive a crash
    // of the process but not of the machine (the WAL is synced only at checkpoints); FULL syncs the WAL
    // at every commit.
    if (m_db.engine() != Database::Engine::SQLite)
        return;
    Statement current(m_db.connection(), QStringLiteral("PRAGMA synchronous"));
    current.exec();
    m_previous = current.next() ? int(current.integer(0)) : -1;
    current.finish();
    Statement::run(m_db.connection(), QStringLiteral("PRAGMA synchronous = FULL"));
}

OutboxRepository::DurableCommits::~DurableCommits()
{
    if (m_previous < 0)
        return;
    try {
        Statement::run(m_db.connection(), QStringLiteral("PRAGMA synchronous = %1").arg(m_previous));
    } catch (const std::exception&) {
        // The connection keeps FULL: slower commits, never weaker ones.
    }
}

void OutboxRepository::DurableCommits::inTransaction()
{
    if (m_db.engine() == Database::Engine::PostgreSQL)
        Statement::run(m_db.connection(), QStringLiteral("SET LOCAL synchronous_commit = on"));
}

QString OutboxRepository::now() const
{
    return timestamp(m_clock.now());
}

qint64 OutboxRepository::insert(const OutboxMessage& m)
{
    const QString created = timestamp(m.createdAt.isValid() ? m.createdAt : m_clock.now());
    Statement insert(
        m_db.connection(),
        QStringLiteral("INSERT INTO outbox (followup_id, customer_id, state, to_addresses, cc_addresses, "
                       "bcc_addresses, reply_to, subject, body_text, body_html, template_key, language, "
                       "attempts, next_attempt_at, message_id, created_at, updated_at) "
                       "VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) RETURNING id"));
    bindAll(insert,
            {m.followupId > 0 ? QVariant(m.followupId) : QVariant(),
             m.customerId > 0 ? QVariant(m.customerId) : QVariant(), m.to, m.cc, m.bcc, m.replyTo, m.subject,
             m.bodyText, m.bodyHtml, m.templateKey, m.language.isEmpty() ? QStringLiteral("en") : m.language,
             timestampOrNull(m.nextAttemptAt), m.messageId, created, created});
    insert.exec();
    const qint64 id = insert.returnedId();

    if (!m.attachments.isEmpty()) {
        Statement attach(
            m_db.connection(),
            QStringLiteral("INSERT INTO outbox_attachments (outbox_id, position, file_name, mime_type, "
                           "content) VALUES (?, ?, ?, ?, ?)"));
        for (qsizetype k = 0; k < m.attachments.size(); ++k) {
            const auto& a = m.attachments[k];
            attach.exec({id, int(k), a.fileName, a.mimeType, a.content});
        }
    }
    if (!m.invoiceCopies.isEmpty()) {
        Statement copy(m_db.connection(), QStringLiteral("INSERT INTO outbox_invoice_copies (outbox_id, position, "
                                                         "invoice_id, as_of) VALUES (?, ?, ?, ?)"));
        for (qsizetype k = 0; k < m.invoiceCopies.size(); ++k) {
            const auto& c = m.invoiceCopies[k];
            copy.exec({id, int(k), c.invoiceId, IsoDate::format(c.asOf)});
        }
    }
    return id;
}

std::optional<qint64> OutboxRepository::nextDue(qint64 onlyId)
{
    Statement due(m_db.connection(),
                  QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' AND (next_attempt_at IS NULL "
                                 "OR next_attempt_at <= ?)") +
                      (onlyId > 0 ? QStringLiteral(" AND id = ?") : QString()) +
                      QStringLiteral(" ORDER BY id LIMIT 1"));
    if (onlyId > 0)
        due.exec({now(), onlyId});
    else
        due.exec({now()});
    if (!due.next())
        return std::nullopt;
    return due.integer(0);
}

bool OutboxRepository::claim(qint64 id, const Claim& claim, const QString& newMessageId)
{
    // PostgreSQL re-checks the WHERE after waiting for another sender's commit: of two claims of one
    // row, one changes it and the other changes nothing.
    Statement update(
        m_db.connection(),
        QStringLiteral("UPDATE outbox SET state = 'sending', claim_token = ?, claim_host = ?, claim_pid = ?, "
                       "lease_until = ?, updated_at = ?, "
                       "message_id = CASE WHEN message_id = '' THEN ? ELSE message_id END, "
                       "version = version + 1 WHERE id = ? AND state = 'queued'"));
    bindAll(update,
            {claim.token, claim.host, claim.pid, timestampOrNull(claim.leaseUntil), now(), newMessageId, id});
    update.exec();
    return update.rowsAffected() == 1;
}

bool OutboxRepository::extendLease(qint64 id, const QString& claimToken, const QDateTime& leaseUntil)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET lease_until = ? WHERE id = ? AND claim_token = ? AND "
                                    "state = 'sending'"));
    update.exec({timestamp(leaseUntil), id, claimToken});
    return update.rowsAffected() == 1;
}

bool OutboxRepository::finish(qint64 id, State state, const QString& setSql, const QList<QVariant>& setValues,
                              const QString& whereSql, const QList<QVariant>& whereValues)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?, version = version + 1") +
                         setSql + QStringLiteral(" WHERE id = ? AND ") + whereSql);
    bindAll(update, QList<QVariant>{OutboxMessage::stateName(state), now()} + setValues +
                        QList<QVariant>{id} + whereValues);
    update.exec();
    return update.rowsAffected() == 1;
}

bool OutboxRepository::finishHeld(qint64 id, const QString& claimToken, State state, const QString& setSql,
                                  const QList<QVariant>& setValues)
{
    return finish(id, state, setSql + QStringLiteral(", lease_until = NULL"), setValues,
                  QStringLiteral("claim_token = ? AND state IN ('sending', 'unknown')"), {claimToken});
}

bool OutboxRepository::markSent(qint64 id, const QString& claimToken, const QString& serverReply)
{
    // The server accepted it: that wins over 'unknown' and over what a person decided without knowing it
    // (resent: it must not go again; dismissed, failed: it went all the same). Another sender's live
    // claim is left alone: that sender records its own outcome.
    return finish(id, State::Sent,
                  QStringLiteral(", attempts = attempts + 1, server_reply = ?, sent_at = ?, last_error = '', "
                                 "lease_until = NULL"),
                  {serverReply, now()},
                  QStringLiteral("state <> 'sent' AND (state <> 'sending' OR claim_token = ?)"),
                  {claimToken});
}

bool OutboxRepository::markRetry(qint64 id, const QString& claimToken, const QString& error,
                                 const QDateTime& nextAttemptAt)
{
    return finishHeld(
        id, claimToken, State::Queued,
        QStringLiteral(", attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claim_token = ''"),
        {error, timestamp(nextAttemptAt)});
}

bool OutboxRepository::markFailed(qint64 id, const QString& claimToken, const QString& error)
{
    return finishHeld(id, claimToken, State::Failed,
                      QStringLiteral(", attempts = attempts + 1, last_error = ?"), {error});
}

bool OutboxRepository::markUnknown(qint64 id, const QString& claimToken, const QString& error)
{
    return finishHeld(id, claimToken, State::Unknown,
                      QStringLiteral(", attempts = attempts + 1, last_error = ?"), {error});
}

bool OutboxRepository::release(qint64 id, const QString& claimToken, const QString& reason)
{
    if (reason.isEmpty())
        return finishHeld(id, claimToken, State::Queued, QStringLiteral(", claim_token = ''"), {});
    return finishHeld(id, claimToken, State::Queued, QStringLiteral(", claim_token = '', last_error = ?"),
                      {reason});
}

QList<OutboxMessage> OutboxRepository::inFlight()
{
    return select(QStringLiteral("WHERE o.state = 'sending'"), {});
}

bool OutboxRepository::markInterrupted(const OutboxMessage& stale, const QString& reason)
{
    // The claim token stays: should its sender be alive after all, it records what happened.
    Statement update(
        m_db.connection(),
        QStringLiteral("UPDATE outbox SET state = 'unknown', last_error = ?, lease_until = NULL, "
                       "updated_at = ?, version = version + 1 WHERE id = ? AND state = 'sending' "
                       "AND claim_token = ?"));
    update.exec({reason, now(), stale.id, stale.claimToken});
    return update.rowsAffected() == 1;
}

bool OutboxRepository::requeue(qint64 id, State from)
{
    Statement update(
        m_db.connection(),
        QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = NULL, "
                       "claim_token = '', updated_at = ?, version = version + 1 WHERE id = ? "
                       "AND state = ?"));
    update.exec({now(), id, OutboxMessage::stateName(from)});
    return update.rowsAffected() == 1;
}

bool OutboxRepository::markDismissed(qint64 id, State from)
{
    Statement update(
        m_db.connection(),
        QStringLiteral("UPDATE outbox SET state = 'dismissed', claim_token = '', updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND state = ?"));
    update.exec({now(), id, OutboxMessage::stateName(from)});
    return update.rowsAffected() == 1;
}

bool OutboxRepository::editQueued(qint64 id, int version, const QString& subject, const QString& text,
                                  const QString& html)
{
    Statement update(
        m_db.connection(),
        QStringLiteral("UPDATE outbox SET subject = ?, body_text = ?, body_html = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND state = 'queued' AND version = ?"));
    bindAll(update, {subject, text, html, now(), id, version});
    update.exec();
    return update.rowsAffected() == 1;
}

bool OutboxRepository::postpone(qint64 id, const QDateTime& until)
{
    Statement update(
        m_db.connection(),
        QStringLiteral("UPDATE outbox SET next_attempt_at = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND state = 'queued'"));
    update.exec({timestampOrNull(until), now(), id});
    return update.rowsAffected() == 1;
}

bool OutboxRepository::moveWithReason(qint64 id, State from, State to, const QString& reason)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, updated_at = ?, "
                                    "version = version + 1 WHERE id = ? AND state = ?"));
    update.exec({OutboxMessage::stateName(to), reason, now(), id, OutboxMessage::stateName(from)});
    return update.rowsAffected() == 1;
}

QList<OutboxMessage> OutboxRepository::queuedForFollowup(qint64 followupId)
{
    return select(QStringLiteral("WHERE o.followup_id = ? AND o.state = 'queued'"), {followupId});
}

QList<OutboxMessage> OutboxRepository::queuedOnlyFor(qint64 customerId,
                                                     const QList<std::pair<qint64, int>>& dueAmounts,
                                                     qint64 byFollowupId)
{
    if (dueAmounts.isEmpty())
        return {};
    // The amounts go in as one bound list: a customer with thousands of due invoices must not
    // make the statement too large for the engine (and stop everybody's reminders).
    QStringList pairs;
    for (const auto& [invoiceId, installment] : dueAmounts)
        pairs << BoundList::pairValue(invoiceId, installment);
    const QList<QVariant> values{customerId, byFollowupId, BoundList::encode(pairs)};
    return select(
        QStringLiteral("WHERE o.customer_id = ? AND o.state = 'queued' AND o.followup_id IS NOT "
                       "NULL AND o.followup_id <> ? AND NOT EXISTS (SELECT 1 FROM "
                       "followup_items f WHERE f.followup_id = o.followup_id AND %1 NOT IN (%2))")
            .arg(BoundList::pairKey(QStringLiteral("f.invoice_id"), QStringLiteral("f.installment")),
                 BoundList::values(m_db.engine())),
        values);
}

QList<OutboxMessage> OutboxRepository::queuedForSettledInvoices(qint64 customerId)
{
    const QString settled = QStringLiteral(
        "o.state = 'queued' AND o.followup_id IS NOT NULL AND EXISTS (SELECT 1 FROM followup_items f "
        "WHERE f.followup_id = o.followup_id) AND NOT EXISTS (SELECT 1 FROM followup_items f JOIN invoices i "
        "ON i.id = f.invoice_id WHERE f.followup_id = o.followup_id AND i.status = 'open')");
    if (customerId > 0)
        return select(QStringLiteral("WHERE o.customer_id = ? AND ") + settled, {customerId});
    return select(QStringLiteral("WHERE ") + settled, {});
}

QList<OutboxMessage> OutboxRepository::forFollowup(qint64 followupId)
{
    return select(QStringLiteral("WHERE o.followup_id = ?"), {followupId});
}

std::optional<OutboxMessage> OutboxRepository::find(qint64 id, bool withAttachments)
{
    auto found = select(QStringLiteral("WHERE o.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    if (withAttachments) {
        found.first().attachments = attachments(id);
        found.first().invoiceCopies = invoiceCopies(id);
    }
    return found.first();
}

QList<OutboxMessage> OutboxRepository::list(std::optional<State> state)
{
    if (state)
        return select(QStringLiteral("WHERE o.state = ?"), {OutboxMessage::stateName(*state)});
    return select(QString(), {});
}

QList<OutboxMessage> OutboxRepository::sentToCustomer(qint64 customerId)
{
    auto messages = select(QStringLiteral("WHERE o.customer_id = ? AND o.state = 'sent'"), {customerId});
    std::reverse(messages.begin(), messages.end());
    return messages;
}

QList<OutboxMessage> OutboxRepository::select(const QString& where, const QList<QVariant>& values)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT ") + columns +
                        QStringLiteral(" FROM outbox o LEFT JOIN customers c ON c.id = o.customer_id ") +
                        where + QStringLiteral(" ORDER BY o.id"));
    bindAll(query, values);
    query.exec();
    QList<OutboxMessage> result;
    while (query.next()) {
        OutboxMessage m;
        m.id = query.integer(0);
        m.followupId = query.integer(1);
        m.customerId = query.integer(2);
        m.customerCode = query.text(3);
        m.state = OutboxMessage::stateFromName(query.text(4)).value_or(State::Queued);
        m.to = query.text(5);
        m.cc = query.text(6);
        m.bcc = query.text(7);
        m.replyTo = query.text(8);
        m.subject = query.text(9);
        m.bodyText = query.text(10);
        m.bodyHtml = query.text(11);
        m.templateKey = query.text(12);
        m.language = query.text(13);
        m.attempts = int(query.integer(14));
        m.nextAttemptAt = moment(query.text(15));
        m.lastError = query.text(16);
        m.serverReply = query.text(17);
        m.sentAt = moment(query.text(18));
        m.messageId = query.text(19);
        m.createdAt = moment(query.text(20));
        m.updatedAt = moment(query.text(21));
        m.version = int(query.integer(22));
        m.claimHost = query.text(23);
        m.claimPid = query.integer(24);
        m.leaseUntil = moment(query.text(25));
        m.claimToken = query.text(26);
        result << m;
    }
    return result;
}

QList<MailAttachment> OutboxRepository::attachments(qint64 id)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT file_name, mime_type, content FROM outbox_attachments "
                                   "WHERE outbox_id = ? ORDER BY position"));
    query.exec({id});
    QList<MailAttachment> result;
    while (query.next())
        result << MailAttachment{query.text(0), query.text(1), query.value(2).toByteArray()};
    return result;
}

QList<InvoiceCopy> OutboxRepository::invoiceCopies(qint64 id)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT c.invoice_id, i.number, c.as_of FROM outbox_invoice_copies c "
                                   "JOIN invoices i ON i.id = c.invoice_id WHERE c.outbox_id = ? ORDER BY c.position"));
    query.exec({id});
    QList<InvoiceCopy> result;
    while (query.next())
        result << InvoiceCopy{query.value(0).toLongLong(), query.text(1), query.date(2)};
    return result;
}

} // namespace settle
