#include "followup/FollowupDelivery.h"

#include "dates/Clock.h"
#include "followup/FollowupCharges.h"
#include "followup/FollowupText.h"
#include "ledger/Ledger.h"
#include "storage/FollowupRepository.h"

namespace settle {

void FollowupDelivery::deliver(qint64 followupId, const Stage& stage, const FollowupSnapshot::Customer& customer,
                               QList<FollowupRecord::Item>& items, QDate on)
{
    FollowupCharges charges(m_ledger);
    for (auto& item : items)
        charges.chargeFee(followupId, stage, item, customer.id, customer.code, on);

    const QString company = m_ledger.setting(QStringLiteral("company.name"));
    const auto message = FollowupText::render(stage, customer.name, company, items, on);
    if (stage.channels.has(Channels::Email)) {
        if (customer.email.trimmed().isEmpty()) {
            const QString phone = customer.phone.isEmpty() ? QString() : QStringLiteral(" on ") + customer.phone;
            m_repository.insertTask(followupId, customer.id, on,
                                    QStringLiteral("Call %1 (%2)%3: no email address for \"%4\"")
                                        .arg(customer.name, customer.code, phone, stage.name),
                                    message.body);
        } else {
            m_repository.enqueueEmail(followupId, customer.id, customer.email, customer.cc, message.subject,
                                      message.body, stage.templateKey, customer.language, m_ledger.clock().now());
        }
    }
    if (stage.channels.has(Channels::Letter))
        m_repository.insertLetter(followupId, customer.id, on, message.subject, message.body);
    if (stage.channels.has(Channels::Task))
        m_repository.insertTask(followupId, customer.id, on,
                                QStringLiteral("%1: %2 (%3)").arg(stage.name, customer.name, customer.code),
                                message.body);
}

} // namespace settle
