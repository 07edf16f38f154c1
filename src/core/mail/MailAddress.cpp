#include "mail/MailAddress.h"

#include "errors/SettleError.h"

#include <QRegularExpression>

namespace settle {

namespace {

[[noreturn]] void notAnAddress(const QString& field, const QString& text)
{
    throw SettleError(SettleError::Kind::BadInput,
                      QStringLiteral("%1: \"%2\" is not an email address").arg(field, text.trimmed()));
}

} // namespace

bool MailAddress::isAddress(const QString& address)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

MailAddress MailAddress::parse(const QString& text, const QString& field)
{
    if (text.contains(u'\r') || text.contains(u'\n'))
        throw SettleError(
            SettleError::Kind::BadInput,
            QStringLiteral("%1: an address may not contain a line break (header injection)").arg(field));
    const QString trimmed = text.trimmed();
    MailAddress result;
    const qsizetype open = trimmed.lastIndexOf(u'<');
    if (open >= 0) {
        if (!trimmed.endsWith(u'>'))
            notAnAddress(field, text);
        result.address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        QString name = trimmed.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\""));
        result.name = name;
    } else {
        result.address = trimmed;
    }
    if (!isAddress(result.address))
        notAnAddress(field, text);
    return result;
}

QList<MailAddress> MailAddress::parseList(const QString& text, const QString& field)
{
    QList<MailAddress> result;
    QString current;
    bool quoted = false;
    auto take = [&] {
        if (!current.trimmed().isEmpty())
            result << parse(current, field);
        current.clear();
    };
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if (!quoted && (c == u',' || c == u';'))
            take();
        else
            current += c;
    }
    take();
    return result;
}

} // namespace settle
