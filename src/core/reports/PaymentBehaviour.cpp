#include "reports/PaymentBehaviour.h"

#include "dates/IsoDate.h"
#include "io/CsvWriter.h"
#include "io/EntityJson.h"
#include "ledger/PaymentAllocator.h"
#include "money/Decimal.h"

#include <algorithm>

namespace settle {

namespace {

std::optional<Median> medianOf(const QList<const PaidInvoice*>& invoices, qint64 (PaidInvoice::*days)() const)
{
    QList<qint64> values;
    values.reserve(invoices.size());
    for (const PaidInvoice* invoice : invoices)
        values << (invoice->*days)();
    return Median::of(values);
}

// The trend and the rating, from the figures already gathered (docs/REPORTS.md "Rating").
void rate(PaymentBehaviour::Customer& c, const RatingRules& rules, QDate asOf)
{
    using Rating = PaymentBehaviour::Rating;
    if (c.paidInvoices == 0) {
        c.rating = Rating::None;
        c.ratingReason = QStringLiteral("no rating: no paid invoices on or before %1").arg(IsoDate::format(asOf));
        return;
    }
    QStringList risks;
    if (c.medianDaysLate->twice() >= 2 * rules.atRiskMedianDaysLate)
        risks << QStringLiteral("pays a median %1 days late (at risk from %2)")
                     .arg(c.medianDaysLate->toString())
                     .arg(rules.atRiskMedianDaysLate);
    if (c.oldestOverdueDays >= rules.atRiskOverdueDays)
        risks << QStringLiteral("an invoice is %1 days past due (at risk from %2)")
                     .arg(c.oldestOverdueDays)
                     .arg(rules.atRiskOverdueDays);
    if (c.brokenPromises && *c.brokenPromises >= rules.atRiskBrokenPromises)
        risks << QStringLiteral("%1 broken promises to pay (at risk from %2)")
                     .arg(*c.brokenPromises)
                     .arg(rules.atRiskBrokenPromises);
    const QString reliableFrom = Decimal::format(rules.reliableOnTimePercent, 2);
    const QString onTime = QStringLiteral("%1 of %2 paid invoices on time").arg(c.paidOnTime).arg(c.paidInvoices);
    if (!risks.isEmpty()) {
        c.rating = Rating::AtRisk;
        c.ratingReason = risks.join(QStringLiteral("; "));
    } else if (qint64(c.paidOnTime) * 100 >= rules.reliableOnTimePercent * c.paidInvoices) {
        // Compared exactly, not through the rounded share: 0.795 is not 0.80.
        c.rating = Rating::Reliable;
        c.ratingReason = onTime + QStringLiteral(" (reliable from a share of %1)").arg(reliableFrom);
    } else {
        c.rating = Rating::UsuallyLate;
        c.ratingReason = onTime + QStringLiteral(" (reliable needs a share of %1)").arg(reliableFrom);
    }
}

void trend(PaymentBehaviour::Customer& c, const QList<const PaidInvoice*>& byPaidDate, const RatingRules& rules)
{
    using Trend = PaymentBehaviour::Trend;
    const qsizetype n = byPaidDate.size();
    if (n <= PaymentBehaviour::RecentInvoices) {
        c.trend = Trend::TooFewInvoices;
        return;
    }
    c.earlierMedianDaysLate = medianOf(byPaidDate.first(n - PaymentBehaviour::RecentInvoices), &PaidInvoice::daysLate);
    c.recentMedianDaysLate = medianOf(byPaidDate.last(PaymentBehaviour::RecentInvoices), &PaidInvoice::daysLate);
    const qint64 change = c.recentMedianDaysLate->twice() - c.earlierMedianDaysLate->twice();
    const qint64 steady = 2 * rules.trendSteadyDays;
    c.trend = change < -steady ? Trend::Improving : change > steady ? Trend::Worsening : Trend::Steady;
}

QString amount(qint64 minor, const QString& currency)
{
    return EntityJson::amount(minor, currency);
}

Json optionalMedian(const std::optional<Median>& median)
{
    return median ? median->toJson() : Json();
}

Json optionalNumber(const QString& text)
{
    return text.isEmpty() ? Json() : Json::number(text);
}

Json optionalText(const QString& text)
{
    return text.isEmpty() ? Json() : Json(text);
}

Json overdueJson(const PaymentBehaviour::Customer& c)
{
    Json::Array overdue;
    for (auto it = c.overdue.cbegin(); it != c.overdue.cend(); ++it)
        overdue << Json(Json::Object{{QStringLiteral("currency"), it.key()},
                                     {QStringLiteral("amount"), amount(it.value(), it.key())}});
    return overdue;
}

QString overdueText(const PaymentBehaviour::Customer& c)
{
    QStringList parts;
    for (auto it = c.overdue.cbegin(); it != c.overdue.cend(); ++it)
        parts << it.key() + u' ' + amount(it.value(), it.key());
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString PaymentBehaviour::ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Reliable:
        return QStringLiteral("reliable");
    case Rating::UsuallyLate:
        return QStringLiteral("usually late");
    case Rating::AtRisk:
        return QStringLiteral("at risk");
    case Rating::None:
        break;
    }
    return QStringLiteral("no rating");
}

QString PaymentBehaviour::trendName(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return QStringLiteral("improving");
    case Trend::Steady:
        return QStringLiteral("steady");
    case Trend::Worsening:
        return QStringLiteral("worsening");
    case Trend::TooFewInvoices:
        break;
    }
    return QStringLiteral("too few invoices");
}

PaymentBehaviour PaymentBehaviour::build(QDate asOf, const QStringList& customers, const QList<PaidInvoice>& paid,
                                         const QList<OpenInvoice>& open,
                                         const std::optional<QHash<QString, int>>& brokenPromises,
                                         const RatingRules& rules)
{
    QHash<QString, QList<const PaidInvoice*>> paidByCustomer;
    for (const PaidInvoice& invoice : paid)
        // The caller promises paid on or before asOf; a stray later one must not leak in.
        if (invoice.paidOn <= asOf)
            paidByCustomer[invoice.customer] << &invoice;
    QHash<QString, QList<const OpenInvoice*>> openByCustomer;
    for (const OpenInvoice& invoice : open)
        if (invoice.balance > 0)
            openByCustomer[invoice.customer] << &invoice;

    QStringList codes = customers;
    for (auto it = paidByCustomer.cbegin(); it != paidByCustomer.cend(); ++it)
        codes << it.key();
    for (auto it = openByCustomer.cbegin(); it != openByCustomer.cend(); ++it)
        codes << it.key();
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());

    PaymentBehaviour report;
    report.m_asOf = asOf;
    for (const QString& code : codes) {
        Customer c;
        c.customer = code;
        QList<const PaidInvoice*> invoices = paidByCustomer.value(code);
        // The trend's "last 5" are the last paid; same-day payments in issue order, then by number.
        std::sort(invoices.begin(), invoices.end(), [](const PaidInvoice* a, const PaidInvoice* b) {
            if (a->paidOn != b->paidOn)
                return a->paidOn < b->paidOn;
            if (a->issueDate != b->issueDate)
                return a->issueDate < b->issueDate;
            return PaymentAllocator::numberLess(a->number, b->number);
        });
        c.paidInvoices = int(invoices.size());
        for (const PaidInvoice* invoice : invoices) {
            c.sumDaysToPay += invoice->daysToPay();
            c.sumDaysLate += invoice->daysLate();
            c.paidOnTime += invoice->onTime() ? 1 : 0;
            if (invoice->hasDiscount()) {
                ++c.discountInvoices;
                c.paidWithinDiscount += invoice->withinDiscount() ? 1 : 0;
            }
        }
        c.medianDaysToPay = medianOf(invoices, &PaidInvoice::daysToPay);
        c.medianDaysLate = medianOf(invoices, &PaidInvoice::daysLate);
        trend(c, invoices, rules);
        if (brokenPromises)
            c.brokenPromises = brokenPromises->value(code);
        for (const OpenInvoice* invoice : openByCustomer.value(code)) {
            c.openDisputes += invoice->disputed ? 1 : 0;
            const qint64 pastDue = invoice->daysPastDue(asOf);
            if (pastDue > 0) {
                c.overdue[invoice->currency] += invoice->balance;
                c.oldestOverdueDays = std::max(c.oldestOverdueDays, pastDue);
            }
        }
        rate(c, rules, asOf);
        (c.paidInvoices > 0 ? report.m_rated : report.m_unrated) << c;
    }
    return report;
}

std::optional<PaymentBehaviour::Customer> PaymentBehaviour::customer(const QString& code) const
{
    for (const auto* list : {&m_rated, &m_unrated})
        for (const Customer& c : *list)
            if (c.customer == code)
                return c;
    return std::nullopt;
}

Json PaymentBehaviour::toJson() const
{
    Json::Array rated;
    for (const Customer& c : m_rated) {
        Json::Object object{
            {QStringLiteral("customer"), c.customer},
            {QStringLiteral("paid_invoices"), c.paidInvoices},
            {QStringLiteral("median_days_to_pay"), optionalMedian(c.medianDaysToPay)},
            {QStringLiteral("median_days_late"), optionalMedian(c.medianDaysLate)},
            {QStringLiteral("on_time_share"), c.onTimeShare()},
            {QStringLiteral("rating"), ratingName(c.rating)},
            {QStringLiteral("rating_reason"), c.ratingReason},
            {QStringLiteral("average_days_to_pay"), optionalNumber(c.averageDaysToPay())},
            {QStringLiteral("average_days_late"), optionalNumber(c.averageDaysLate())},
            {QStringLiteral("discount_invoices"), c.discountInvoices},
            {QStringLiteral("discount_share"), optionalText(c.discountShare())},
            {QStringLiteral("trend"), trendName(c.trend)},
            {QStringLiteral("recent_median_days_late"), optionalMedian(c.recentMedianDaysLate)},
            {QStringLiteral("earlier_median_days_late"), optionalMedian(c.earlierMedianDaysLate)},
        };
        if (c.brokenPromises)
            object.push_back({QStringLiteral("broken_promises"), *c.brokenPromises});
        object.push_back({QStringLiteral("open_disputes"), c.openDisputes});
        object.push_back({QStringLiteral("overdue"), overdueJson(c)});
        object.push_back({QStringLiteral("oldest_overdue_days"), c.oldestOverdueDays});
        rated << Json(object);
    }
    Json::Array unrated;
    for (const Customer& c : m_unrated) {
        Json::Object object{{QStringLiteral("customer"), c.customer},
                            {QStringLiteral("paid_invoices"), 0},
                            {QStringLiteral("rating"), Json()},
                            {QStringLiteral("rating_reason"), c.ratingReason}};
        if (c.brokenPromises)
            object.push_back({QStringLiteral("broken_promises"), *c.brokenPromises});
        object.push_back({QStringLiteral("open_disputes"), c.openDisputes});
        object.push_back({QStringLiteral("overdue"), overdueJson(c)});
        object.push_back({QStringLiteral("oldest_overdue_days"), c.oldestOverdueDays});
        unrated << Json(object);
    }
    return Json::Object{{QStringLiteral("as_of"), IsoDate::format(m_asOf)},
                        {QStringLiteral("customers"), rated},
                        {QStringLiteral("unrated"), unrated}};
}

QString PaymentBehaviour::toCsv() const
{
    CsvWriter csv;
    csv.writeRow({QStringLiteral("customer"), QStringLiteral("paid_invoices"), QStringLiteral("median_days_to_pay"),
                  QStringLiteral("median_days_late"), QStringLiteral("on_time_share"), QStringLiteral("rating"),
                  QStringLiteral("average_days_to_pay"), QStringLiteral("average_days_late"),
                  QStringLiteral("discount_share"), QStringLiteral("trend"), QStringLiteral("broken_promises"),
                  QStringLiteral("open_disputes"), QStringLiteral("overdue"), QStringLiteral("oldest_overdue_days")});
    auto write = [&](const Customer& c) {
        const bool rated = c.paidInvoices > 0;
        csv.writeRow({c.customer, QString::number(c.paidInvoices),
                      c.medianDaysToPay ? c.medianDaysToPay->toString() : QString(),
                      c.medianDaysLate ? c.medianDaysLate->toString() : QString(), c.onTimeShare(),
                      ratingName(c.rating), c.averageDaysToPay(), c.averageDaysLate(), c.discountShare(),
                      rated ? trendName(c.trend) : QString(),
                      c.brokenPromises ? QString::number(*c.brokenPromises) : QString(),
                      QString::number(c.openDisputes), overdueText(c), QString::number(c.oldestOverdueDays)});
    };
    for (const Customer& c : m_rated)
        write(c);
    for (const Customer& c : m_unrated)
        write(c);
    return csv.text();
}

QString PaymentBehaviour::toText() const
{
    QString out = QStringLiteral("Payment behaviour as of %1\n").arg(IsoDate::format(m_asOf));
    if (m_rated.isEmpty() && m_unrated.isEmpty())
        return out + QStringLiteral("No customers.\n");
    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n");
    out += u'\n' + row.arg(QStringLiteral("CUSTOMER").leftJustified(10), QStringLiteral("PAID").rightJustified(5),
                           QStringLiteral("MED.PAY").rightJustified(8), QStringLiteral("MED.LATE").rightJustified(8),
                           QStringLiteral("ON TIME").rightJustified(7), QStringLiteral("TREND").leftJustified(16),
                           QStringLiteral("RATING").leftJustified(12), QStringLiteral("OVERDUE"));
    for (const Customer& c : m_rated)
        out += row.arg(c.customer.leftJustified(10), QString::number(c.paidInvoices).rightJustified(5),
                       c.medianDaysToPay->toString().rightJustified(8), c.medianDaysLate->toString().rightJustified(8),
                       c.onTimeShare().rightJustified(7), trendName(c.trend).leftJustified(16),
                       ratingName(c.rating).leftJustified(12), overdueText(c));
    for (const Customer& c : m_unrated)
        out += row.arg(c.customer.leftJustified(10), QStringLiteral("0").rightJustified(5), QString(8, u' '),
                       QString(8, u' '), QString(7, u' '), QString(16, u' '), ratingName(c.rating).leftJustified(12),
                       overdueText(c));
    out += u'\n';
    for (const Customer& c : m_rated)
        out += c.customer + QStringLiteral(": ") + ratingName(c.rating) + QStringLiteral(" — ") + c.ratingReason + u'\n';
    for (const Customer& c : m_unrated)
        out += c.customer + QStringLiteral(": ") + c.ratingReason + u'\n';
    return out;
}

} // namespace settle
