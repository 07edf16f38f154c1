#pragma once

#include <QString>

namespace settle {

// The SMTP password: from the system keyring through Qt6Keychain, or, where no keyring runs (a server,
// a cron job), from the environment variable SETTLE_SMTP_PASSWORD. Never stored in the ledger.
class SmtpPassword
{
public:
    enum class Source { None, Keyring, Environment };

    struct Lookup
    {
        QString password;
        Source source = Source::None;
        QString note; // for the user: where the password came from, or why none was found
    };

    static constexpr const char* environmentVariable = "SETTLE_SMTP_PASSWORD";

    // The keyring entry is service "settle-smtp", key "USER@HOST".
    static Lookup lookup(const QString& user, const QString& host);
    // Stores the password in the keyring; returns an empty string or the keyring's error.
    static QString store(const QString& user, const QString& host, const QString& password);
    static QString keyringKey(const QString& user, const QString& host) { return user + u'@' + host; }
};

} // namespace settle
