#pragma once

#include "io/Json.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace settle {

// Days sales outstanding (docs/REPORTS.md): receivables at a period's end ÷ credit
// sales in the period × days in the period, per currency, for one period and for each of the
// last TrendMonths calendar months.
class DsoReport
{
public:
    static constexpr int TrendMonths = 12;
    static constexpr int DefaultPeriodDays = 90;

    // What the ledger says about one period, per currency (minor units).
    struct Figures
    {
        QHash<QString, qint64> receivables; // balances at the period's end
        QHash<QString, qint64> creditSales; // invoice totals issued in the period
    };

    struct Period
    {
        QDate start;
        QDate end;
        qint64 receivables = 0;
        qint64 creditSales = 0;

        qint64 days() const { return start.daysTo(end) + 1; }
        // In tenths of a day, rounded half away from zero; none when there were no credit sales
        // (the ratio is undefined, not zero and not infinite).
        std::optional<qint64> dsoTenths() const;
        QString dsoText() const; // "42.3"; empty when undefined
    };

    struct CurrencySection
    {
        QString currency;
        Period period;
        QList<Period> months; // TrendMonths, oldest first
    };

    // The TrendMonths calendar months ending with the one that holds asOf; the last runs to asOf.
    static QList<std::pair<QDate, QDate>> trendMonths(QDate asOf);

    // `months` holds the figures for trendMonths(asOf), in that order.
    static DsoReport build(QDate asOf, QDate periodStart, const Figures& period, const QList<Figures>& months);

    QDate asOf() const { return m_asOf; }
    const QList<CurrencySection>& currencies() const { return m_currencies; } // by currency code

    Json toJson() const;
    QString toCsv() const;
    QString toText() const;

private:
    QDate m_asOf;
    QList<CurrencySection> m_currencies;
};

} // namespace settle
