#include "domain/PaymentTerms.h"

#include "money/Decimal.h"

#include <algorithm>

namespace settle {

QDate PaymentTerms::dueDate(QDate issue) const
{
    switch (rule) {
    case DueRule::Net:
        return issue.addDays(days);
    case DueRule::EndOfMonth:
        return QDate(issue.year(), issue.month(), issue.daysInMonth()).addDays(days);
    case DueRule::Proximo: {
        const QDate firstOfNext = QDate(issue.year(), issue.month(), 1).addMonths(1);
        return QDate(firstOfNext.year(), firstOfNext.month(), std::clamp(dayOfMonth, 1, firstOfNext.daysInMonth()));
    }
    }
    return issue;
}

QDate PaymentTerms::discountUntil(QDate issue) const
{
    return hasDiscount() ? issue.addDays(discountDays) : QDate();
}

Money PaymentTerms::discountAmount(const Money& total) const
{
    return hasDiscount() ? total.percentOf(discount) : Money::zero(total.currency());
}

Money PaymentTerms::lateFee(const Currency& currency) const
{
    const qint64 minor = Decimal::divideRounded(static_cast<WideInt>(lateFeeMicros) *
                                                    Decimal::pow10(currency.minorDigits()),
                                                1'000'000);
    return Money(minor, currency);
}

Money PaymentTerms::accruedInterest(QDate due, const Money& total, const QList<QPair<QDate, Money>>& reductions,
                                    QDate asOf) const
{
    const Money zero = Money::zero(total.currency());
    const QDate firstDay = due.addDays(graceDays + 1);
    if (annualInterest.isZero() || asOf < firstDay)
        return zero;

    auto sorted = reductions;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    // Sum of balance × days over the charged period, then one rounding (round once, at the end).
    WideInt balanceDays = 0;
    qint64 balance = total.minor();
    QDate cursor = firstDay;
    qsizetype next = 0;
    while (next < sorted.size() && sorted[next].first < firstDay)
        balance -= sorted[next++].second.minor();
    while (cursor <= asOf) {
        // A reduction dated x lowers the balance that accrues from day x on.
        while (next < sorted.size() && sorted[next].first <= cursor)
            balance -= sorted[next++].second.minor();
        QDate segmentEnd = asOf;
        if (next < sorted.size() && sorted[next].first.addDays(-1) < segmentEnd)
            segmentEnd = sorted[next].first.addDays(-1);
        const qint64 days = cursor.daysTo(segmentEnd) + 1;
        if (balance > 0)
            balanceDays += static_cast<WideInt>(balance) * days;
        cursor = segmentEnd.addDays(1);
    }
    return Money(Decimal::divideRounded(balanceDays * annualInterest.millionths(), WideInt(Rate::Scale) * 365),
                 total.currency());
}

QStringList PaymentTerms::problems() const
{
    QStringList problems;
    const QString where = name.trimmed().isEmpty() ? QStringLiteral("payment term")
                                                   : QStringLiteral("payment term \"%1\"").arg(name.trimmed());
    if (name.trimmed().isEmpty())
        problems << QStringLiteral("a payment term needs a name");
    else if (name.trimmed().size() > 60)
        problems << QStringLiteral("%1: the name is longer than 60 characters").arg(where);
    if (rule == DueRule::Proximo) {
        if (dayOfMonth < 1 || dayOfMonth > 31)
            problems << QStringLiteral("%1: day of month %2 is not between 1 and 31").arg(where).arg(dayOfMonth);
    } else if (days < 0 || days > 3650) {
        problems << QStringLiteral("%1: %2 days is not between 0 and 3650").arg(where).arg(days);
    }
    if (discount.millionths() < 0 || discount.millionths() >= Rate::Scale)
        problems << QStringLiteral("%1: a discount of %2 % is not between 0 and 100").arg(where, discount.toPercentString());
    if (discountDays < 0)
        problems << QStringLiteral("%1: the discount window of %2 days is negative").arg(where).arg(discountDays);
    if (annualInterest.millionths() < 0)
        problems << QStringLiteral("%1: the interest rate is negative").arg(where);
    if (graceDays < 0)
        problems << QStringLiteral("%1: %2 grace days is negative").arg(where).arg(graceDays);
    if (lateFeeMicros < 0)
        problems << QStringLiteral("%1: the late fee is negative").arg(where);
    return problems;
}

QString PaymentTerms::describe() const
{
    QString due;
    switch (rule) {
    case DueRule::Net:
        due = days == 0 ? QStringLiteral("due on receipt") : QStringLiteral("net %1 days").arg(days);
        break;
    case DueRule::EndOfMonth:
        due = QStringLiteral("net %1 days after the end of the month").arg(days);
        break;
    case DueRule::Proximo:
        due = QStringLiteral("due on day %1 of the following month").arg(dayOfMonth);
        break;
    }
    if (hasDiscount())
        due = QStringLiteral("%1 % discount within %2 days, %3").arg(discount.toPercentString()).arg(discountDays).arg(due);
    return due;
}

QString PaymentTerms::ruleName(DueRule rule)
{
    switch (rule) {
    case DueRule::Net:
        return QStringLiteral("net");
    case DueRule::EndOfMonth:
        return QStringLiteral("eom");
    case DueRule::Proximo:
        return QStringLiteral("proximo");
    }
    return {};
}

std::optional<PaymentTerms::DueRule> PaymentTerms::ruleFromName(const QString& name)
{
    for (auto rule : {DueRule::Net, DueRule::EndOfMonth, DueRule::Proximo})
        if (ruleName(rule) == name)
            return rule;
    return std::nullopt;
}

} // namespace settle
