#pragma once

#include <QString>
#include <QStringList>

namespace settle {

class Ledger;

// Where and how mail goes out, from the ledger's settings (docs/CLI.md `settings set smtp.*`). The
// password is not a setting: it lives in the keyring or the environment (SmtpPassword).
struct SmtpSettings
{
    enum class Security { None, StartTls, Ssl };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no authentication
    QString from; // "Name <address>" or an address; a bare address gets the company name
    QString replyTo;
    bool bccSelf = false;    // a copy of every message to the From address
    QString caFile;          // extra CA bundle for a relay with its own certificate authority
    int timeoutSeconds = 60; // connect, and silence during the conversation

    // Reads smtp.host, smtp.port, smtp.security, smtp.user, smtp.from, smtp.reply_to, smtp.bcc_self,
    // smtp.ca_file, smtp.timeout. Throws SettleError(BadInput) naming the setting that is wrong or
    // missing (host and from are required).
    static SmtpSettings fromLedger(Ledger& ledger);

    // smtp.host, smtp.port ...: every key fromLedger() reads.
    static QStringList keys();
    // Empty when a non-empty `value` suits the SMTP setting `key` (the same rules fromLedger() applies),
    // else what is wrong, so that `settings set` refuses it at once.
    static QString valueProblem(const QString& key, const QString& value);

    static QString securityName(Security security);
    // The port a security usually goes with: 25, 587 (STARTTLS), 465 (SSL).
    static int defaultPort(Security security);
    QString url() const; // smtp://host:port or smtps://host:port
};

} // namespace settle
