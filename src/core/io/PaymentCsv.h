#pragma once

#include "domain/Customer.h"
#include "domain/Payment.h"
#include "io/CsvTable.h"
#include "storage/InvoiceRepository.h"
#include "storage/LedgerTotalsRepository.h"

#include <QHash>
#include <QList>

namespace settle {

// payments.csv (docs/CLI.md): customer, date, amount, method, reference, invoice.
class PaymentCsv
{
public:
    struct Context
    {
        QHash<QString, Customer> customersByCode; // with id set
        QHash<QString, InvoiceRepository::InvoiceRef> invoicesByNumber;
        // The sums of the ledger's payments per (customer id, currency), for the limits on sums.
        QHash<QPair<qint64, QString>, qint64> paidByCustomer;
        // The ledger's payments, so that importing a file twice does not pay twice.
        QList<LedgerTotalsRepository::PaymentKey> existingPayments;
        // A payment equal to another (customer, date, amount, reference) is refused unless this is set.
        bool allowDuplicates = false;
    };

    static QStringList requiredColumns();
    static QStringList optionalColumns();

    // Payments in file order, with customerId, currency and (when named) invoiceNumber set.
    static QList<Payment> parse(const CsvTable& table, const Context& context);
    static QString write(const QList<Payment>& payments);
};

} // namespace settle
