#include "ledger/PaymentAllocator.h"

#include <algorithm>

namespace settle {

namespace {

qint64 settle(OpenItem& item, QDate date, qint64 available, PaymentAllocator::Result& result)
{
    if (available <= 0 || item.balance <= 0)
        return 0;
    Allocation payment;
    payment.invoiceId = item.invoiceId;
    payment.kind = Allocation::Kind::Payment;
    payment.date = date;

    const bool inDiscountWindow = item.discountUntil.isValid() && date <= item.discountUntil &&
                                  item.discountAmount > 0;
    const qint64 discountedBalance = item.balance - item.discountAmount;
    if (inDiscountWindow && available < item.balance && available >= discountedBalance && discountedBalance > 0) {
        payment.amount = discountedBalance;
        result.allocations << payment;
        Allocation discount = payment;
        discount.kind = Allocation::Kind::Discount;
        discount.amount = item.discountAmount;
        result.allocations << discount;
        item.balance = 0;
        return discountedBalance;
    }
    payment.amount = std::min(available, item.balance);
    item.balance -= payment.amount;
    result.allocations << payment;
    return payment.amount;
}

} // namespace

bool PaymentAllocator::numberLess(const QString& a, const QString& b)
{
    auto split = [](const QString& s) {
        qsizetype i = s.size();
        while (i > 0 && s[i - 1].isDigit())
            --i;
        return std::pair{s.left(i), s.mid(i)};
    };
    const auto [prefixA, digitsA] = split(a);
    const auto [prefixB, digitsB] = split(b);
    if (prefixA != prefixB)
        return a < b;
    if (digitsA.size() != digitsB.size())
        return digitsA.size() < digitsB.size();
    return digitsA < digitsB;
}

PaymentAllocator::Result PaymentAllocator::allocate(QList<OpenItem>& items, QDate date, qint64 amount,
                                                    std::optional<qint64> invoiceId)
{
    Result result;
    qint64 available = amount;
    if (invoiceId) {
        for (auto& item : items)
            if (item.invoiceId == *invoiceId)
                available -= settle(item, date, available, result);
        result.unallocated = available;
        return result;
    }

    QList<OpenItem*> order;
    for (auto& item : items)
        if (item.balance > 0 && item.issueDate <= date)
            order << &item;
    std::stable_sort(order.begin(), order.end(), [](const OpenItem* a, const OpenItem* b) {
        if (a->effectiveDueDate != b->effectiveDueDate)
            return a->effectiveDueDate < b->effectiveDueDate;
        return numberLess(a->number, b->number);
    });
    for (OpenItem* item : order) {
        if (available <= 0)
            break;
        available -= settle(*item, date, available, result);
    }
    result.unallocated = available;
    return result;
}

} // namespace settle
