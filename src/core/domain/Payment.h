#pragma once

#include "domain/PaymentMethod.h"

#include <QDate>
#include <QString>

namespace settle {

struct Payment
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerCode;
    QDate date;
    qint64 amount = 0; // minor units
    QString currency;
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
    QString invoiceNumber; // the invoice the payer named, if any
    qint64 unallocated = 0; // what stays as credit on account
};

} // namespace settle
