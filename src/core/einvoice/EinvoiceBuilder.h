#pragma once

#include "documents/CompanyProfile.h"
#include "domain/CreditNote.h"
#include "domain/Customer.h"
#include "einvoice/EinvoiceData.h"
#include "einvoice/EinvoiceFormat.h"
#include "ledger/Ledger.h"

namespace settle {

// Maps Settle's invoice, customer and company settings onto EN 16931 (docs/EINVOICE.md, "What each
// field becomes"), and refuses what a valid e-invoice cannot be made from: every missing field is
// named with the setting or customer field to fill (InputProblems, exit 3), so no invalid file is
// ever written.
class EinvoiceBuilder
{
public:
    // What the e-invoices need of the company beyond CompanyProfile.
    struct Seller
    {
        CompanyProfile company;
        QString taxNumber; // company.tax_number
        QString phone;     // company.phone
        QString email;     // the address of smtp.reply_to, else smtp.from
        static Seller load(const Ledger& ledger);
    };

    static EinvoiceData invoice(const Ledger::InvoiceDetail& detail, const Customer& customer, const Seller& seller,
                                EinvoiceFormat::Kind format);
    // A credit note on `invoice`: its amount is split over the invoice's VAT rates in proportion to
    // their gross amounts, so that the credit carries the VAT it corrects.
    static EinvoiceData creditNote(const CreditNote& note, const Invoice& invoice, const Customer& customer,
                                   const Seller& seller, EinvoiceFormat::Kind format);

    // A postal address typed as lines ("Street 1", "10115 Berlin", "Germany"): the last line is the
    // country when it names one, the line with a postcode gives postcode and city, what comes before is
    // the street. `vatId` gives the country when no line names it (DE123456789 -> DE).
    static EinvoiceData::Address parseAddress(const QString& text, const QString& vatId);
};

} // namespace settle
