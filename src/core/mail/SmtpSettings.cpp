#include "mail/SmtpSettings.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"
#include "mail/MailAddress.h"

namespace settle {

namespace {

[[noreturn]] void badSetting(const QString& key, const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, QStringLiteral("setting %1: %2").arg(key, message));
}

} // namespace

QStringList SmtpSettings::keys()
{
    QStringList keys;
    for (const SettingKey& entry : SettingKeys::all())
        if (qstrncmp(entry.name, "smtp.", 5) == 0)
            keys << entry.key();
    return keys;
}

QString SmtpSettings::valueProblem(const QString& key, const QString& value)
{
    const QString lower = value.toLower();
    auto wholeNumber = [&](int minimum, int maximum, const QString& what) -> QString {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < minimum || number > maximum)
            return QStringLiteral("\"%1\" is not %2 (%3 to %4)").arg(value, what).arg(minimum).arg(maximum);
        return {};
    };
    if (key == QLatin1String(SettingKeys::SmtpHost.name) && (value.contains(u'/') || value.contains(u' ') || value.contains(u'@')))
        return QStringLiteral("\"%1\" is not a host name").arg(value);
    if (key == QLatin1String(SettingKeys::SmtpPort.name))
        return wholeNumber(1, 65535, QStringLiteral("a port number"));
    if (key == QLatin1String(SettingKeys::SmtpTimeout.name))
        return wholeNumber(1, 3600, QStringLiteral("a number of seconds"));
    if (key == QLatin1String(SettingKeys::SmtpSecurity.name) && lower != u"none" && lower != u"starttls" && lower != u"ssl" && lower != u"tls")
        return QStringLiteral("\"%1\" is not none, starttls or ssl").arg(value);
    if (key == QLatin1String(SettingKeys::SmtpBccSelf.name) && lower != u"true" && lower != u"yes" && lower != u"1" && lower != u"false" &&
        lower != u"no" && lower != u"0")
        return QStringLiteral("\"%1\" is not true or false").arg(value);
    try {
        if (key == QLatin1String(SettingKeys::SmtpFrom.name))
            MailAddress::parse(value, key);
        else if (key == QLatin1String(SettingKeys::SmtpReplyTo.name))
            MailAddress::parseList(value, key);
    } catch (const SettleError& e) {
        QString message = e.message();
        if (message.startsWith(key + QStringLiteral(": ")))
            message = message.mid(key.size() + 2);
        return message;
    }
    return {};
}

QString SmtpSettings::securityName(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Ssl:
        return QStringLiteral("ssl");
    }
    return {};
}

int SmtpSettings::defaultPort(Security security)
{
    switch (security) {
    case Security::None:
        return 25;
    case Security::StartTls:
        return 587;
    case Security::Ssl:
        return 465;
    }
    return 587;
}

QString SmtpSettings::url() const
{
    // A bracketed IPv6 literal stays as given; everything else is host:port.
    return QStringLiteral("%1://%2:%3")
        .arg(security == Security::Ssl ? QStringLiteral("smtps") : QStringLiteral("smtp"), host,
             QString::number(port));
}

SmtpSettings SmtpSettings::fromLedger(Ledger& ledger)
{
    SmtpSettings s;
    s.host = ledger.setting(SettingKeys::SmtpHost).trimmed();
    if (s.host.isEmpty())
        badSetting(SettingKeys::SmtpHost,
                   QStringLiteral("no SMTP server is set (settle-cli settings set smtp.host "
                                  "HOST; see docs/EMAIL.md)"));
    if (s.host.contains(u'/') || s.host.contains(u' ') || s.host.contains(u'@'))
        badSetting(SettingKeys::SmtpHost, QStringLiteral("\"%1\" is not a host name").arg(s.host));

    const QString security =
        ledger.setting(SettingKeys::SmtpSecurity, SettingKeys::SmtpSecurity.defaultValue()).trimmed().toLower();
    if (security == u"none")
        s.security = Security::None;
    else if (security == u"starttls" || security.isEmpty()) // an emptied setting means the default
        s.security = Security::StartTls;
    else if (security == u"ssl" || security == u"tls")
        s.security = Security::Ssl;
    else
        badSetting(SettingKeys::SmtpSecurity,
                   QStringLiteral("\"%1\" is not none, starttls or ssl").arg(security));

    const QString port = ledger.setting(SettingKeys::SmtpPort).trimmed();
    if (port.isEmpty()) {
        s.port = defaultPort(s.security);
    } else {
        bool ok = false;
        s.port = port.toInt(&ok);
        if (!ok || s.port < 1 || s.port > 65535)
            badSetting(SettingKeys::SmtpPort, QStringLiteral("\"%1\" is not a port number").arg(port));
    }

    s.user = ledger.setting(SettingKeys::SmtpUser).trimmed();
    const QString from = ledger.setting(SettingKeys::SmtpFrom).trimmed();
    if (from.isEmpty())
        badSetting(SettingKeys::SmtpFrom,
                   QStringLiteral("no sender address is set (settle-cli settings set "
                                  "smtp.from ADDRESS)"));
    MailAddress sender = MailAddress::parse(from, QStringLiteral("setting smtp.from"));
    if (sender.name.isEmpty())
        sender.name = ledger.setting(SettingKeys::CompanyName).trimmed();
    s.from = sender.name.isEmpty()
                 ? sender.address
                 : QStringLiteral("\"%1\" <%2>").arg(QString(sender.name).remove(u'"'), sender.address);

    s.replyTo = ledger.setting(SettingKeys::SmtpReplyTo).trimmed();
    if (!s.replyTo.isEmpty())
        MailAddress::parseList(s.replyTo, QStringLiteral("setting smtp.reply_to"));
    const QString bcc =
        ledger.setting(SettingKeys::SmtpBccSelf, SettingKeys::SmtpBccSelf.defaultValue()).trimmed().toLower();
    if (bcc == u"true" || bcc == u"yes" || bcc == u"1")
        s.bccSelf = true;
    else if (bcc == u"false" || bcc == u"no" || bcc == u"0" || bcc.isEmpty())
        s.bccSelf = false;
    else
        badSetting(SettingKeys::SmtpBccSelf, QStringLiteral("\"%1\" is not true or false").arg(bcc));
    s.caFile = ledger.setting(SettingKeys::SmtpCaFile).trimmed();

    const QString timeout = ledger.setting(SettingKeys::SmtpTimeout).trimmed();
    if (!timeout.isEmpty()) {
        bool ok = false;
        s.timeoutSeconds = timeout.toInt(&ok);
        if (!ok || s.timeoutSeconds < 1)
            badSetting(SettingKeys::SmtpTimeout,
                       QStringLiteral("\"%1\" is not a number of seconds").arg(timeout));
    }
    return s;
}

} // namespace settle
