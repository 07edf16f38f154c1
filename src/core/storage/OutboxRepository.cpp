#include "storage/OutboxRepository.h"

#include "dates/Clock.h"
#include "errors/SettleError.h"
#include "storage/AuditLog.h"
#include "storage/BoundList.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace settle {

namespace {

using State = OutboxMessage::State;

const QString entity = QStringLiteral("outbox");

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

// What the audit row keeps of a message's delivery: enough to follow it from queued to its end.
Json deliveryJson(const OutboxMessage& m)
{
    return Json::Object{{QStringLiteral("state"), OutboxMessage::stateName(m.state)},
                        {QStringLiteral("attempts"), m.attempts},
                        {QStringLiteral("next_attempt_at"), timestamp(m.nextAttemptAt)},
                        {QStringLiteral("last_error"), m.lastError},
                        {QStringLiteral("server_reply"), m.serverReply}};
}

// The same with who holds the claim, for the moves into and out of 'sending'.
Json claimJson(const OutboxMessage& m)
{
    return Json::Object{{QStringLiteral("state"), OutboxMessage::stateName(m.state)},
                        {QStringLiteral("attempts"), m.attempts},
                        {QStringLiteral("next_attempt_at"), timestamp(m.nextAttemptAt)},
                        {QStringLiteral("last_error"), m.lastError},
                        {QStringLiteral("server_reply"), m.serverReply},
                        {QStringLiteral("claim_host"), m.claimHost},
                        {QStringLiteral("claim_pid"), m.claimPid},
                        {QStringLiteral("lease_until"), timestamp(m.leaseUntil)}};
}

const QString columns = QStringLiteral(
    "o.id, o.followup_id, o.customer_id, c.code, o.state, o.to_addresses, o.cc_addresses, o.bcc_addresses, "
    "o.reply_to, o.subject, o.body_text, o.body_html, o.template_key, o.language, o.attempts, "
    "o.next_attempt_at, "
    "o.last_error, o.server_reply, o.sent_at, o.message_id, o.created_at, o.updated_at, o.version, o.claim_host, "
    "o.claim_pid, o.lease_until, o.claim_token");

// A claim's commit must survive a power cut: were it lost, the message would be 'queued' again after the
// restart although its conversation may have begun, and the next run would send it a second time. The
// ledger's connection runs SQLite's WAL with synchronous=NORMAL, whose commits survive a crash of the
// process but not of the machine (the WAL is synced only at checkpoints); FULL syncs the WAL at every
// commit, so this connection uses it for the claim and goes back to its own setting afterwards.
class DurableCommits
{
public:
    explicit DurableCommits(Database& db) : m_db(db)
    {
        if (m_db.engine() != Database::Engine::SQLite)
            return;
        Statement current(m_db.connection(), QStringLiteral("PRAGMA synchronous"));
        current.exec();
        m_previous = current.next() ? int(current.integer(0)) : -1;
        current.finish();
        Statement::run(m_db.connection(), QStringLiteral("PRAGMA synchronous = FULL"));
    }
    ~DurableCommits()
    {
        if (m_previous < 0)
            return;
        try {
            Statement::run(m_db.connection(), QStringLiteral("PRAGMA synchronous = %1").arg(m_previous));
        } catch (const std::exception&) {
            // The connection keeps FULL: slower commits, never weaker ones.
        }
    }
    DurableCommits(const DurableCommits&) = delete;
    DurableCommits& operator=(const DurableCommits&) = delete;

    // Inside the transaction: PostgreSQL's equivalent, in case the server or database turned it off.
    void inTransaction()
    {
        if (m_db.engine() == Database::Engine::PostgreSQL)
            Statement::run(m_db.connection(), QStringLiteral("SET LOCAL synchronous_commit = on"));
    }

private:
    Database& m_db;
    int m_previous = -1;
};

} // namespace

OutboxRepository::OutboxRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

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

    Json::Array files;
    if (!m.attachments.isEmpty()) {
        Statement attach(
            m_db.connection(),
            QStringLiteral("INSERT INTO outbox_attachments (outbox_id, position, file_name, mime_type, "
                           "content) VALUES (?, ?, ?, ?, ?)"));
        for (qsizetype k = 0; k < m.attachments.size(); ++k) {
            const auto& a = m.attachments[k];
            attach.exec({id, int(k), a.fileName, a.mimeType, a.content});
            files << Json(Json::Object{{QStringLiteral("file_name"), a.fileName},
                                       {QStringLiteral("bytes"), qint64(a.content.size())}});
        }
    }
    AuditLog(m_db, m_clock)
        .record(entity, QString::number(id), QStringLiteral("queue"), Json(),
                Json::Object{{QStringLiteral("state"), QStringLiteral("queued")},
                             {QStringLiteral("to"), m.to},
                             {QStringLiteral("cc"), m.cc},
                             {QStringLiteral("bcc"), m.bcc},
                             {QStringLiteral("subject"), m.subject},
                             {QStringLiteral("followup_id"), m.followupId},
                             {QStringLiteral("attachments"), files}});
    return id;
}

std::optional<OutboxMessage> OutboxRepository::claimNext(const QString& claimToken,
                                                         const QString& newMessageId, qint64 onlyId)
{
    return claimNext(Claim{claimToken, {}, 0, {}}, newMessageId, onlyId);
}

std::optional<OutboxMessage> OutboxRepository::claimNext(const Claim& claim, const QString& newMessageId,
                                                         qint64 onlyId)
{
    DurableCommits durable(m_db);
    // Another sender may take the same row between the look and the update (PostgreSQL re-checks the
    // WHERE after waiting for the other's commit): the update then changes nothing and we look again.
    for (;;) {
        Transaction transaction(m_db);
        durable.inTransaction();
        const QString at = now();
        qint64 id = 0;
        {
            Statement due(
                m_db.connection(),
                QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' AND (next_attempt_at IS NULL "
                               "OR next_attempt_at <= ?)") +
                    (onlyId > 0 ? QStringLiteral(" AND id = ?") : QString()) +
                    QStringLiteral(" ORDER BY id LIMIT 1"));
            if (onlyId > 0)
                due.exec({at, onlyId});
            else
                due.exec({at});
            if (!due.next())
                return std::nullopt;
            id = due.integer(0);
        }
        Statement update(
            m_db.connection(),
            QStringLiteral("UPDATE outbox SET state = 'sending', claim_token = ?, claim_host = ?, claim_pid = ?, "
                           "lease_until = ?, updated_at = ?, "
                           "message_id = CASE WHEN message_id = '' THEN ? ELSE message_id END, "
                           "version = version + 1 WHERE id = ? AND state = 'queued'"));
        bindAll(update, {claim.token, claim.host, claim.pid, timestampOrNull(claim.leaseUntil), at, newMessageId, id});
        update.exec();
        if (update.rowsAffected() != 1)
            continue;
        auto found = find(id, true);
        OutboxMessage before = *found;
        before.state = State::Queued;
        AuditLog(m_db, m_clock)
            .record(entity, QString::number(id), QStringLiteral("claim"), deliveryJson(before),
                    claimJson(*found));
        transaction.commit();
        return found;
    }
}

bool OutboxRepository::extendLease(qint64 id, const QString& claimToken, const QDateTime& leaseUntil)
{
    Transaction transaction(m_db);
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET lease_until = ? WHERE id = ? AND claim_token = ? AND "
                                    "state = 'sending'"));
    update.exec({timestamp(leaseUntil), id, claimToken});
    if (update.rowsAffected() != 1)
        return false;
    transaction.commit();
    return true;
}

bool OutboxRepository::finish(qint64 id, State state, const QString& action, const QString& setSql,
                              const QList<QVariant>& setValues, const QString& whereSql,
                              const QList<QVariant>& whereValues)
{
    Transaction transaction(m_db);
    const auto before = find(id);
    if (!before)
        return false;
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?, version = version + 1") + setSql +
                         QStringLiteral(" WHERE id = ? AND ") + whereSql);
    bindAll(update, QList<QVariant>{OutboxMessage::stateName(state), now()} + setValues + QList<QVariant>{id} +
                        whereValues);
    update.exec();
    if (update.rowsAffected() != 1)
        return false;
    const auto after = find(id);
    AuditLog(m_db, m_clock)
        .record(entity, QString::number(id), action, deliveryJson(*before), deliveryJson(*after));
    transaction.commit();
    return true;
}

bool OutboxRepository::finishHeld(qint64 id, const QString& claimToken, State state, const QString& action,
                                  const QString& setSql, const QList<QVariant>& setValues)
{
    return finish(id, state, action, setSql + QStringLiteral(", lease_until = NULL"), setValues,
                  QStringLiteral("claim_token = ? AND state IN ('sending', 'unknown')"), {claimToken});
}

bool OutboxRepository::markSent(qint64 id, const QString& claimToken, const QString& serverReply)
{
    // The server accepted it: that wins over 'unknown' and over what a person decided without knowing it
    // (resent: it must not go again; dismissed, failed: it went all the same). Another sender's live
    // claim is left alone: that sender records its own outcome.
    return finish(id, State::Sent, QStringLiteral("sent"),
                  QStringLiteral(", attempts = attempts + 1, server_reply = ?, sent_at = ?, last_error = '', "
                                 "lease_until = NULL"),
                  {serverReply, now()},
                  QStringLiteral("state <> 'sent' AND (state <> 'sending' OR claim_token = ?)"), {claimToken});
}

bool OutboxRepository::markRetry(qint64 id, const QString& claimToken, const QString& error,
                                 const QDateTime& nextAttemptAt)
{
    return finishHeld(
        id, claimToken, State::Queued, QStringLiteral("retry"),
        QStringLiteral(", attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claim_token = ''"),
        {error, timestamp(nextAttemptAt)});
}

bool OutboxRepository::markFailed(qint64 id, const QString& claimToken, const QString& error)
{
    return finishHeld(id, claimToken, State::Failed, QStringLiteral("fail"),
                      QStringLiteral(", attempts = attempts + 1, last_error = ?"), {error});
}

bool OutboxRepository::markUnknown(qint64 id, const QString& claimToken, const QString& error)
{
    return finishHeld(id, claimToken, State::Unknown, QStringLiteral("unknown"),
                      QStringLiteral(", attempts = attempts + 1, last_error = ?"), {error});
}

bool OutboxRepository::release(qint64 id, const QString& claimToken, const QString& reason)
{
    if (reason.isEmpty())
        return finishHeld(id, claimToken, State::Queued, QStringLiteral("release"),
                          QStringLiteral(", claim_token = ''"), {});
    return finishHeld(id, claimToken, State::Queued, QStringLiteral("release"),
                      QStringLiteral(", claim_token = '', last_error = ?"), {reason});
}

QList<OutboxMessage> OutboxRepository::inFlight()
{
    return select(QStringLiteral("WHERE o.state = 'sending'"), {});
}

QList<qint64> OutboxRepository::markInterrupted(const QList<OutboxMessage>& stale, const QString& reason)
{
    Transaction transaction(m_db);
    // The claim token stays: should its sender be alive after all, it records what happened.
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET state = 'unknown', last_error = ?, lease_until = NULL, "
                                    "updated_at = ?, version = version + 1 WHERE id = ? AND state = 'sending' "
                                    "AND claim_token = ?"));
    QList<qint64> ids;
    AuditLog audit(m_db, m_clock);
    for (const auto& before : stale) {
        update.exec({reason, now(), before.id, before.claimToken});
        if (update.rowsAffected() != 1)
            continue;
        OutboxMessage after = before;
        after.state = State::Unknown;
        after.lastError = reason;
        audit.record(entity, QString::number(before.id), QStringLiteral("unknown"), claimJson(before),
                     deliveryJson(after));
        ids << before.id;
    }
    transaction.commit();
    return ids;
}

OutboxMessage OutboxRepository::decide(qint64 id, bool resend)
{
    Transaction transaction(m_db);
    const auto before = find(id);
    if (!before)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("there is no outbox message %1").arg(id));
    if (before->state == State::Sending) {
        // Its sender may be in the middle of the conversation: a resend now could deliver it twice.
        const QString holder =
            before->claimHost.isEmpty()
                ? QStringLiteral("another sender")
                : QStringLiteral("process %1 on %2").arg(before->claimPid).arg(before->claimHost);
        const QString until = before->leaseUntil.isValid()
                                  ? QStringLiteral(" (its claim holds until %1 UTC)")
                                        .arg(before->leaseUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                  : QString();
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("outbox message %1 is being sent right now by %2%3; it can be %4 once that "
                                         "sender has recorded the outcome, or has been found gone by the next send")
                              .arg(id)
                              .arg(holder, until, resend ? QStringLiteral("resent") : QStringLiteral("dismissed")));
    }
    const bool allowed = before->state == State::Unknown || before->state == State::Failed ||
                         (!resend && before->state == State::Queued);
    if (!allowed)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("outbox message %1 is %2; only %3 messages can be %4")
                              .arg(id)
                              .arg(OutboxMessage::stateName(before->state),
                                   resend ? QStringLiteral("unknown or failed")
                                          : QStringLiteral("queued, unknown or failed"),
                                   resend ? QStringLiteral("resent") : QStringLiteral("dismissed")));
    Statement update(
        m_db.connection(),
        resend ? QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = NULL, "
                                "claim_token = '', updated_at = ?, version = version + 1 WHERE id = ? "
                                "AND state = ?")
               : QStringLiteral("UPDATE outbox SET state = 'dismissed', claim_token = '', updated_at = ?, "
                                "version = version + 1 WHERE id = ? AND state = ?"));
    update.exec({now(), id, OutboxMessage::stateName(before->state)});
    if (update.rowsAffected() != 1)
        throw SettleError(
            SettleError::Kind::Conflict,
            QStringLiteral("outbox message %1 was changed by someone else; look again").arg(id));
    const auto after = find(id);
    AuditLog(m_db, m_clock)
        .record(entity, QString::number(id), resend ? QStringLiteral("resend") : QStringLiteral("dismiss"),
                deliveryJson(*before), deliveryJson(*after));
    transaction.commit();
    return *after;
}

OutboxMessage OutboxRepository::resend(qint64 id)
{
    return decide(id, true);
}

OutboxMessage OutboxRepository::dismiss(qint64 id)
{
    return decide(id, false);
}

OutboxMessage OutboxRepository::edit(qint64 id, int version, const QString& subject, const QString& text,
                                    const QString& html)
{
    Transaction transaction(m_db);
    const auto before = find(id);
    if (!before)
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("there is no outbox message %1").arg(id));
    if (before->state != State::Queued)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("outbox message %1 is %2; only a queued message can be edited")
                              .arg(id)
                              .arg(OutboxMessage::stateName(before->state)));
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET subject = ?, body_text = ?, body_html = ?, updated_at = ?, "
                                    "version = version + 1 WHERE id = ? AND state = 'queued' AND version = ?"));
    bindAll(update, {subject, text, html, now(), id, version});
    update.exec();
    if (update.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("outbox message %1 was changed by someone else; look again").arg(id));
    const auto after = find(id);
    AuditLog(m_db, m_clock)
        .record(entity, QString::number(id), QStringLiteral("edit"),
                Json::Object{{QStringLiteral("subject"), before->subject},
                             {QStringLiteral("body_text"), before->bodyText},
                             {QStringLiteral("body_html"), before->bodyHtml}},
                Json::Object{{QStringLiteral("subject"), after->subject},
                             {QStringLiteral("body_text"), after->bodyText},
                             {QStringLiteral("body_html"), after->bodyHtml}});
    transaction.commit();
    return *after;
}

QList<qint64> OutboxRepository::postponeFollowup(qint64 followupId, const QDateTime& until)
{
    const auto waiting = select(QStringLiteral("WHERE o.followup_id = ? AND o.state = 'queued'"), {followupId});
    QList<qint64> ids;
    AuditLog audit(m_db, m_clock);
    for (const auto& before : waiting) {
        Statement update(m_db.connection(),
                         QStringLiteral("UPDATE outbox SET next_attempt_at = ?, updated_at = ?, version = version + 1 "
                                        "WHERE id = ? AND state = 'queued'"));
        update.exec({timestampOrNull(until), now(), before.id});
        if (update.rowsAffected() != 1)
            continue;
        OutboxMessage after = before;
        after.nextAttemptAt = until;
        audit.record(entity, QString::number(before.id), QStringLiteral("postpone"), deliveryJson(before),
                     deliveryJson(after));
        ids << before.id;
    }
    return ids;
}

QList<qint64> OutboxRepository::supersede(qint64 customerId, const QList<std::pair<qint64, int>>& dueAmounts,
                                          qint64 byFollowupId, const QString& reason)
{
    if (dueAmounts.isEmpty())
        return {};
    // The amounts go in as one bound list: a customer with thousands of due invoices must not
    // make the statement too large for the engine (and stop everybody's reminders).
    QStringList pairs;
    for (const auto& [invoiceId, installment] : dueAmounts)
        pairs << BoundList::pairValue(invoiceId, installment);
    const QList<QVariant> values{customerId, byFollowupId, BoundList::encode(pairs)};
    const auto waiting = select(QStringLiteral("WHERE o.customer_id = ? AND o.state = 'queued' AND o.followup_id IS NOT "
                                               "NULL AND o.followup_id <> ? AND NOT EXISTS (SELECT 1 FROM "
                                               "followup_items f WHERE f.followup_id = o.followup_id AND %1 NOT IN (%2))")
                                    .arg(BoundList::pairKey(QStringLiteral("f.invoice_id"), QStringLiteral("f.installment")),
                                         BoundList::values(m_db.engine())),
                                values);
    return moveWithReason(waiting, State::Queued, State::Dismissed, reason, QStringLiteral("supersede"));
}

QList<qint64> OutboxRepository::moveWithReason(const QList<OutboxMessage>& messages, State from, State to,
                                               const QString& reason, const QString& action)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, updated_at = ?, "
                                    "version = version + 1 WHERE id = ? AND state = ?"));
    QList<qint64> ids;
    AuditLog audit(m_db, m_clock);
    for (const auto& before : messages) {
        update.exec({OutboxMessage::stateName(to), reason, now(), before.id, OutboxMessage::stateName(from)});
        if (update.rowsAffected() != 1)
            continue;
        OutboxMessage after = before;
        after.state = to;
        after.lastError = reason;
        audit.record(entity, QString::number(before.id), action, deliveryJson(before), deliveryJson(after));
        ids << before.id;
    }
    return ids;
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
    if (withAttachments)
        found.first().attachments = attachments(id);
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

} // namespace settle
