#include "followup/FollowupCharges.h"

#include "io/EntityJson.h"
#include "ledger/Ledger.h"
#include "storage/AuditLog.h"
#include "storage/FollowupRepository.h"
#include "storage/InvoiceEventRepository.h"
#include "storage/InvoiceRepository.h"

#include <algorithm>

namespace settle {

QList<QPair<QDate, qint64>> FollowupCharges::installmentReductions(QList<QPair<QDate, qint64>> reductions,
                                                                   const QList<Installment>& installments,
                                                                   int seq)
{
    std::stable_sort(reductions.begin(), reductions.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    qint64 start = 0;
    qint64 amount = 0;
    for (const auto& installment : installments) {
        if (installment.seq == seq) {
            amount = installment.amount;
            break;
        }
        start += installment.amount;
    }
    QList<QPair<QDate, qint64>> result;
    qint64 paid = 0;
    for (const auto& [date, value] : reductions) {
        // This reduction covers [paid, paid + value) of the plan; keep its overlap with the installment.
        const qint64 from = std::max(paid, start);
        const qint64 to = std::min(paid + value, start + amount);
        if (to > from)
            result << QPair<QDate, qint64>{date, to - from};
        paid += value;
    }
    return result;
}

qint64 FollowupCharges::interest(const FollowupItem& item, QDate on)
{
    InvoiceRepository invoices(m_ledger.database());
    const auto invoice = invoices.findById(item.invoiceId);
    if (!invoice || invoice->terms.annualInterest.isZero())
        return 0;
    QList<QPair<QDate, qint64>> reductions;
    for (const auto& applied : invoices.applied(item.invoiceId))
        reductions << QPair<QDate, qint64>{applied.allocation.date, applied.allocation.amount};
    qint64 total = invoice->total;
    if (item.installment > 0) {
        auto plan = InvoiceEventRepository(m_ledger.database()).installments(item.invoiceId);
        // What a plan agreed later leaves of the total was settled before its first installment.
        qint64 planned = 0;
        for (const auto& installment : plan)
            planned += installment.amount;
        if (planned < invoice->total)
            plan.prepend(Installment{0, invoice->issueDate, invoice->total - planned});
        reductions = installmentReductions(reductions, plan, item.installment);
        total = 0;
        for (const auto& installment : plan)
            if (installment.seq == item.installment)
                total = installment.amount;
    }
    const Currency currency = Currency::require(invoice->currency);
    QList<QPair<QDate, Money>> asMoney;
    for (const auto& [date, value] : reductions)
        asMoney << QPair<QDate, Money>{date, Money(value, currency)};
    return invoice->terms.accruedInterest(item.dueDate, Money(total, currency), asMoney, on).minor();
}

void FollowupCharges::chargeFee(qint64 followupId, const Stage& stage, FollowupRecord::Item& item,
                                qint64 customerId, const QString& customerCode, QDate on)
{
    if (!stage.hasFee())
        return;
    const Currency currency = Currency::require(item.due.currency);
    const Money fee = stage.fee(Money(item.due.balance, currency));
    if (!fee.isPositive())
        return;
    // A fee is an invoice of its own, written in the follow-up's write.
    const Invoice charge = m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository invoices(m_ledger.database());
        Invoice charge;
        charge.customerId = customerId;
        charge.customerCode = customerCode;
        charge.status = InvoiceStatus::Open;
        charge.issueDate = on;
        charge.dueDate = on;
        charge.currency = item.due.currency;
        charge.terms.name = QStringLiteral("Due on receipt");
        charge.terms.rule = PaymentTerms::DueRule::Net;
        charge.terms.days = 0;
        InvoiceLine line;
        line.description = item.due.installment > 0
                               ? QStringLiteral("%1 fee for %2, installment %3")
                                     .arg(stage.name, item.due.number)
                                     .arg(item.due.installment)
                               : QStringLiteral("%1 fee for %2").arg(stage.name, item.due.number);
        line.unitPrice = fee.minor();
        charge.lines << line;
        charge.computeTotals();
        // A separate sequence keeps the invoice numbers free of gaps (fee charges are not sales).
        const QString prefix = QStringLiteral("FEE-");
        do {
            charge.number = prefix + QString::number(invoices.takeNextNumber(prefix)).rightJustified(4, u'0');
        } while (invoices.findByNumber(charge.number));
        charge.id = invoices.insert(charge);
        FollowupRepository(m_ledger.database())
            .setFeeInvoice(followupId, item.due.invoiceId, item.due.installment, charge.id);
        audit.record(QStringLiteral("invoice"), charge.number, QStringLiteral("fee"), {},
                     EntityJson::invoice(charge));
        return charge;
    });
    item.fee = charge.total;
    item.feeInvoiceNumber = charge.number;
}

} // namespace settle
