#include "reports/DsoReport.h"

#include "dates/IsoDate.h"
#include "io/CsvWriter.h"
#include "io/EntityJson.h"
#include "money/Decimal.h"

#include <QSet>

#include <algorithm>

namespace settle {

std::optional<qint64> DsoReport::Period::dsoTenths() const
{
    if (creditSales <= 0)
        return std::nullopt;
    return Decimal::divideRounded(WideInt(receivables) * days() * 10, creditSales);
}

QString DsoReport::Period::dsoText() const
{
    const auto tenths = dsoTenths();
    return tenths ? Decimal::format(*tenths, 1) : QString();
}

QList<std::pair<QDate, QDate>> DsoReport::trendMonths(QDate asOf)
{
    QList<std::pair<QDate, QDate>> months;
    const QDate first(asOf.year(), asOf.month(), 1);
    for (int back = TrendMonths - 1; back >= 0; --back) {
        const QDate start = first.addMonths(-back);
        months << std::pair{start, back == 0 ? asOf : start.addMonths(1).addDays(-1)};
    }
    return months;
}

DsoReport DsoReport::build(QDate asOf, QDate periodStart, const Figures& period, const QList<Figures>& months)
{
    QSet<QString> codes;
    auto collect = [&](const Figures& figures) {
        for (auto it = figures.receivables.cbegin(); it != figures.receivables.cend(); ++it)
            codes.insert(it.key());
        for (auto it = figures.creditSales.cbegin(); it != figures.creditSales.cend(); ++it)
            codes.insert(it.key());
    };
    collect(period);
    for (const Figures& figures : months)
        collect(figures);
    QStringList currencies(codes.cbegin(), codes.cend());
    std::sort(currencies.begin(), currencies.end());

    const auto ranges = trendMonths(asOf);
    DsoReport report;
    report.m_asOf = asOf;
    for (const QString& currency : currencies) {
        CurrencySection section;
        section.currency = currency;
        section.period = Period{periodStart, asOf, period.receivables.value(currency), period.creditSales.value(currency)};
        for (qsizetype m = 0; m < ranges.size(); ++m) {
            const Figures figures = m < months.size() ? months[m] : Figures{};
            section.months << Period{ranges[m].first, ranges[m].second, figures.receivables.value(currency),
                                     figures.creditSales.value(currency)};
        }
        report.m_currencies << section;
    }
    return report;
}

namespace {

Json periodJson(const DsoReport::Period& p, const QString& currency, bool month)
{
    Json::Object object;
    if (month)
        object.push_back({QStringLiteral("month"), p.start.toString(QStringLiteral("yyyy-MM"))});
    const QString dso = p.dsoText();
    object.push_back({QStringLiteral("start"), IsoDate::format(p.start)});
    object.push_back({QStringLiteral("end"), IsoDate::format(p.end)});
    object.push_back({QStringLiteral("days"), p.days()});
    object.push_back({QStringLiteral("receivables"), EntityJson::amount(p.receivables, currency)});
    object.push_back({QStringLiteral("credit_sales"), EntityJson::amount(p.creditSales, currency)});
    object.push_back({QStringLiteral("dso"), dso.isEmpty() ? Json() : Json::number(dso)});
    if (dso.isEmpty())
        object.push_back({QStringLiteral("note"), QStringLiteral("no credit sales in the period")});
    return object;
}

} // namespace

Json DsoReport::toJson() const
{
    Json::Array currencies;
    for (const CurrencySection& section : m_currencies) {
        Json::Array months;
        for (const Period& month : section.months)
            months << periodJson(month, section.currency, true);
        currencies << Json(Json::Object{{QStringLiteral("currency"), section.currency},
                                        {QStringLiteral("period"), periodJson(section.period, section.currency, false)},
                                        {QStringLiteral("months"), months}});
    }
    return Json::Object{{QStringLiteral("as_of"), IsoDate::format(m_asOf)}, {QStringLiteral("currencies"), currencies}};
}

QString DsoReport::toCsv() const
{
    CsvWriter csv;
    csv.writeRow({QStringLiteral("currency"), QStringLiteral("period"), QStringLiteral("start"), QStringLiteral("end"),
                  QStringLiteral("days"), QStringLiteral("receivables"), QStringLiteral("credit_sales"),
                  QStringLiteral("dso")});
    for (const CurrencySection& section : m_currencies) {
        auto row = [&](const QString& label, const Period& p) {
            csv.writeRow({section.currency, label, IsoDate::format(p.start), IsoDate::format(p.end),
                          QString::number(p.days()), EntityJson::amount(p.receivables, section.currency),
                          EntityJson::amount(p.creditSales, section.currency), p.dsoText()});
        };
        row(QStringLiteral("period"), section.period);
        for (const Period& month : section.months)
            row(month.start.toString(QStringLiteral("yyyy-MM")), month);
    }
    return csv.text();
}

QString DsoReport::toText() const
{
    QString out = QStringLiteral("Days sales outstanding as of %1\n").arg(IsoDate::format(m_asOf));
    if (m_currencies.isEmpty())
        return out + QStringLiteral("No invoices on or before %1.\n").arg(IsoDate::format(m_asOf));
    for (const CurrencySection& section : m_currencies) {
        auto line = [&](const QString& label, const Period& p) {
            const QString dso = p.dsoText();
            return QStringLiteral("  %1 %2 %3 %4 %5\n")
                .arg(label.leftJustified(25), QString::number(p.days()).rightJustified(4),
                     EntityJson::amount(p.receivables, section.currency).rightJustified(14),
                     EntityJson::amount(p.creditSales, section.currency).rightJustified(14),
                     dso.isEmpty() ? QStringLiteral("  — no credit sales") : dso.rightJustified(7));
        };
        out += QStringLiteral("\n%1\n").arg(section.currency);
        out += QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(QStringLiteral("PERIOD").leftJustified(25), QStringLiteral("DAYS"),
                        QStringLiteral("RECEIVABLES").rightJustified(14), QStringLiteral("CREDIT SALES").rightJustified(14),
                        QStringLiteral("DSO").rightJustified(7));
        out += line(IsoDate::format(section.period.start) + QStringLiteral(" – ") + IsoDate::format(section.period.end),
                    section.period);
        for (const Period& month : section.months)
            out += line(month.start.toString(QStringLiteral("yyyy-MM")), month);
    }
    return out;
}

} // namespace settle
