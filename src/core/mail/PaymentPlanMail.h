#pragma once

#include "domain/OutboxMessage.h"
#include "domain/PaymentPlan.h"
#include "templates/TemplateContext.h"

#include <QString>

namespace settle {

class Ledger;

// The confirmation of an agreed payment plan by email: the customer's `payment_plan` template rendered
// in their language with the schedule as a table and the payment details, addressed like every
// message to a customer (Outbox::toCustomer).
class PaymentPlanMail
{
public:
    explicit PaymentPlanMail(Ledger& ledger) : m_ledger(ledger) {}

    // The message as it would be queued, for the plan in force on the invoice; not queued. Throws
    // SettleError(BadInput) for an invoice without a plan in force or a customer without an email
    // address (naming the customer).
    OutboxMessage compose(const QString& invoiceNumber);
    // compose() and queue it in one write with its audit row (joining the caller's write, so a plan
    // agreed with --send is stored with its email or not at all). Returns the outbox id.
    qint64 queue(const QString& invoiceNumber);

    static QString templateKey() { return QStringLiteral("payment_plan"); }
    // The plan.* values of the template (the schedule a line per installment, in `language`), for
    // the message and for a preview of the template.
    static void setPlanValues(TemplateContext& context, const PaymentPlan& plan, const QString& language);

private:
    Ledger& m_ledger;
};

} // namespace settle
