#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace settle {

// Dates as people read and type them in the app's language, always with a four-digit year: the
// locales' short formats ("02.12.26", "12/2/26") leave the century to guessing, and a date edit
// showing them reads a typed "50" as 1950 or 2050 depending on Qt's window.
class LocaleDates : public QObject
{
    Q_OBJECT

public:
    // The default locale's short date format with "yyyy" for the year.
    static QString shortFormat();
    static QString shortDate(QDate date);
    static QString shortDateTime(const QDateTime& dateTime);
    // "today", "yesterday", else "%n day(s) ago" counted from today.
    static QString daysAgo(QDate date, QDate today);

    // Every QDateEdit / QDateTimeEdit of the application shows and takes four-digit years: set when
    // the widget is polished, so each page and dialog gets it without a line of its own. A format
    // chosen on purpose (one that already spells the year out, or has none) is left alone.
    static void installDateEditFormat(QCoreApplication& app);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace settle
