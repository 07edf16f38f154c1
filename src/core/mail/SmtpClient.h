#pragma once

#include "mail/SmtpSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace settle {

// Hands one message to the SMTP server through libcurl and says what became of it, in the server's
// words where it gave any.
class SmtpClient
{
public:
    struct Result
    {
        enum class Kind {
            Accepted,  // 250 after the data: the server has it
            Transient, // a 4xx answer, or no answer about the message at all (no connection, TLS failed,
                       // the connection dropped or went silent before the end of the data): try later
            Permanent, // a 5xx, authentication rejected: trying again will not help
            Unknown,   // the whole message went out, then the connection broke: the server may have it
        };
        Kind kind = Kind::Transient;
        QString reply;   // the server's last answer ("250 2.0.0 Ok: queued as 4F2A"), may be empty
        QString message; // for a person: what happened, with the server's words
        // The server could not be reached or refused us as a whole (no connection, TLS, the
        // certificate, the login, a refused greeting, 421, silence before the end of the data): nothing
        // was said about this message, and the other messages of a batch would meet the same, so the
        // batch stops and the message is not charged an attempt.
        bool serverProblem = false;
    };

    SmtpClient(SmtpSettings settings, QString password);

    Result send(const QString& envelopeFrom, const QStringList& recipients, const QByteArray& message);

    static QString kindName(Result::Kind kind);
    // The longest a conversation about a message of `messageBytes` may last (libcurl's total limit),
    // in seconds: the bound a sender's claim on the message is leased for.
    static int conversationLimitSeconds(int timeoutSeconds, qsizetype messageBytes);

private:
    SmtpSettings m_settings;
    QString m_password;
};

} // namespace settle
