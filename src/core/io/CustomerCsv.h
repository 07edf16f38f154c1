#pragma once

#include "domain/Customer.h"
#include "io/CsvTable.h"

#include <QList>
#include <QSet>

namespace settle {

// customers.csv (docs/CLI.md): code, name, email, cc, phone, address, currency, terms, policy, language, on_hold,
// vat_id, buyer_reference, einvoice.
class CustomerCsv
{
public:
    struct Context
    {
        QSet<QString> existingCodes;
        QSet<QString> termsNames;
        QSet<QString> policyNames;
        QString defaultCurrency;
    };

    static QStringList requiredColumns();
    static QStringList optionalColumns();

    // Every row or none: throws InputProblems listing each bad cell.
    static QList<Customer> parse(const CsvTable& table, const Context& context);
    static QString write(const QList<Customer>& customers);
};

} // namespace settle
