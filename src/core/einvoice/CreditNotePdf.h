#pragma once

#include "documents/CompanyProfile.h"
#include "domain/Customer.h"
#include "einvoice/EinvoiceData.h"

#include <QByteArray>

namespace settle {

// A credit note as a PDF/A-1b page, drawn from the same EinvoiceData its XML is written from, so that
// a Factur-X credit note reads the same by eye and by machine: the invoice it corrects, the credit per
// VAT rate, the total and the reason.
class CreditNotePdf
{
public:
    static QByteArray render(const EinvoiceData& data, const Customer& customer, const CompanyProfile& company);
};

} // namespace settle
