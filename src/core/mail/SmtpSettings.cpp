#include "mail/SmtpSettings.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"
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
    return {QStringLiteral("smtp.host"),     QStringLiteral("smtp.port"),     QStringLiteral("smtp.security"),
            QStringLiteral("smtp.user"),     QStringLiteral("smtp.from"),     QStringLiteral("smtp.reply_to"),
            QStringLiteral("smtp.bcc_self"), QStringLiteral("smtp.ca_file"), QStringLiteral("smtp.timeout")};
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
    if (key == u"smtp.host" && (value.contains(u'/') || value.contains(u' ') || value.contains(u'@')))
        return QStringLiteral("\"%1\" is not a host name").arg(value);
    if (key == u"smtp.port")
        return wholeNumber(1, 65535, QStringLiteral("a port number"));
    if (key == u"smtp.timeout")
        return wholeNumber(1, 3600, QStringLiteral("a number of seconds"));
    if (key == u"smtp.security" && lower != u"none" && lower != u"starttls" && lower != u"ssl" && lower != u"tls")
        return QStringLiteral("\"%1\" is not none, starttls or ssl").arg(value);
    if (key == u"smtp.bcc_self" && lower != u"true" && lower != u"yes" && lower != u"1" && lower != u"false" &&
        lower != u"no" && lower != u"0")
        return QStringLiteral("\"%1\" is not true or false").arg(value);
    try {
        if (key == u"smtp.from")
            MailAddress::parse(value, key);
        else if (key == u"smtp.reply_to")
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
    s.host = ledger.setting(QStringLiteral("smtp.host")).trimmed();
    if (s.host.isEmpty())
        badSetting(QStringLiteral("smtp.host"),
                   QStringLiteral("no SMTP server is set (settle-cli settings set smtp.host "
                                  "HOST; see docs/EMAIL.md)"));
    if (s.host.contains(u'/') || s.host.contains(u' ') || s.host.contains(u'@'))
        badSetting(QStringLiteral("smtp.host"), QStringLiteral("\"%1\" is not a host name").arg(s.host));

    const QString security =
        ledger.setting(QStringLiteral("smtp.security"), QStringLiteral("starttls")).trimmed().toLower();
    if (security == u"none")
        s.security = Security::None;
    else if (security == u"starttls" || security.isEmpty()) // an emptied setting means the default
        s.security = Security::StartTls;
    else if (security == u"ssl" || security == u"tls")
        s.security = Security::Ssl;
    else
        badSetting(QStringLiteral("smtp.security"),
                   QStringLiteral("\"%1\" is not none, starttls or ssl").arg(security));

    const QString port = ledger.setting(QStringLiteral("smtp.port")).trimmed();
    if (port.isEmpty()) {
        s.port = defaultPort(s.security);
    } else {
        bool ok = false;
        s.port = port.toInt(&ok);
        if (!ok || s.port < 1 || s.port > 65535)
            badSetting(QStringLiteral("smtp.port"), QStringLiteral("\"%1\" is not a port number").arg(port));
    }

    s.user = ledger.setting(QStringLiteral("smtp.user")).trimmed();
    const QString from = ledger.setting(QStringLiteral("smtp.from")).trimmed();
    if (from.isEmpty())
        badSetting(QStringLiteral("smtp.from"),
                   QStringLiteral("no sender address is set (settle-cli settings set "
                                  "smtp.from ADDRESS)"));
    MailAddress sender = MailAddress::parse(from, QStringLiteral("setting smtp.from"));
    if (sender.name.isEmpty())
        sender.name = ledger.setting(QStringLiteral("company.name")).trimmed();
    s.from = sender.name.isEmpty()
                 ? sender.address
                 : QStringLiteral("\"%1\" <%2>").arg(QString(sender.name).remove(u'"'), sender.address);

    s.replyTo = ledger.setting(QStringLiteral("smtp.reply_to")).trimmed();
    if (!s.replyTo.isEmpty())
        MailAddress::parseList(s.replyTo, QStringLiteral("setting smtp.reply_to"));
    const QString bcc =
        ledger.setting(QStringLiteral("smtp.bcc_self"), QStringLiteral("false")).trimmed().toLower();
    if (bcc == u"true" || bcc == u"yes" || bcc == u"1")
        s.bccSelf = true;
    else if (bcc == u"false" || bcc == u"no" || bcc == u"0" || bcc.isEmpty())
        s.bccSelf = false;
    else
        badSetting(QStringLiteral("smtp.bcc_self"), QStringLiteral("\"%1\" is not true or false").arg(bcc));
    s.caFile = ledger.setting(QStringLiteral("smtp.ca_file")).trimmed();

    const QString timeout = ledger.setting(QStringLiteral("smtp.timeout")).trimmed();
    if (!timeout.isEmpty()) {
        bool ok = false;
        s.timeoutSeconds = timeout.toInt(&ok);
        if (!ok || s.timeoutSeconds < 1)
            badSetting(QStringLiteral("smtp.timeout"),
                       QStringLiteral("\"%1\" is not a number of seconds").arg(timeout));
    }
    return s;
}

} // namespace settle
