#pragma once

#include "errors/InputProblems.h"
#include "io/CustomerCsv.h"
#include "io/InvoiceCsv.h"
#include "io/PaymentCsv.h"
#include "ledger/Ledger.h"

#include <QList>
#include <QString>

namespace settle {

class CustomerBook;
class InvoiceBook;
class LedgerStores;
class PaymentBook;

// Customers, invoices and payments from CSV files: every row or none. A check reads and checks a
// file exactly as the import does and stops before writing, so that what it finds is what the
// import would refuse.
class LedgerImport
{
public:
    LedgerImport(Ledger& ledger, LedgerStores& stores, CustomerBook& customers, InvoiceBook& invoices,
                 PaymentBook& payments);

    // The number of records added. A payment equal to one in the ledger or to an earlier line
    // (customer, date, amount, reference, named invoice) is refused unless `allowDuplicates`.
    int run(Ledger::ImportKind kind, const QString& path, bool allowDuplicates);
    // Every problem an import of the file would meet (empty: it would go in); imports nothing.
    QList<InputProblem> check(Ledger::ImportKind kind, const QString& path);

private:
    enum class Mode { Check, Write };

    int importFile(Ledger::ImportKind kind, const QString& path, bool allowDuplicates, Mode mode);
    int importCustomers(const QString& path, Mode mode);
    int importInvoices(const QString& path, Mode mode);
    int importPayments(const QString& path, bool allowDuplicates, Mode mode);
    // What a CSV row may refer to: the ledger's codes, names and numbers as they stand now.
    CustomerCsv::Context customerContext();
    InvoiceCsv::Context invoiceContext();
    PaymentCsv::Context paymentContext(bool allowDuplicates);

    Ledger& m_ledger;
    LedgerStores& m_stores;
    CustomerBook& m_customers;
    InvoiceBook& m_invoices;
    PaymentBook& m_payments;
};

} // namespace settle
