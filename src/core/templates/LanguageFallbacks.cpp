#include "templates/LanguageFallbacks.h"

#include "domain/OutboxMessage.h"
#include "followup/FollowupDesk.h"
#include "ledger/Ledger.h"

#include <QHash>

namespace settle {

namespace {

QString primaryOf(const QString& language)
{
    return language.trimmed().toLower().section(u'-', 0, 0).section(u'_', 0, 0);
}

} // namespace

bool LanguageFallbacks::isFallback(const QString& customerLanguage, const QString& used)
{
    const QString wanted = primaryOf(customerLanguage);
    // A customer without a language is written to in English by definition, not by a fallback.
    return !wanted.isEmpty() && wanted != primaryOf(used);
}

QList<LanguageFallbacks::Message> LanguageFallbacks::onDesk()
{
    QHash<QString, QString> languages;
    for (const auto& customer : m_ledger.customers())
        languages.insert(customer.code, customer.language);
    FollowupDesk desk(m_ledger);
    QList<Message> result;
    for (const auto& record : desk.queue()) {
        const QString wanted = languages.value(record.customerCode);
        for (const auto& email : desk.emailsOf(record.id)) {
            if (email.state == OutboxMessage::State::Sent || email.state == OutboxMessage::State::Dismissed)
                continue;
            if (isFallback(wanted, email.language))
                result << Message{record.id,      email.id,          record.customerCode, record.customerName,
                                  email.templateKey, primaryOf(wanted), email.language};
        }
    }
    return result;
}

} // namespace settle
