#include "reports/AgingReport.h"

#include "dates/IsoDate.h"
#include "followup/InstallmentSchedule.h"
#include "io/CsvWriter.h"
#include "money/Currency.h"
#include "money/Decimal.h"

#include <QMap>

namespace settle {

void AgingReport::add(Accumulator& byCurrency, QDate asOf, const QString& customer, const QString& currency,
                      QDate effectiveDueDate, qint64 balance)
{
    Row& row = byCurrency[currency][customer];
    row.customer = customer;
    row.buckets[bucketFor(effectiveDueDate.daysTo(asOf))] += balance;
    row.total += balance;
}

AgingReport AgingReport::build(QDate asOf, const QList<Item>& items)
{
    Accumulator byCurrency;
    for (const auto& item : items)
        add(byCurrency, asOf, item.customer, item.currency, item.effectiveDueDate, item.balance);
    return collect(asOf, byCurrency);
}

AgingReport AgingReport::fromBalances(QDate asOf, const QList<BalanceDue>& balances)
{
    // One pass: most invoices are one due amount; those with a plan age as their open installments.
    Accumulator byCurrency;
    for (const auto& invoice : balances) {
        if (invoice.installments.isEmpty()) {
            add(byCurrency, asOf, invoice.customer, invoice.currency, invoice.effectiveDueDate(),
                invoice.balance);
            continue;
        }
        for (const auto& due : InstallmentSchedule::dueAmounts(invoice))
            if (due.balance > 0)
                add(byCurrency, asOf, invoice.customer, invoice.currency, due.dueDate, due.balance);
    }
    return collect(asOf, byCurrency);
}

AgingReport AgingReport::collect(QDate asOf, const Accumulator& byCurrency)
{
    AgingReport report;
    report.m_asOf = asOf;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        CurrencySection section;
        section.currency = it.key();
        for (const Row& row : it.value()) {
            section.customers << row;
            for (int b = 0; b < BucketCount; ++b)
                section.totals.buckets[b] += row.buckets[b];
            section.totals.total += row.total;
        }
        report.m_currencies << section;
    }
    return report;
}

namespace {

QString amount(qint64 minor, const QString& currency)
{
    return Decimal::format(minor, Currency::require(currency).minorDigits());
}

Json::Object rowJson(const AgingReport::Row& row, const QString& currency)
{
    Json::Object object;
    if (!row.customer.isEmpty())
        object.push_back({QStringLiteral("customer"), row.customer});
    for (int b = 0; b < AgingReport::BucketCount; ++b)
        object.push_back({AgingReport::bucketName(AgingReport::Bucket(b)), amount(row.buckets[b], currency)});
    object.push_back({QStringLiteral("total"), amount(row.total, currency)});
    return object;
}

} // namespace

Json AgingReport::toJson() const
{
    Json::Array currencies;
    for (const auto& section : m_currencies) {
        Json::Array customers;
        for (const auto& row : section.customers)
            customers << Json(rowJson(row, section.currency));
        currencies << Json(Json::Object{{QStringLiteral("currency"), section.currency},
                                        {QStringLiteral("totals"), rowJson(section.totals, section.currency)},
                                        {QStringLiteral("customers"), customers}});
    }
    return Json::Object{{QStringLiteral("as_of"), IsoDate::format(m_asOf)},
                        {QStringLiteral("currencies"), currencies}};
}

QString AgingReport::toCsv() const
{
    CsvWriter csv;
    QStringList header{QStringLiteral("currency"), QStringLiteral("customer")};
    for (int b = 0; b < BucketCount; ++b)
        header << bucketName(Bucket(b));
    header << QStringLiteral("total");
    csv.writeRow(header);
    auto write = [&](const QString& currency, const QString& customer, const Row& row) {
        QStringList cells{currency, customer};
        for (int b = 0; b < BucketCount; ++b)
            cells << amount(row.buckets[b], currency);
        cells << amount(row.total, currency);
        csv.writeRow(cells);
    };
    for (const auto& section : m_currencies) {
        for (const auto& row : section.customers)
            write(section.currency, row.customer, row);
        // The totals row has the customer cell "TOTAL" so that a script can tell it apart.
        write(section.currency, QStringLiteral("TOTAL"), section.totals);
    }
    return csv.text();
}

QString AgingReport::toText() const
{
    QString out = QStringLiteral("Aging as of %1\n").arg(IsoDate::format(m_asOf));
    if (m_currencies.isEmpty())
        return out + QStringLiteral("Nothing is owed.\n");
    auto line = [](const QStringList& cells) {
        QString text = cells[0].leftJustified(14);
        for (qsizetype i = 1; i < cells.size(); ++i)
            text += cells[i].rightJustified(14);
        return text.trimmed().isEmpty() ? text : text + u'\n';
    };
    for (const auto& section : m_currencies) {
        QStringList header{section.currency};
        for (int b = 0; b < BucketCount; ++b)
            header << bucketName(Bucket(b));
        header << QStringLiteral("total");
        out += u'\n' + line(header);
        auto row = [&](const QString& label, const Row& r) {
            QStringList cells{label};
            for (int b = 0; b < BucketCount; ++b)
                cells << amount(r.buckets[b], section.currency);
            cells << amount(r.total, section.currency);
            out += line(cells);
        };
        for (const auto& r : section.customers)
            row(r.customer, r);
        row(QStringLiteral("Total"), section.totals);
    }
    return out;
}

} // namespace settle
