#include "mail/OutboxAudit.h"

#include "dates/IsoDate.h"
#include "mail/InvoiceCopies.h"
#include "storage/AuditLog.h"

namespace settle {

namespace {

const QString entity = QStringLiteral("outbox");

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Json::Object deliveryJson(const OutboxMessage& m)
{
    return Json::Object{{QStringLiteral("state"), OutboxMessage::stateName(m.state)},
                        {QStringLiteral("attempts"), m.attempts},
                        {QStringLiteral("next_attempt_at"), timestamp(m.nextAttemptAt)},
                        {QStringLiteral("last_error"), m.lastError},
                        {QStringLiteral("server_reply"), m.serverReply}};
}

Json::Object claimJson(const OutboxMessage& m)
{
    Json::Object json = deliveryJson(m);
    json += Json::Object{{QStringLiteral("claim_host"), m.claimHost},
                         {QStringLiteral("claim_pid"), m.claimPid},
                         {QStringLiteral("lease_until"), timestamp(m.leaseUntil)}};
    return json;
}

Json::Object contentJson(const OutboxMessage& m)
{
    return Json::Object{{QStringLiteral("subject"), m.subject},
                        {QStringLiteral("body_text"), m.bodyText},
                        {QStringLiteral("body_html"), m.bodyHtml}};
}

} // namespace

void OutboxAudit::queued(AuditLog& audit, qint64 id, const OutboxMessage& m)
{
    Json::Array files;
    for (const auto& a : m.attachments)
        files << Json(Json::Object{{QStringLiteral("file_name"), a.fileName},
                                   {QStringLiteral("bytes"), qint64(a.content.size())}});
    for (const auto& c : m.invoiceCopies)
        files << Json(Json::Object{{QStringLiteral("file_name"), InvoiceCopies::fileName(c)},
                                   {QStringLiteral("invoice"), c.number},
                                   {QStringLiteral("as_of"), IsoDate::format(c.asOf)}});
    audit.record(entity, QString::number(id), QStringLiteral("queue"), Json(),
                 Json::Object{{QStringLiteral("state"), QStringLiteral("queued")},
                              {QStringLiteral("to"), m.to},
                              {QStringLiteral("cc"), m.cc},
                              {QStringLiteral("bcc"), m.bcc},
                              {QStringLiteral("subject"), m.subject},
                              {QStringLiteral("followup_id"), m.followupId},
                              {QStringLiteral("attachments"), files}});
}

void OutboxAudit::moved(AuditLog& audit, const QString& action, const OutboxMessage& before,
                        const OutboxMessage& after)
{
    audit.record(entity, QString::number(before.id), action, deliveryJson(before), deliveryJson(after));
}

void OutboxAudit::claimed(AuditLog& audit, const OutboxMessage& before, const OutboxMessage& after)
{
    audit.record(entity, QString::number(before.id), QStringLiteral("claim"), deliveryJson(before),
                 claimJson(after));
}

void OutboxAudit::interrupted(AuditLog& audit, const OutboxMessage& before, const OutboxMessage& after)
{
    audit.record(entity, QString::number(before.id), QStringLiteral("unknown"), claimJson(before),
                 deliveryJson(after));
}

void OutboxAudit::edited(AuditLog& audit, const OutboxMessage& before, const OutboxMessage& after)
{
    audit.record(entity, QString::number(before.id), QStringLiteral("edit"), contentJson(before),
                 contentJson(after));
}

} // namespace settle
