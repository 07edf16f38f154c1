#pragma once

#include <QImage>
#include <QString>

namespace settle {

class Ledger;

// The company as its documents show it, from the ledger's settings: company.name, company.address,
// company.payment_details (bank details), company.payment_methods (accepted methods, optional),
// company.logo (path of a PNG or JPEG, optional) and company.paper_size (A4 or Letter).
struct CompanyProfile
{
    QString name;
    QString address;
    QString paymentDetails;
    QString paymentMethods;
    QString logoPath;
    QString paperSize = QStringLiteral("A4");
    QImage logo; // null when there is none or it cannot be read

    static CompanyProfile load(const Ledger& ledger);
    QString howToPay() const; // bank details and methods, one paragraph each
};

} // namespace settle
