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
    return date.toString(Qt::ISODate);
}

QString IsoDate::formatOptional(const QDate& date)
{
    return date.isValid() ? format(date) : QString();
}

} // namespace settle
