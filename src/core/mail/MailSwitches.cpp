#include "mail/MailSwitches.h"

#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"

namespace settle {

namespace {

bool isOn(const Ledger& ledger, const SettingKey& key)
{
    const QString value = ledger.setting(key, key.defaultValue()).trimmed().toLower();
    return value == u"true" || value == u"yes" || value == u"1";
}

} // namespace

bool MailSwitches::attachInvoicesToReminders(const Ledger& ledger)
{
    return isOn(ledger, SettingKeys::FollowupsAttachInvoices);
}

bool MailSwitches::thankForPayments(const Ledger& ledger)
{
    return isOn(ledger, SettingKeys::PaymentsThankYou);
}

} // namespace settle
