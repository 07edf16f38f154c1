#pragma once

#include <QString>

namespace settle {

struct Customer
{
    qint64 id = 0;
    QString code; // the user's own id, unique
    QString name;
    QString email; // to; several separated by commas or semicolons
    QString cc;
    QString phone;
    QString address;
    QString vatId; // the customer's VAT identification number, printed on their invoices; may be empty
    QString buyerReference; // the reference their e-invoices must carry (a Leitweg-ID, BT-10); may be empty
    QString einvoice;       // preferred e-invoice format: "" (none), factur-x, xrechnung-cii, xrechnung-ubl
    QString currency;
    QString terms = QStringLiteral("Net 30");    // name of a payment term
    QString policy = QStringLiteral("Standard"); // name of a reminder policy
    QString language = QStringLiteral("en");
    bool onHold = false; // no follow-ups while on hold
    QString notes;
    int version = 1; // optimistic locking
};

} // namespace settle
