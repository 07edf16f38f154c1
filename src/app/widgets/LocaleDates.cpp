#include "widgets/LocaleDates.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QLocale>

namespace settle {

namespace {

QString withFourDigitYear(QString format)
{
    if (format.contains(QLatin1String("yy")) && !format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString LocaleDates::shortFormat()
{
    return withFourDigitYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString LocaleDates::shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, shortFormat()) : QString();
}

QString LocaleDates::shortDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime, withFourDigitYear(QLocale().dateTimeFormat(QLocale::ShortFormat)))
                              : QString();
}

QString LocaleDates::daysAgo(QDate date, QDate today)
{
    const qint64 days = date.daysTo(today);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("%n day(s) ago", nullptr, int(days));
}

void LocaleDates::installDateEditFormat(QCoreApplication& app)
{
    app.installEventFilter(new LocaleDates(&app));
}

bool LocaleDates::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        if (auto* edit = qobject_cast<QDateTimeEdit*>(watched)) {
            const QString format = withFourDigitYear(edit->displayFormat());
            if (format != edit->displayFormat())
                edit->setDisplayFormat(format);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace settle
