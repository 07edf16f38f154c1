#pragma once

#include "documents/CompanyProfile.h"
#include "domain/Customer.h"
#include "domain/FollowupRecord.h"
#include "domain/MailAttachment.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace settle {

class Ledger;

// The copies a reminder email carries: the PDF of each invoice it names, as of the reminder's date,
// while followups.attach_invoices is on. One lives for a follow-up run, so that the setting, the
// company's letterhead (with its logo file) and each customer are read once, not once a message.
class ReminderCopies
{
public:
    explicit ReminderCopies(Ledger& ledger) : m_ledger(ledger) {}

    // One PDF per invoice named by `items` (an invoice with several installments due once), in the
    // order first named; none when the setting is off.
    QList<MailAttachment> forItems(const QString& customerCode, const QList<FollowupRecord::Item>& items,
                                   QDate on);

private:
    Ledger& m_ledger;
    std::optional<bool> m_enabled;
    std::optional<CompanyProfile> m_company;
    QHash<QString, Customer> m_customers;
};

} // namespace settle
