#pragma once

#include <QDate>

namespace settle {

// One due amount of an invoice's installment plan (table invoice_installments).
struct Installment
{
    int seq = 0; // 1, 2, ... in due-date order
    QDate dueDate;
    qint64 amount = 0; // minor units; a plan's amounts add up to the invoice's balance when it was agreed

    friend bool operator==(const Installment&, const Installment&) = default;
};

} // namespace settle
