#pragma once

#include <QDate>
#include <QString>

namespace settle {

// An invoice's PDF that a message carries, named rather than drawn: the invoice and the date its
// copy shows ("paid so far" up to that day). It is drawn when the message is looked at or sent.
struct InvoiceCopy
{
    qint64 invoiceId = 0;
    QString number; // read with the copy, for the file's name
    QDate asOf;
};

} // namespace settle
