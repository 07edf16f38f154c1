#pragma once

#include "domain/Customer.h"
#include "domain/Invoice.h"
#include "io/CsvTable.h"

#include <QHash>
#include <QPair>
#include <QList>
#include <QSet>

namespace settle {

// invoices.csv (docs/CLI.md): one row per line; rows with the same number make one invoice and must
// agree on its header cells.
class InvoiceCsv
{
public:
    struct Context
    {
        QHash<QString, Customer> customersByCode; // with id set
        QHash<QString, PaymentTerms> termsByName;
        QSet<QString> existingNumbers;
        // The totals of the ledger's invoices per (customer id, currency), for the limits on sums.
        QHash<QPair<qint64, QString>, qint64> invoicedByCustomer;
    };

    static QStringList requiredColumns();
    static QStringList optionalColumns();

    static QList<Invoice> parse(const CsvTable& table, const Context& context);
    static QString write(const QList<Invoice>& invoices);
};

} // namespace settle
