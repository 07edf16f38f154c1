#pragma once

#include <QList>
#include <QString>

namespace settle {

class Ledger;

// The messages on the follow-up desk that are not in their customer's language: a stage whose
// template exists only in English (TemplateLibrary::resolve) writes to a French customer in English,
// and a customer whose language Settle has no templates for gets English too. Such a message is
// never sent silently: the desk shows these before anything goes out, so that a person writes the
// template in that language or reads the English text knowingly.
class LanguageFallbacks
{
public:
    struct Message
    {
        qint64 followupId = 0;
        qint64 outboxId = 0;
        QString customerCode;
        QString customerName;
        QString templateKey;
        QString wanted; // the customer's language ("fr")
        QString used;   // the message's ("en")
    };

    explicit LanguageFallbacks(Ledger& ledger) : m_ledger(ledger) {}

    // The unsent emails of the desk's queue (FollowupDesk::queue) written in another language than
    // their customer's, in the queue's order.
    QList<Message> onDesk();

    // Whether a message in `used` is in another language than a customer's `customerLanguage`
    // ("fr-CH" reads "fr"; any region of English is English).
    static bool isFallback(const QString& customerLanguage, const QString& used);

private:
    Ledger& m_ledger;
};

} // namespace settle
