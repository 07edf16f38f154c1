#pragma once

#include <QImage>
#include <QString>

namespace settle {

class Ledger;

// The company as its documents show it, from the ledger's settings: company.name, company.address,
// company.payment_details (bank details), company.payment_methods (accepted methods, optional),
// company.logo (path of a PNG or JPEG, optional), company.paper_size (A4 or Letter), and for the
// payment QR code and the invoice's seller: company.iban, company.bic and company.vat_id (optional).
struct CompanyProfile
{
    QString name;
    QString address;
    QString paymentDetails;
    QString paymentMethods;
    QString logoPath;
    QString paperSize = QStringLiteral("A4");
    QString iban;  // normalised (upper case, no spaces); empty when none
    QString bic;
    QString vatId;
    QImage logo; // null when there is none or it cannot be read

    static CompanyProfile load(const Ledger& ledger);
    // Bank details, the IBAN and BIC (the IBAN in groups of four) and the methods, one paragraph each.
    QString howToPay() const;
};

} // namespace settle
