#pragma once

#include "io/Json.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace settle {

// Receivables by age: per currency, per customer and in total.
class AgingReport
{
public:
    enum Bucket { Current, Days1To30, Days31To60, Days61To90, Days91Plus, BucketCount };

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
    // days past due = asOf − effective due date; current is ≤ 0.
    static Bucket bucketFor(qint64 daysPastDue);
    static QString bucketName(Bucket bucket); // "current", "1-30", ..., "91+"

    QDate asOf() const { return m_asOf; }
    const QList<CurrencySection>& currencies() const { return m_currencies; }

    Json toJson() const; // the CLI.md shape
    QString toCsv() const;
    QString toText() const;

private:
    QDate m_asOf;
    QList<CurrencySection> m_currencies; // by currency code
};

} // namespace settle
