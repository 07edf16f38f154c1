#pragma once

#include "domain/OpenItem.h"

#include <QHash>
#include <QList>

namespace settle {

// The early-payment discount an open item offers, from the terms copied onto its invoice: the last
// day it applies and its amount (PaymentTerms::discountUntil and discountAmount). Storage only reads
// the terms; the payment allocator and the payment dialog see the items with these filled in.
class OpenItemRules
{
public:
    static QList<OpenItem> withDiscounts(QList<OpenItem> items);
    // customer id -> items, as InvoiceRepository::openItems returns them.
    static QHash<qint64, QList<OpenItem>> withDiscounts(QHash<qint64, QList<OpenItem>> byCustomer);
    static void applyDiscount(OpenItem& item);
};

} // namespace settle
