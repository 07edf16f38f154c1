#pragma once

#include "domain/InvoiceLine.h"
#include "domain/InvoiceStatus.h"
#include "money/Money.h"
#include "domain/PaymentTerms.h"

#include <QDate>
#include <QList>
#include <QString>

namespace settle {

struct Invoice
{
    qint64 id = 0;
    QString number; // empty while a draft: numbers are given at issue so that none is ever skipped
    qint64 customerId = 0;
    QString customerCode;
    InvoiceStatus status = InvoiceStatus::Draft;
    QDate issueDate;
    QDate dueDate;
    QDate extendedDueDate; // invalid unless extended; the original due date is kept
    QString currency;
    PaymentTerms terms; // frozen copy of the terms at issue
    QList<InvoiceLine> lines;
    qint64 subtotal = 0;
    qint64 tax = 0;
    qint64 total = 0;
    QDate disputedOn;
    QString disputeReason;
    QDate promiseUntil;
    QDate voidedOn;
    QDate closedOn; // the date its balance reached zero (paid or written off)
    int version = 1;

    QDate effectiveDueDate() const { return extendedDueDate.isValid() ? extendedDueDate : dueDate; }
    // Recomputes every line and the totals (total = sum of line amounts and taxes).
    void computeTotals();
    Money totalMoney() const;
};

} // namespace settle
