#pragma once

#include "domain/PaymentTerms.h"

#include <QList>

namespace settle {

// The named terms a new ledger starts with.
class DefaultTerms
{
public:
    static QList<PaymentTerms> all();
    static QString fallbackName() { return QStringLiteral("Net 30"); }
};

} // namespace settle
