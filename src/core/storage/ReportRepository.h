#pragma once

#include "domain/OpenInvoice.h"
#include "domain/PaidInvoice.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <utility>

namespace settle {

class Database;

// The reads behind the payment-behaviour, forecast and DSO reports (docs/REPORTS.md). Every one
// is "as of" a date: only what happened on or before it counts.
class ReportRepository
{
public:
    // The ledger's invoices as they stood at a date, split the way the reports need them.
    struct InvoicesAsOf
    {
        // Paid on or before the date: status paid, closed_on <= date, settled at least in part by
        // a payment (credit-note-only settlements and zero totals are not payments).
        QList<PaidInvoice> paid;
        // Issued on or before the date, neither closed nor voided by then, with the balance left
        // then (> 0), the due date in force then, and whether a dispute stood then.
        QList<OpenInvoice> open;
    };

    explicit ReportRepository(Database& db) : m_db(db) {}

    // One pass over the invoices: the 100k-invoice ledger's reports must stay under a second.
    InvoicesAsOf invoicesAsOf(QDate asOf);
    // Every customer code, sorted.
    QStringList customerCodes();
    // currency -> the sum of open balances at `date` (the aging total at that date).
    QHash<QString, qint64> receivablesAt(QDate date);
    // currency -> the totals of invoices issued from `from` to `to` (both included), leaving out
    // those voided on or before `to`.
    QHash<QString, qint64> creditSales(QDate from, QDate to);

    // customer code -> promises to pay judged broken on or before asOf (the follow-up run judges a
    // promise the day after its until date).
    QHash<QString, int> brokenPromises(QDate asOf);

private:
    QHash<qint64, QString> customerCodesById();
    // Paid invoices that no payment touched: settled by credit notes alone.
    QSet<qint64> settledWithoutPayment();
    // Invoices under a dispute at asOf: their last dispute or resolve event by then is a dispute.
    QSet<qint64> disputedAt(QDate asOf);
    struct ExtensionHistory
    {
        QDate originalDue;
        QList<std::pair<QDate, QDate>> recorded; // (date recorded, new due date), in the order recorded
    };
    using Extensions = QHash<qint64, ExtensionHistory>;
    // The invoices extended through invoice events, with their history.
    Extensions extensions();

    Database& m_db;
};

} // namespace settle
