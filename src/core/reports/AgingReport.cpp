#include "reports/AgingReport.h"

#include "dates/IsoDate.h"
#include "io/CsvWriter.h"
#include "money/Currency.h"
#include "money/Decimal.h"

#include <QMap>

namespace settle {

AgingReport::Bucket AgingReport::bucketFor(qint64 daysPastDue)
{
    if (daysPastDue <= 0)
        return Current;
    if (daysPastDue <= 30)
        return Days1To30;
    if (daysPastDue <= 60)
        return Days31To60;
    if (daysPastDue <= 90)
        return Days61To90;
    return Days91Plus;
}

QString AgingReport::bucketName(Bucket bucket)
{
    static const char* names[] = {"current", "1-30", "31-60", "61-90", "91+"};
    return QString::fromLatin1(names[bucket]);
}

AgingReport AgingReport::build(QDate asOf, const QList<Item>& items)
{
    QMap<QString, QMap<QString, Row>> byCurrency; // QMap keeps both levels sorted by code
    for (const auto& item : items) {
        Row& row = byCurrency[item.currency][item.customer];
        row.customer = item.customer;
        row.buckets[bucketFor(item.effectiveDueDate.daysTo(asOf))] += item.balance;
        row.total += item.balance;
    }
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
