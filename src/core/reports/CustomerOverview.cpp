#include "reports/CustomerOverview.h"

#include "followup/FollowupQueue.h"
#include "reports/BehaviourReports.h"

#include <QHash>

#include <algorithm>

namespace settle {

QList<CustomerOverview::Row> CustomerOverview::build(Ledger& ledger, QDate asOf)
{
    const PaymentBehaviour behaviour = BehaviourReports(ledger).customers(asOf);
    QHash<QString, QDate> lastReminders;
    for (const auto& record : FollowupQueue(ledger).list())
        if (record.raisedOn <= asOf && record.raisedOn > lastReminders.value(record.customerCode))
            lastReminders.insert(record.customerCode, record.raisedOn);
    return combine(ledger.customerBalances(asOf), ledger.aging(asOf), &behaviour, lastReminders);
}

QList<CustomerOverview::Row> CustomerOverview::combine(const QList<Ledger::CustomerBalance>& balances,
                                                       const AgingReport& aging, const PaymentBehaviour* behaviour,
                                                       const QHash<QString, QDate>& lastReminders)
{
    QHash<QPair<QString, QString>, qint64> overdue; // (customer, currency) -> overdue
    for (const auto& section : aging.currencies())
        for (const auto& row : section.customers)
            overdue.insert({row.customer, section.currency}, row.total - row.buckets[AgingReport::Current]);
    QList<Row> rows;
    rows.reserve(balances.size());
    for (const auto& entry : balances) {
        Row row;
        row.customer = entry.customer;
        const QString& currency = entry.customer.currency;
        row.balance = entry.balanceByCurrency.value(currency);
        row.credit = entry.creditByCurrency.value(currency);
        row.overdue = overdue.value({entry.customer.code, currency});
        for (auto it = entry.balanceByCurrency.cbegin(); it != entry.balanceByCurrency.cend(); ++it)
            if (it.key() != currency && it.value() != 0)
                row.otherBalances.insert(it.key(), it.value());
        row.lastReminder = lastReminders.value(entry.customer.code);
        if (behaviour)
            if (const auto rated = behaviour->customer(entry.customer.code)) {
                row.rating = rated->rating;
                row.ratingReason = rated->ratingReason;
            }
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.customer.code < b.customer.code; });
    return rows;
}

} // namespace settle
