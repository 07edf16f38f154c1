#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace settle {

// A schedule that issues a copy of an issued invoice (its lines and its frozen terms) at a fixed
// rhythm (docs/DESIGN.md, "Repeating invoices"). The dates it issues on are RecurringDates' rule.
struct RecurringSchedule
{
    enum class Every { Month, Quarter, Year };

    qint64 id = 0;
    qint64 templateInvoiceId = 0;
    QString templateNumber; // the invoice whose lines and terms each new invoice copies
    qint64 customerId = 0;
    QString customerCode;
    Every every = Every::Month;
    QDate start;       // the first date it issues on
    int anchorDay = 1; // the day of the month every date keeps, or the month's last day when shorter
    QDate until;       // invalid: no end; otherwise the last date it may issue on
    bool send = false; // queue each new invoice for email as it is issued
    QDate stoppedOn;   // invalid while active; a stopped schedule issues nothing more
    // Filled when read (not stored): how many invoices it issued, the latest one's date, and the next
    // date it will issue on (invalid when stopped or past `until`).
    int issuedCount = 0;
    QDate lastIssued;
    QDate nextDate;

    bool isActive() const { return !stoppedOn.isValid(); }
    // Months between two dates of the rhythm.
    static int months(Every every);
    // "month", "quarter", "year": the words of the command line and the stored column.
    static QString everyName(Every every);
    static std::optional<Every> everyFromName(QStringView name);
};

} // namespace settle
