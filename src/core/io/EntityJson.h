#pragma once

#include "domain/Allocation.h"
#include "domain/CreditNote.h"
#include "domain/Customer.h"
#include "domain/Invoice.h"
#include "domain/Payment.h"
#include "io/Json.h"

namespace settle {

// The JSON forms of the domain records, used for the audit log's before/after and by the CLI.
class EntityJson
{
public:
    static Json customer(const Customer& customer);
    static Json invoice(const Invoice& invoice); // header and lines
    static Json payment(const Payment& payment);
    static Json allocation(const Allocation& allocation, const QString& currency);
    static Json creditNote(const CreditNote& note, const QString& currency);
    static QString amount(qint64 minor, const QString& currency);
};

} // namespace settle
