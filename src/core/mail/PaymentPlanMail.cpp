#include "mail/PaymentPlanMail.h"

#include "dates/Clock.h"
#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "mail/Outbox.h"
#include "plans/PaymentPlans.h"
#include "templates/TemplateContexts.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateRenderer.h"

namespace settle {

OutboxMessage PaymentPlanMail::compose(const QString& invoiceNumber)
{
    const QDate today = m_ledger.clock().today();
    const auto plan = PaymentPlans(m_ledger).current(invoiceNumber, today);
    if (!plan || !plan->agreedOn.isValid())
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("invoice %1 has no payment plan in force to confirm").arg(invoiceNumber));
    const Customer customer = m_ledger.requireCustomer(plan->customerCode);
    if (customer.email.trimmed().isEmpty())
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("customer %1 (%2) has no email address: the payment plan for invoice %3 "
                                         "cannot be sent")
                              .arg(customer.code, customer.name, plan->invoiceNumber));
    const QString language = TemplateKeys::languageFor(customer.language);
    TemplateContext context = TemplateContexts(m_ledger).invoice(plan->invoiceNumber, today, language);
    setPlanValues(context, *plan, language);
    return Outbox::toCustomer(customer, TemplateRenderer(m_ledger).render(templateKey(), language, context),
                              templateKey(), language);
}

void PaymentPlanMail::setPlanValues(TemplateContext& context, const PaymentPlan& plan, const QString& language)
{
    // The engine repeats only invoices, so the schedule is one value: a line per installment, in the
    // template's language (plain text keeps the lines; HTML gets them separated by <br>).
    QStringList lines;
    for (qsizetype k = 0; k < plan.lines.size(); ++k)
        lines << QStringLiteral("%1. %2: %3")
                     .arg(k + 1)
                     .arg(TemplateValue::formatDate(plan.lines[k].dueDate, language),
                          TemplateValue::formatAmount(plan.lines[k].amount, plan.currency, language));
    context.set(QStringLiteral("plan.agreed_on"), TemplateValue::date(plan.agreedOn));
    context.set(QStringLiteral("plan.amount"), TemplateValue::amount(plan.openBalance, plan.currency));
    context.set(QStringLiteral("plan.installment_count"), TemplateValue::number(plan.lines.size()));
    context.set(QStringLiteral("plan.schedule"), TemplateValue::text(lines.join(u'\n')));
}

qint64 PaymentPlanMail::queue(const QString& invoiceNumber)
{
    // Outbox::queue checks every address and writes the message with its audit row in one write.
    return Outbox(m_ledger).queue(compose(invoiceNumber));
}

} // namespace settle
