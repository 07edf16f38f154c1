#include "reports/CashForecast.h"

#include "dates/IsoDate.h"
#include "io/CsvWriter.h"
#include "io/EntityJson.h"
#include "ledger/PaymentAllocator.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace settle {

QString CashForecast::basisName(Basis basis)
{
    switch (basis) {
    case Basis::Customer:
        return QStringLiteral("customer");
    case Basis::Ledger:
        return QStringLiteral("ledger");
    case Basis::DueDate:
        break;
    }
    return QStringLiteral("due date");
}

CashForecast CashForecast::build(QDate asOf, const QList<PaidInvoice>& paid, const QList<OpenInvoice>& open)
{
    CashForecast forecast;
    forecast.m_asOf = asOf;

    QHash<QString, QList<qint64>> lateByCustomer;
    QList<qint64> allLate;
    allLate.reserve(paid.size());
    for (const PaidInvoice& invoice : paid) {
        if (invoice.paidOn > asOf)
            continue; // not yet paid at the report date
        lateByCustomer[invoice.customer] << invoice.daysLate();
        allLate << invoice.daysLate();
    }
    forecast.m_ledgerMedian = Median::of(allLate);
    QHash<QString, qint64> customerOffset;
    for (auto it = lateByCustomer.cbegin(); it != lateByCustomer.cend(); ++it)
        if (it.value().size() >= MinCustomerHistory)
            customerOffset.insert(it.key(), Median::of(it.value())->rounded());

    QMap<QString, CurrencySection> sections;
    const QDate horizon = asOf.addDays(7 * Weeks); // the first day after the last week
    for (const OpenInvoice& invoice : open) {
        if (invoice.balance <= 0)
            continue;
        Prediction prediction;
        prediction.invoice = invoice;
        if (const auto own = customerOffset.constFind(invoice.customer); own != customerOffset.cend()) {
            prediction.basis = Basis::Customer;
            prediction.offsetDays = own.value();
        } else if (forecast.m_ledgerMedian) {
            prediction.basis = Basis::Ledger;
            prediction.offsetDays = forecast.m_ledgerMedian->rounded();
        }
        prediction.predicted = invoice.effectiveDueDate.addDays(prediction.offsetDays);
        forecast.m_predictions << prediction;

        CurrencySection& section = sections[invoice.currency];
        if (section.weeks.isEmpty()) {
            section.currency = invoice.currency;
            for (int k = 0; k < Weeks; ++k)
                section.weeks << Week{asOf.addDays(7 * k), asOf.addDays(7 * k + 6), 0};
        }
        section.total += invoice.balance;
        if (prediction.predicted < asOf)
            section.pastPrediction += invoice.balance; // never lumped into this week
        else if (prediction.predicted >= horizon)
            section.later += invoice.balance;
        else
            section.weeks[asOf.daysTo(prediction.predicted) / 7].expected += invoice.balance;
    }
    std::sort(forecast.m_predictions.begin(), forecast.m_predictions.end(), [](const Prediction& a, const Prediction& b) {
        if (a.predicted != b.predicted)
            return a.predicted < b.predicted;
        if (a.invoice.customer != b.invoice.customer)
            return a.invoice.customer < b.invoice.customer;
        return PaymentAllocator::numberLess(a.invoice.number, b.invoice.number);
    });
    forecast.m_currencies = sections.values();
    return forecast;
}

Json CashForecast::toJson() const
{
    Json::Array currencies;
    for (const CurrencySection& section : m_currencies) {
        auto amount = [&](qint64 minor) { return EntityJson::amount(minor, section.currency); };
        Json::Array weeks;
        for (const Week& week : section.weeks)
            weeks << Json(Json::Object{{QStringLiteral("start"), IsoDate::format(week.start)},
                                       {QStringLiteral("end"), IsoDate::format(week.end)},
                                       {QStringLiteral("expected"), amount(week.expected)}});
        currencies << Json(Json::Object{{QStringLiteral("currency"), section.currency},
                                        {QStringLiteral("past_prediction"), amount(section.pastPrediction)},
                                        {QStringLiteral("weeks"), weeks},
                                        {QStringLiteral("later"), amount(section.later)},
                                        {QStringLiteral("total"), amount(section.total)}});
    }
    return Json::Object{{QStringLiteral("as_of"), IsoDate::format(m_asOf)},
                        {QStringLiteral("ledger_median_days_late"), m_ledgerMedian ? m_ledgerMedian->toJson() : Json()},
                        {QStringLiteral("currencies"), currencies}};
}

QString CashForecast::toCsv() const
{
    // One row per currency and period; "past_prediction" and "later" have no dates of their own.
    CsvWriter csv;
    csv.writeRow({QStringLiteral("currency"), QStringLiteral("period"), QStringLiteral("start"), QStringLiteral("end"),
                  QStringLiteral("expected")});
    for (const CurrencySection& section : m_currencies) {
        auto amount = [&](qint64 minor) { return EntityJson::amount(minor, section.currency); };
        csv.writeRow({section.currency, QStringLiteral("past_prediction"), QString(),
                      IsoDate::format(m_asOf.addDays(-1)), amount(section.pastPrediction)});
        for (int k = 0; k < section.weeks.size(); ++k)
            csv.writeRow({section.currency, QStringLiteral("week %1").arg(k + 1), IsoDate::format(section.weeks[k].start),
                          IsoDate::format(section.weeks[k].end), amount(section.weeks[k].expected)});
        csv.writeRow({section.currency, QStringLiteral("later"), IsoDate::format(m_asOf.addDays(7 * Weeks)), QString(),
                      amount(section.later)});
    }
    return csv.text();
}

QString CashForecast::toText() const
{
    QString out = QStringLiteral("Cash forecast as of %1\n").arg(IsoDate::format(m_asOf));
    out += m_ledgerMedian ? QStringLiteral("Ledger-wide median days late: %1\n").arg(m_ledgerMedian->toString())
                          : QStringLiteral("No paid invoices yet: predictions are the due dates.\n");
    if (m_currencies.isEmpty())
        return out + QStringLiteral("Nothing is owed.\n");
    for (const CurrencySection& section : m_currencies) {
        auto amount = [&](qint64 minor) { return EntityJson::amount(minor, section.currency).rightJustified(14); };
        out += QStringLiteral("\n%1\n").arg(section.currency);
        out += QStringLiteral("  %1 %2\n").arg(QStringLiteral("past prediction (still unpaid)").leftJustified(32),
                                               amount(section.pastPrediction));
        for (int k = 0; k < section.weeks.size(); ++k)
            out += QStringLiteral("  week %1  %2 – %3 %4\n")
                       .arg(QString::number(k + 1).rightJustified(2), IsoDate::format(section.weeks[k].start),
                            IsoDate::format(section.weeks[k].end), amount(section.weeks[k].expected));
        out += QStringLiteral("  %1 %2\n").arg(QStringLiteral("later").leftJustified(32), amount(section.later));
        out += QStringLiteral("  %1 %2\n").arg(QStringLiteral("total open").leftJustified(32), amount(section.total));
    }
    return out;
}

} // namespace settle
