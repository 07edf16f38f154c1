#pragma once

#include "domain/BankEntry.h"

#include <QList>
#include <QString>

namespace settle {

// A bank statement file as read: the account it is for and its bookings in the file's order.
struct BankStatement
{
    QString format;      // "camt053", "mt940", "ofx" or "csv"
    QString accountIban; // the statement's own account (or the account id the file gives); may be empty
    QString fileName;    // the file's name, for messages
    QList<BankEntry> entries;
};

} // namespace settle
