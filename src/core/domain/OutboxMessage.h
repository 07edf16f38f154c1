#pragma once

#include "domain/InvoiceCopy.h"
#include "domain/MailAttachment.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

// One email in the outbox, complete: who it goes to, the rendered subject and bodies, the files, and
// where it stands in delivery (resources/sql/0004_outbox.sql explains the states).
struct OutboxMessage
{
    enum class State { Queued, Sending, Sent, Failed, Unknown, Dismissed };

    qint64 id = 0;
    qint64 followupId = 0; // 0: not from a follow-up
    qint64 customerId = 0; // 0: no customer
    QString customerCode;
    State state = State::Queued;
    QString to; // addresses separated by commas
    QString cc;
    QString bcc;
    QString replyTo;
    QString subject;
    QString bodyText;
    QString bodyHtml; // empty: a plain-text message
    QString templateKey;
    QString language = QStringLiteral("en");
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid: at once
    QString lastError;
    QString serverReply;
    QDateTime sentAt;
    QString messageId; // without the angle brackets
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1; // changes with every write; an edit names the version it was made on
    // Who holds a 'sending' message (the sender's machine and process) and until when that sender can
    // still be talking to the server about it (invalid: nobody vouches for the claim).
    QString claimToken; // the sender run
    QString claimHost;
    qint64 claimPid = 0;
    QDateTime leaseUntil;
    QList<MailAttachment> attachments; // only read when sending or asked for
    QList<InvoiceCopy> invoiceCopies;  // sent after `attachments`, drawn when sent; read with them

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
};

} // namespace settle
