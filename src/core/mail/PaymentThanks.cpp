#include "mail/PaymentThanks.h"

#include "errors/SettleError.h"
#include "mail/MailSwitches.h"
#include "mail/Outbox.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateRenderer.h"

#include <spdlog/spdlog.h>

namespace settle {

qint64 PaymentThanks::queueFor(const Ledger::PaymentResult& result)
{
    if (!MailSwitches::thankForPayments(m_ledger))
        return 0;
    const Payment& payment = result.payment;
    const Customer customer = m_ledger.requireCustomer(payment.customerCode);
    if (customer.email.trimmed().isEmpty()) {
        spdlog::warn("no thank-you for the payment of {} on {}: customer {} has no email address",
                     payment.customerCode.toStdString(), payment.date.toString(Qt::ISODate).toStdString(),
                     customer.code.toStdString());
        return 0;
    }
    // Everything that could refuse the message is tried before anything is written: a failure inside
    // a nested write would roll back the payment with it.
    OutboxMessage message;
    try {
        const QString language = TemplateKeys::languageFor(customer.language);
        message = Outbox::toCustomer(customer, TemplateRenderer(m_ledger).paymentThanks(result, language),
                                     QStringLiteral("payment_thanks"), language);
        Outbox::check(message);
    } catch (const SettleError& e) { // InputProblems too: a value the template needs is missing
        spdlog::warn("no thank-you for the payment of {} on {}: {}", payment.customerCode.toStdString(),
                     payment.date.toString(Qt::ISODate).toStdString(), e.message().toStdString());
        return 0;
    }
    return Outbox(m_ledger).queue(message);
}

} // namespace settle
