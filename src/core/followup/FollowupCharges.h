#pragma once

#include "domain/FollowupRecord.h"
#include "domain/Installment.h"
#include "domain/Stage.h"

#include <QDate>
#include <QList>
#include <QPair>

namespace settle {

class Ledger;

// What a stage adds to what the customer owes: the stage's fee as a separate charge (an invoice
// numbered FEE-nnnn, due at once) and the interest accrued under the invoice's terms, which the
// stage may state.
class FollowupCharges
{
public:
    explicit FollowupCharges(Ledger& ledger) : m_ledger(ledger) {}

    // Interest accrued on one due amount up to `on` under the invoice's frozen terms.
    qint64 interest(const FollowupItem& item, QDate on);
    // Charges the stage's fee for one raised item, once: writes the fee invoice, links it to the
    // item and fills item.fee / item.feeInvoiceNumber. Does nothing when the fee comes to zero.
    void chargeFee(qint64 followupId, const Stage& stage, FollowupRecord::Item& item, qint64 customerId,
                   const QString& customerCode, QDate on);

    // The part of each reduction (date, amount) that settles installment `seq` when reductions
    // settle the oldest installment first.
    static QList<QPair<QDate, qint64>> installmentReductions(QList<QPair<QDate, qint64>> reductions,
                                                             const QList<Installment>& installments, int seq);

private:
    Ledger& m_ledger;
};

} // namespace settle
