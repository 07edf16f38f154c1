#include "reports/Dashboard.h"

#include "followup/FollowupDesk.h"
#include "ledger/Ledger.h"
#include "reports/BehaviourReports.h"

#include <algorithm>

namespace settle {

Dashboard Dashboard::build(Ledger& ledger, QDate asOf)
{
    QHash<QString, QString> names;
    for (const auto& customer : ledger.customers())
        names.insert(customer.code, customer.name);
    Dashboard dashboard = fromAging(ledger.aging(asOf), names);
    BehaviourReports reports(ledger);
    dashboard.addDso(reports.dso(asOf));
    dashboard.addForecast(reports.forecast(asOf));
    // One count of what waits, the desk's: the navigation shows the same.
    dashboard.setFollowupsWaiting(int(FollowupDesk(ledger).queue().size()));
    dashboard.m_hasCustomers = !names.isEmpty();
    // Something open means an invoice exists; only a ledger with nothing open is asked.
    dashboard.m_hasInvoices = !dashboard.m_currencies.isEmpty() ||
                              ledger.invoiceCount(InvoicePageRepository::Query(), asOf) > 0;
    return dashboard;
}

Dashboard::CurrencyFigures& Dashboard::section(const QString& currency)
{
    for (auto& figures : m_currencies)
        if (figures.currency == currency)
            return figures;
    // A currency with sales but nothing open today still has a DSO and (empty) weeks.
    CurrencyFigures figures;
    figures.currency = currency;
    m_currencies << figures;
    return m_currencies.last();
}

void Dashboard::addDso(const DsoReport& dso)
{
    for (const auto& entry : dso.currencies())
        section(entry.currency).dsoTenths = entry.period.dsoTenths();
}

void Dashboard::addForecast(const CashForecast& forecast)
{
    for (const auto& entry : forecast.currencies()) {
        CurrencyFigures& figures = section(entry.currency);
        figures.expectedByWeek.clear();
        figures.weekStarts.clear();
        for (const auto& week : entry.weeks) {
            figures.expectedByWeek << week.expected;
            figures.weekStarts << week.start;
        }
        if (!entry.weeks.isEmpty())
            figures.expectedThisWeek = entry.weeks.first().expected;
        figures.predictedEarlierUnpaid = entry.pastPrediction;
    }
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
    // Amounts in different currencies are not comparable: each currency has its own list, in which
    // the larger sums lead and the oldest bucket breaks ties, which is what a collector would call first.
    std::stable_sort(overdue.begin(), overdue.end(), [](const OverdueCustomer& a, const OverdueCustomer& b) {
        if (a.currency != b.currency)
            return a.currency < b.currency;
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.oldestBucket != b.oldestBucket)
            return a.oldestBucket > b.oldestBucket;
        return a.code < b.code;
    });
    QHash<QString, int> listed;
    for (const auto& customer : overdue)
        if (listed[customer.currency]++ < MostOverdueCount)
            dashboard.m_mostOverdue << customer;
    return dashboard;
}

QList<Dashboard::OverdueCustomer> Dashboard::mostOverdue(const QString& currency) const
{
    QList<OverdueCustomer> customers;
    for (const auto& customer : m_mostOverdue)
        if (customer.currency == currency)
            customers << customer;
    return customers;
}

const Dashboard::CurrencyFigures* Dashboard::currency(const QString& code) const
{
    for (const auto& figures : m_currencies)
        if (figures.currency == code)
            return &figures;
    return nullptr;
}

} // namespace settle
