#pragma once

#include "domain/AgingBucket.h"
#include "domain/BalanceDue.h"
#include "io/Json.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace settle {

// Receivables by age: per currency, per customer and in total.
class AgingReport
{
public:
    using Bucket = AgingBucket::Bucket;
    using enum AgingBucket::Bucket;

    // One open due amount at the report date.
    struct Item
    {
        QString customer;
        QString currency;
        QDate effectiveDueDate;
        qint64 balance = 0; // minor units, > 0
    };

    struct Row
    {
        QString customer; // empty for the totals row
        std::array<qint64, BucketCount> buckets{};
        qint64 total = 0;
    };

    struct CurrencySection
    {
        QString currency;
        Row totals;
        QList<Row> customers; // by customer code
    };

    static AgingReport build(QDate asOf, const QList<Item>& items);
    // From the invoices' balances as storage reads them: an invoice with an installment plan ages
    // as its open installments (InstallmentSchedule), each in the bucket of its own due date.
    static AgingReport fromBalances(QDate asOf, const QList<BalanceDue>& balances);
    // days past due = asOf − effective due date; current is ≤ 0.
    static Bucket bucketFor(qint64 daysPastDue) { return AgingBucket::forDaysPastDue(daysPastDue); }
    // "current", "1-30", ..., "91+"
    static QString bucketName(Bucket bucket) { return AgingBucket::name(bucket); }

    QDate asOf() const { return m_asOf; }
    const QList<CurrencySection>& currencies() const { return m_currencies; }

    Json toJson() const; // the docs/CLI.md shape
    QString toCsv() const;
    QString toText() const;

private:
    // currency -> customer -> row; QMap keeps both levels sorted by code.
    using Accumulator = QMap<QString, QMap<QString, Row>>;
    static void add(Accumulator& byCurrency, QDate asOf, const QString& customer, const QString& currency,
                    QDate effectiveDueDate, qint64 balance);
    static AgingReport collect(QDate asOf, const Accumulator& byCurrency);

    QDate m_asOf;
    QList<CurrencySection> m_currencies; // by currency code
};

} // namespace settle
