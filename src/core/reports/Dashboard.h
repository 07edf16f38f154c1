#pragma once

#include "reports/AgingReport.h"
#include "reports/CashForecast.h"
#include "reports/DsoReport.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace settle {

class Ledger;

// What the owner sees first: receivables, what is overdue, the aging buckets, DSO, the
// expected receipts per week, the follow-ups waiting and the customers most overdue, per currency,
// composed from the core's reports so that the dashboard widget only draws.
class Dashboard
{
public:
    static constexpr int MostOverdueCount = 8;
    static constexpr int ForecastWeeks = 12;

    struct CurrencyFigures
    {
        QString currency;
        qint64 receivable = 0; // every open balance
        qint64 overdue = 0;    // the part past its effective due date
        std::array<qint64, AgingReport::BucketCount> buckets{};
        std::optional<qint64> dsoTenths;        // days sales outstanding × 10, when defined
        std::optional<qint64> expectedThisWeek; // the first forecast week
        QList<qint64> expectedByWeek;           // ForecastWeeks amounts, empty without a forecast
        QList<QDate> weekStarts;
        qint64 predictedEarlierUnpaid = 0; // forecast to have come in before today, still open
    };

    struct OverdueCustomer
    {
        QString code;
        QString name;
        QString currency;
        qint64 overdue = 0;
        qint64 receivable = 0;
        AgingReport::Bucket oldestBucket = AgingReport::Current;
    };

    // Everything the dashboard shows for the ledger at a date.
    static Dashboard build(Ledger& ledger, QDate asOf);

    // The pure part: aging plus customer names (code -> name) give the tiles, buckets and the
    // most overdue customers, largest overdue amount first (then by code).
    static Dashboard fromAging(const AgingReport& aging, const QHash<QString, QString>& customerNames);

    QDate asOf() const { return m_asOf; }
    const QList<CurrencyFigures>& currencies() const { return m_currencies; }
    QList<CurrencyFigures>& currencies() { return m_currencies; }
    // Up to MostOverdueCount customers of each currency (amounts of two currencies are not compared).
    const QList<OverdueCustomer>& mostOverdue() const { return m_mostOverdue; }
    QList<OverdueCustomer> mostOverdue(const QString& currency) const;
    // What waits on the follow-up desk today (FollowupDesk::queue), the count the navigation shows.
    std::optional<int> followupsWaiting() const { return m_followupsWaiting; }
    void setFollowupsWaiting(std::optional<int> count) { m_followupsWaiting = count; }
    // Whether the ledger has a customer and an invoice yet (the first steps of a new ledger).
    bool hasCustomers() const { return m_hasCustomers; }
    bool hasInvoices() const { return m_hasInvoices; }

    // DSO and the weekly forecast of the analytics reports, per currency.
    void addDso(const DsoReport& dso);
    void addForecast(const CashForecast& forecast);

    // The section of a currency; nullptr when the ledger has nothing open in it.
    const CurrencyFigures* currency(const QString& code) const;

private:
    CurrencyFigures& section(const QString& currency);

    QDate m_asOf;
    QList<CurrencyFigures> m_currencies;
    QList<OverdueCustomer> m_mostOverdue;
    std::optional<int> m_followupsWaiting;
    bool m_hasCustomers = false;
    bool m_hasInvoices = false;
};

} // namespace settle
