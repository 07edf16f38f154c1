#include "ledger/OpenItemRules.h"

#include "domain/PaymentTerms.h"
#include "money/Currency.h"
#include "money/Money.h"

namespace settle {

void OpenItemRules::applyDiscount(OpenItem& item)
{
    PaymentTerms terms;
    terms.discount = item.discountRate;
    terms.discountDays = item.discountDays;
    item.discountUntil = terms.discountUntil(item.issueDate);
    item.discountAmount =
        terms.hasDiscount()
            ? terms.discountAmount(Money(item.total, Currency::require(item.currency))).minor()
            : 0;
}

QList<OpenItem> OpenItemRules::withDiscounts(QList<OpenItem> items)
{
    for (auto& item : items)
        applyDiscount(item);
    return items;
}

QHash<qint64, QList<OpenItem>> OpenItemRules::withDiscounts(QHash<qint64, QList<OpenItem>> byCustomer)
{
    for (auto& items : byCustomer)
        for (auto& item : items)
            applyDiscount(item);
    return byCustomer;
}

} // namespace settle
