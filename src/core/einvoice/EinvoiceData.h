#pragma once

#include "money/Rate.h"

#include <QDate>
#include <QList>
#include <QString>

namespace settle {

// One invoice or credit note as EN 16931 sees it, with every value resolved: the writers (CiiWriter,
// UblWriter) only spell it in their syntax, so that both say the same. Amounts are minor units of
// `currency`, quantities ten-thousandths (as InvoiceLine); BT-numbers name the standard's terms.
struct EinvoiceData
{
    struct Address
    {
        QString street;   // BT-35 / BT-50
        QString postcode; // BT-38 / BT-53
        QString city;     // BT-37 / BT-52
        QString country;  // BT-40 / BT-55, ISO 3166-1 alpha-2
    };

    struct Party
    {
        QString id;        // BT-29 (seller only): the tax number when there is no VAT ID, see BR-CO-26
        QString name;      // BT-27 / BT-44
        Address address;
        QString vatId;     // BT-31 / BT-48
        QString taxNumber; // BT-32 (seller only)
        QString email;     // BT-34 / BT-49 (electronic address, scheme EM) and BT-43
        QString phone;     // BT-42 (seller contact)
    };

    struct Line
    {
        QString id;          // BT-126
        QString description; // BT-153 (item name)
        qint64 quantity = 0; // BT-129, ten-thousandths
        QString unitCode = QStringLiteral("C62"); // BT-130: "one", Settle's lines have no unit
        qint64 netPrice = 0; // BT-146, minor units per one
        qint64 amount = 0;   // BT-131
        QString category;    // BT-151
        Rate rate;           // BT-152
    };

    struct VatGroup
    {
        QString category; // BT-118
        Rate rate;        // BT-119
        qint64 basis = 0; // BT-116
        qint64 tax = 0;   // BT-117
    };

    enum class Type { Invoice, CreditNote };

    Type type = Type::Invoice;       // BT-3: 380 or 381
    QString number;                  // BT-1
    QDate issueDate;                 // BT-2
    QDate dueDate;                   // BT-9 (invoices only)
    QString currency;                // BT-5
    QString buyerReference;          // BT-10
    QString precedingInvoice;        // BT-25 (credit notes)
    QDate precedingInvoiceDate;      // BT-26
    QString note;                    // BT-22 (a credit note's reason)
    QString paymentTerms;            // BT-20, in words
    QString discountTerms;           // the early-payment discount in XRechnung's #SKONTO# form, or ''
    Party seller;
    Party buyer;
    QString iban;                    // BT-84
    QString bic;                     // BT-86
    QString remittance;              // BT-83
    QList<Line> lines;
    QList<VatGroup> vat;
    qint64 lineTotal = 0;            // BT-106
    qint64 taxTotal = 0;             // BT-110
    qint64 grandTotal = 0;           // BT-112
    qint64 prepaid = 0;              // BT-113: payments received up to the as-of date
    qint64 due = 0;                  // BT-115
    int minorDigits = 2;

    static QString typeCode(Type type) { return type == Type::Invoice ? QStringLiteral("380") : QStringLiteral("381"); }
};

} // namespace settle
