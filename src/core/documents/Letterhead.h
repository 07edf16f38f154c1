#pragma once

#include "documents/PdfDocument.h"

#include <QList>
#include <QPair>
#include <QString>

namespace settle {

class DocumentLocale;
struct CompanyProfile;
struct Customer;

// The top of every document's first page: the company (name, address, VAT ID, logo) and, below, the
// customer's address (with their VAT ID) beside the document's title and its key facts (date,
// numbers, page).
class Letterhead
{
public:
    static void draw(PdfDocument& document, const CompanyProfile& company, const Customer& customer,
                     const QString& title, const QList<QPair<QString, QString>>& facts);
    // "Northwind Design Studio · Statement of account" for the footer.
    static QString footer(const CompanyProfile& company, const QString& title);
    // "How to pay": the company's payment details and the reference to quote, on every document that
    // asks for money; nothing when the company has no payment details yet. Beside it the payment QR
    // code for `openMinor` of `currency` with `reference` as its text, when PaymentQrCode makes one.
    static void howToPay(PdfDocument& document, const CompanyProfile& company, const DocumentLocale& l,
                         const QString& reference, const QString& currency, qint64 openMinor);
};

} // namespace settle
