#pragma once

#include "documents/CompanyProfile.h"
#include "documents/PdfDocument.h"
#include "domain/Customer.h"
#include "ledger/Ledger.h"

#include <memory>

namespace settle {

class DocumentLocale;
// An issued invoice as a PDF/A-1b document: lines, tax, totals, the terms in words and how to pay,
// in the customer's language. Payments up to the as-of date show as "paid so far".
class InvoicePdf
{
public:
    // "2 % discount if paid by 2026-03-10, net due 2026-03-30".
    static QString termsInWords(const Invoice& invoice, const DocumentLocale& locale);
    static std::unique_ptr<PdfDocument> layout(const Ledger::InvoiceDetail& detail, const Customer& customer,
                                               const CompanyProfile& company);
    static void write(const Ledger::InvoiceDetail& detail, const Customer& customer,
                      const CompanyProfile& company, const QString& path);
    // The file's bytes, e.g. for an email attachment.
    static QByteArray render(const Ledger::InvoiceDetail& detail, const Customer& customer,
                             const CompanyProfile& company);
};

} // namespace settle
