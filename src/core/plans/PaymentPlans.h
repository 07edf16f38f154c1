#pragma once

#include "domain/Installment.h"
#include "domain/PaymentPlan.h"
#include "plans/PlanRequest.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

class Ledger;

// Payment plans agreed with a customer after an invoice was issued: the invoice's open balance at the
// agreed date split into installments, each of which then ages and is reminded on its own
// (docs/DESIGN.md "Installments"). Bad input is refused with SettleError(BadInput) naming the invoice
// and the field, and changes nothing.
class PaymentPlans
{
public:
    explicit PaymentPlans(Ledger& ledger);

    // `amount` in `count` equal installments, the rounding remainder on the last one, dated `first`
    // and then every week or every month after it (month ends kept: Jan 31, Feb 28, Mar 31).
    // count < 2 or amount < count minor units throws SettleError(BadInput).
    static QList<Installment> split(qint64 amount, int count, PlanRequest::Every every, QDate first);

    // The plan agree() would store, fully checked, nothing saved: what the GUI shows (editable)
    // before saving. Each line's balance is its amount.
    PaymentPlan preview(const QString& invoiceNumber, const PlanRequest& request);
    // Checks as preview() does and stores the plan with its audit row, in one write. Refused for an
    // invoice that already has a plan in force (cancel it first).
    PaymentPlan agree(const QString& invoiceNumber, const PlanRequest& request);
    // Ends the plan in force on `on` (invalid: today): the invoice is one due amount again, at its
    // due date. Returns the plan as it was, with cancelledOn set.
    PaymentPlan cancel(const QString& invoiceNumber, QDate on = QDate());

    // The plan in force on the invoice, with each installment's balance at `asOf` (invalid: today);
    // nullopt when none.
    std::optional<PaymentPlan> current(const QString& invoiceNumber, QDate asOf = QDate());
    // Every plan of the invoice, agreed and cancelled, oldest first (lines only for the one in force).
    QList<PaymentPlan> history(const QString& invoiceNumber);
    // The plans in force on the customer's invoices, balances at `asOf` (invalid: today).
    QList<PaymentPlan> forCustomer(const QString& customerCode, QDate asOf = QDate());

    // The invoice's balance at `on`: what a plan agreed that day must add up to.
    qint64 openBalance(const QString& invoiceNumber, QDate on);

private:
    Ledger& m_ledger;
};

} // namespace settle
