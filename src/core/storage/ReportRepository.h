#pragma once

#include "reports/OpenInvoice.h"
#include "reports/PaidInvoice.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace settle {

class Database;

// The reads behind the payment-behaviour, forecast and DSO reports (docs/REPORTS.md). Every one
// is "as of" a date: only what happened on or before it counts.
class ReportRepository
{
public:
    explicit ReportRepository(Database& db) : m_db(db) {}

    // Invoices paid on or before asOf: status paid, closed_on <= asOf, and at least one payment
    // among what settled them (credit-note-only settlements are not payments).
    QList<PaidInvoice> paidInvoices(QDate asOf);
    // Invoices with a balance left at asOf, with that balance and whether a dispute stood then.
    QList<OpenInvoice> openInvoices(QDate asOf);
    // Every customer code, sorted.
    QStringList customerCodes();
    // currency -> the sum of open balances at `date` (the aging total at that date).
    QHash<QString, qint64> receivablesAt(QDate date);
    // currency -> the totals of invoices issued from `from` to `to` (both included), leaving out
    // those voided on or before `to`.
    QHash<QString, qint64> creditSales(QDate from, QDate to);

private:
    Database& m_db;
};

} // namespace settle
