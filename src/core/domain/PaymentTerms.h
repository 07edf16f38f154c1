#pragma once

#include "money/Money.h"
#include "money/Rate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace settle {

// How an invoice is to be paid. Copied onto an invoice when it is
// issued, so that later edits to a named term never change issued invoices.
struct PaymentTerms
{
    enum class DueRule {
        Net,        // due = issue + days
        EndOfMonth, // due = last day of the issue month + days
        Proximo,    // due = day `dayOfMonth` of the month after the issue month
    };

    QString name;
    DueRule rule = DueRule::Net;
    int days = 30;
    int dayOfMonth = 0;
    Rate discount;         // early-payment discount on the total ...
    int discountDays = 0;  // ... if paid in full within this many days of issue
    Rate annualInterest;   // simple late interest per day ...
    int graceDays = 0;     // ... for the days after due + grace
    qint64 lateFeeMicros = 0; // fixed late fee in millionths of the invoice currency's major unit

    QDate dueDate(QDate issue) const;
    bool hasDiscount() const { return !discount.isZero() && discountDays >= 0; }
    // The last day on which the discount applies; invalid when the terms have none.
    QDate discountUntil(QDate issue) const;
    Money discountAmount(const Money& total) const;
    Money lateFee(const Currency& currency) const;

    // Simple interest at the annual rate, per day, on each day's balance after due + grace days,
    // up to and including asOf; rounded once at the end. `reductions` are (date, amount) pairs
    // of payments, credits and discounts, in any order.
    Money accruedInterest(QDate due, const Money& total, const QList<QPair<QDate, Money>>& reductions,
                          QDate asOf) const;

    // Everything wrong with the term, one sentence each naming the field; empty when it is usable.
    QStringList problems() const;

    // "Net 30", "2 % discount within 10 days, net 30 days" — for people, not for parsing.
    QString describe() const;

    static QString ruleName(DueRule rule);
    static std::optional<DueRule> ruleFromName(const QString& name);
};

} // namespace settle
