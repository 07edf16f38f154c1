#include "dates/IsoDate.h"

#include <QRegularExpression>

namespace settle {

std::optional<QDate> IsoDate::parse(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed().toString();
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString IsoDate::format(const QDate& date)
{
    // QDate::toString goes through the locale machinery; every stored date passes here, so the
    // digits are written directly. Years outside 0..9999 keep Qt's rendering.
    const int year = date.year();
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const int month = date.month();
    const int day = date.day();
    const char16_t text[10] = {char16_t(u'0' + year / 1000),      char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),   char16_t(u'0' + year % 10),
                               u'-',                              char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),       u'-',
                               char16_t(u'0' + day / 10),         char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QString IsoDate::formatOptional(const QDate& date)
{
    return date.isValid() ? format(date) : QString();
}

} // namespace settle
