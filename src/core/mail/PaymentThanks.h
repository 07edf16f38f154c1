#pragma once

#include "ledger/Ledger.h"

namespace settle {

// The thank-you for a payment a person records (Ledger::recordPayment and recordPaymentSplit, from
// the desktop app or `settle-cli pay`), never for an import: with payments.thank_you on, the
// customer's payment_thanks template is queued in the payment's own write, so that the payment and
// its thank-you are there together or not at all.
class PaymentThanks
{
public:
    explicit PaymentThanks(Ledger& ledger) : m_ledger(ledger) {}

    // Runs inside the payment's write. Returns the outbox id, or 0 when nothing was queued: the
    // setting is off, or the customer has no usable email address or the template cannot be filled
    // (then a warning in the log says why, and the payment stands).
    qint64 queueFor(const Ledger::PaymentResult& result);

private:
    Ledger& m_ledger;
};

} // namespace settle
