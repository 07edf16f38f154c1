#pragma once

#include "mail/MailAddress.h"
#include "domain/MailAttachment.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace settle {

// A standard Internet message built by hand (RFC 5322, MIME): text and HTML as multipart/alternative,
// inside multipart/mixed when files are attached (base64); non-ASCII headers as RFC 2047 encoded words;
// Date and Message-ID written here; CRLF line ends throughout (libcurl's own MIME
// would turn bare LF into =0A and leaves headers to us anyway).
class MimeMessage
{
public:
    struct Content
    {
        QString from; // "Name <address>" or an address
        QString to;   // address lists, comma-separated
        QString cc;
        QString bcc; // envelope only, never a header
        QString replyTo;
        QString subject;
        QString text;
        QString html; // empty: text only
        QList<MailAttachment> attachments;
        QDateTime date;
        QString messageId; // without angle brackets
    };

    // Checks every address and header value: a bad address or a line break in a header value
    // (header injection) throws SettleError(BadInput) naming the field.
    explicit MimeMessage(Content content);

    QByteArray toBytes() const;
    const MailAddress& from() const { return m_from; }
    // To, Cc and Bcc, each address once: what the SMTP envelope lists.
    QStringList envelopeRecipients() const;

    // RFC 2047: the value as it stands when it is printable ASCII, otherwise UTF-8 "B" encoded words
    // of at most 75 characters each, never splitting a character, folded onto continuation lines.
    // `used` is how much of the first line the header name already takes.
    static QByteArray encodeHeader(const QString& value, int used);
    static QByteArray quotedPrintable(const QString& text);
    static QByteArray base64Lines(const QByteArray& data);
    // RFC 5322 date-time in English whatever the locale: "Tue, 31 Mar 2026 12:00:00 +0000".
    static QByteArray formatDate(const QDateTime& at);
    static QString newMessageId(const QString& domain);
    // Throws when a header value holds CR or LF.
    static void checkHeaderValue(const QString& field, const QString& value);

private:
    QByteArray addressHeader(const char* name, const QList<MailAddress>& addresses) const;
    static QByteArray mailbox(const MailAddress& address, int used);

    Content m_content;
    MailAddress m_from;
    QList<MailAddress> m_to;
    QList<MailAddress> m_cc;
    QList<MailAddress> m_bcc;
    QList<MailAddress> m_replyTo;
    QByteArray m_boundary;
};

} // namespace settle
