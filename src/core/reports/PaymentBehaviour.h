#pragma once

#include "io/Json.h"
#include "reports/Median.h"
#include "domain/OpenInvoice.h"
#include "domain/PaidInvoice.h"
#include "reports/RatingRules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace settle {

// How each customer pays (docs/REPORTS.md): days to pay and days late over their paid
// invoices, on-time and discount shares, the trend, broken promises, open disputes, what is overdue
// now, and a plain-words rating. A pure function of its inputs and the report date.
class PaymentBehaviour
{
public:
    enum class Rating { None, Reliable, UsuallyLate, AtRisk };
    enum class Trend { TooFewInvoices, Improving, Steady, Worsening };
    // The trend compares this many most recently paid invoices with the ones paid before them.
    static constexpr int RecentInvoices = 5;

    struct Customer
    {
        QString customer;
        int paidInvoices = 0;
        qint64 sumDaysToPay = 0;
        qint64 sumDaysLate = 0;
        std::optional<Median> medianDaysToPay; // none without paid invoices
        std::optional<Median> medianDaysLate;
        int paidOnTime = 0;
        int discountInvoices = 0; // paid invoices whose terms offered an early-payment discount
        int paidWithinDiscount = 0;
        Trend trend = Trend::TooFewInvoices;
        std::optional<Median> recentMedianDaysLate;  // the last RecentInvoices paid
        std::optional<Median> earlierMedianDaysLate; // the ones paid before them
        std::optional<int> brokenPromises; // none when the ledger keeps no promise history
        int openDisputes = 0;
        QMap<QString, qint64> overdue; // currency -> balance past its effective due date
        qint64 oldestOverdueDays = 0;  // 0 when nothing is overdue
        Rating rating = Rating::None;
        QString ratingReason; // the plain words behind the rating

        QString averageDaysToPay() const { return averageText(sumDaysToPay, paidInvoices); }
        QString averageDaysLate() const { return averageText(sumDaysLate, paidInvoices); }
        QString onTimeShare() const { return shareText(paidOnTime, paidInvoices); }
        // Empty when none of the paid invoices had a discount to take.
        QString discountShare() const { return shareText(paidWithinDiscount, discountInvoices); }
    };

    // `customers` are every customer code of the ledger; `brokenPromises` (customer -> count) is
    // absent when the ledger has no promise history to count from.
    static PaymentBehaviour build(QDate asOf, const QStringList& customers, const QList<PaidInvoice>& paid,
                                  const QList<OpenInvoice>& open,
                                  const std::optional<QHash<QString, int>>& brokenPromises, const RatingRules& rules);

    static QString ratingName(Rating rating); // "reliable", "usually late", "at risk", "no rating"
    static QString trendName(Trend trend);    // "improving", "steady", "worsening", "too few invoices"

    QDate asOf() const { return m_asOf; }
    // Customers with at least one paid invoice, by code.
    const QList<Customer>& rated() const { return m_rated; }
    // Customers without a paid invoice: no rating, with what they owe and dispute now.
    const QList<Customer>& unrated() const { return m_unrated; }
    std::optional<Customer> customer(const QString& code) const;

    Json toJson() const; // the shape the report promises
    QString toCsv() const;
    QString toText() const;

private:
    QDate m_asOf;
    QList<Customer> m_rated;
    QList<Customer> m_unrated;
};

} // namespace settle
