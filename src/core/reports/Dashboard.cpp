#include "reports/Dashboard.h"

#include "ledger/Ledger.h"

#include <algorithm>

namespace settle {

Dashboard Dashboard::build(Ledger& ledger, QDate asOf)
{
    QHash<QString, QString> names;
    for (const auto& customer : ledger.customers())
        names.insert(customer.code, customer.name);
    // DSO, the weekly forecast and the follow-up count join here as their reports land (issues 3, 8).
    return fromAging(ledger.aging(asOf), names);
}

Dashboard Dashboard::fromAging(const AgingReport& aging, const QHash<QString, QString>& customerNames)
{
    Dashboard dashboard;
    dashboard.m_asOf = aging.asOf();
    QList<OverdueCustomer> overdue;
    for (const auto& section : aging.currencies()) {
        CurrencyFigures figures;
        figures.currency = section.currency;
        figures.receivable = section.totals.total;
        figures.buckets = section.totals.buckets;
        figures.overdue = section.totals.total - section.totals.buckets[AgingReport::Current];
        dashboard.m_currencies << figures;
        for (const auto& row : section.customers) {
            const qint64 late = row.total - row.buckets[AgingReport::Current];
            if (late <= 0)
                continue;
            OverdueCustomer customer{row.customer, customerNames.value(row.customer, row.customer), section.currency,
                                     late, row.total, AgingReport::Current};
            for (int b = AgingReport::BucketCount - 1; b > AgingReport::Current; --b)
                if (row.buckets[b] > 0) {
                    customer.oldestBucket = AgingReport::Bucket(b);
                    break;
                }
            overdue << customer;
        }
    }
    // Amounts in different currencies are not comparable; within the list the larger sums lead
    // and the oldest bucket breaks ties, which is what a collector would call first.
    std::stable_sort(overdue.begin(), overdue.end(), [](const OverdueCustomer& a, const OverdueCustomer& b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.oldestBucket != b.oldestBucket)
            return a.oldestBucket > b.oldestBucket;
        return a.code < b.code;
    });
    dashboard.m_mostOverdue = overdue.mid(0, MostOverdueCount);
    return dashboard;
}

const Dashboard::CurrencyFigures* Dashboard::currency(const QString& code) const
{
    for (const auto& figures : m_currencies)
        if (figures.currency == code)
            return &figures;
    return nullptr;
}

} // namespace settle
