#pragma once

#include "domain/Customer.h"
#include "reports/AgingReport.h"
#include "storage/StatementRepository.h"

#include <QDate>
#include <QList>

#include <array>

namespace settle {

// A statement of account as figures: for one customer and a
// period, per currency, the opening balance, every transaction of the period with a running balance,
// the closing balance, the aging of what is open at the end and the open invoices. The "open items"
// kind lists only what is unpaid. Balances net the credit on account (payments no invoice took);
// the aging is that of the open invoices, exactly as the ledger's aging report has it.
struct AccountStatement
{
    enum class Kind { Activity, OpenItems };

    struct Line
    {
        StatementRepository::Entry entry;
        qint64 balance = 0; // running, after this line
    };

    struct OpenLine
    {
        StatementRepository::OpenInvoice invoice;
        qint64 daysOverdue = 0; // 0 when not yet due
    };

    struct Section
    {
        QString currency;
        qint64 opening = 0; // at the end of the day before the period
        QList<Line> lines;
        qint64 closing = 0; // at the end of the period
        std::array<qint64, AgingReport::BucketCount> aging{};
        qint64 agingTotal = 0; // the open invoices
        qint64 credit = 0;     // credit on account (closing = agingTotal − credit)
        QList<OpenLine> open;
    };

    Kind kind = Kind::Activity;
    Customer customer;
    QDate from;
    QDate to;                // the statement date
    QList<Section> sections; // by currency; at least one

    // Figures from what the repository read. Throws SettleError (bad input) when `to` is before `from`.
    static AccountStatement assemble(Kind kind, const Customer& customer, QDate from, QDate to,
                                     const QList<StatementRepository::Entry>& entries,
                                     const QList<StatementRepository::OpenInvoice>& open,
                                     const QHash<QString, qint64>& credit);
    static AccountStatement read(StatementRepository& repository, Kind kind, const Customer& customer,
                                 QDate from, QDate to);
    // The customer's invoices with a balance at `asOf`, by effective due date: an invoice with an
    // installment plan is listed, and ages, as its open installments (InstallmentSchedule), as in
    // the ledger's aging report.
    static QList<StatementRepository::OpenInvoice> openInvoices(StatementRepository& repository,
                                                                qint64 customerId, QDate asOf);
    static QList<StatementRepository::OpenInvoice> openInvoices(const QList<BalanceDue>& balances);
    static void checkPeriod(QDate from, QDate to);
};

} // namespace settle
