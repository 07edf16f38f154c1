#include "followup/FollowupDelivery.h"

#include "dates/Clock.h"
#include "domain/OutboxMessage.h"
#include "errors/SettleError.h"
#include "followup/FollowupCharges.h"
#include "ledger/Ledger.h"
#include "mail/Outbox.h"
#include "storage/FollowupRepository.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateRenderer.h"

namespace settle {

void FollowupDelivery::deliver(qint64 followupId, const Stage& stage,
                               const FollowupSnapshot::Customer& customer, QList<FollowupRecord::Item>& items,
                               QDate on)
{
    FollowupCharges charges(m_ledger);
    for (auto& item : items)
        charges.chargeFee(followupId, stage, item, customer.id, customer.code, on);

    // Rendered once, after the fees are charged, so that {{fee}} names what was charged. A value the
    // template needs and the ledger lacks (company.payment_details unset, say) stops the whole run
    // with InputProblems naming it: a reminder never goes out with a blank in it.
    // A stage of the user's own without a template of its own speaks with the Reminder's words.
    Stage templated = stage;
    if (templated.templateKey.isEmpty())
        templated.templateKey = QStringLiteral("reminder");
    const auto message =
        TemplateRenderer(m_ledger).followup(templated, customer.code, customer.language, items, on);
    if (stage.channels.has(Channels::Email))
        queueEmail(followupId, stage, customer, items, message, on);
    if (stage.channels.has(Channels::Letter))
        m_repository.insertLetter(followupId, customer.id, on, message.subject, message.text);
    if (stage.channels.has(Channels::Task))
        m_repository.insertTask(followupId, customer.id, on,
                                QStringLiteral("%1: %2 (%3)").arg(stage.name, customer.name, customer.code),
                                message.text);
}

void FollowupDelivery::queueEmail(qint64 followupId, const Stage& stage,
                                  const FollowupSnapshot::Customer& customer,
                                  const QList<FollowupRecord::Item>& items,
                                  const TemplateEngine::Rendered& rendered, QDate on)
{
    const QString phone = customer.phone.isEmpty() ? QString() : QStringLiteral(" on ") + customer.phone;
    if (customer.email.trimmed().isEmpty()) {
        // Nobody can receive it: a person calls instead, with the text at hand.
        m_repository.insertTask(followupId, customer.id, on,
                                QStringLiteral("Call %1 (%2)%3: no email address for \"%4\"")
                                    .arg(customer.name, customer.code, phone, stage.name),
                                rendered.text);
        return;
    }
    OutboxMessage message = Outbox::toCustomer(
        customer, rendered, stage.templateKey.isEmpty() ? QStringLiteral("reminder") : stage.templateKey,
        rendered.language); // English where the stage's template has none in theirs: the desk says so
    message.followupId = followupId;
    try {
        Outbox::check(message);
    } catch (const SettleError& e) {
        // A customer's address that is not one must not stop everybody else's reminders: a person
        // corrects it and sends this text.
        m_repository.insertTask(followupId, customer.id, on,
                                QStringLiteral("Check the email address of %1 (%2)%3 for \"%4\": %5")
                                    .arg(customer.name, customer.code, phone, stage.name, e.message()),
                                rendered.text);
        return;
    }
    // Named, not drawn: the copies are drawn when the message is sent, outside this run's write.
    message.invoiceCopies = m_copies.forItems(items, on);
    message.messageId = Outbox::newMessageId(m_ledger);
    Outbox outbox(m_ledger);
    outbox.queue(message);
    // An earlier stage's email for the same amounts that nobody sent yet would reach the customer
    // together with this one: this message says it all, so the earlier one is withdrawn.
    QList<std::pair<qint64, int>> dueAmounts;
    for (const auto& item : items)
        dueAmounts << std::pair{item.due.invoiceId, item.due.installment};
    outbox.supersede(customer.id, dueAmounts, followupId,
                     QStringLiteral("superseded by \"%1\" (follow-up %2) before it was sent")
                         .arg(stage.name)
                         .arg(followupId));
}

} // namespace settle
