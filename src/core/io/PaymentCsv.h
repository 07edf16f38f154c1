#pragma once

#include "domain/Customer.h"
#include "domain/Payment.h"
#include "io/CsvTable.h"
#include "storage/InvoiceRepository.h"

#include <QHash>
#include <QList>

namespace settle {

// payments.csv (CLI.md): customer, date, amount, method, reference, invoice.
class PaymentCsv
{
public:
    struct Context
    {
        QHash<QString, Customer> customersByCode; // with id set
        QHash<QString, InvoiceRepository::InvoiceRef> invoicesByNumber;
    };

    static QStringList requiredColumns();
    static QStringList optionalColumns();

    // Payments in file order, with customerId, currency and (when named) invoiceNumber set.
    static QList<Payment> parse(const CsvTable& table, const Context& context);
    static QString write(const QList<Payment>& payments);
};

} // namespace settle
