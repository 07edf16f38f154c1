#pragma once

namespace settle {

class Ledger;

// The settings that decide what Settle attaches or sends on its own, read as the setup page writes
// them (true/yes/1, anything else off) with SettingKeys' defaults: reminders carry copies of their
// invoices unless switched off; a payment is thanked for only when switched on.
class MailSwitches
{
public:
    static bool attachInvoicesToReminders(const Ledger& ledger);
    static bool thankForPayments(const Ledger& ledger);
};

} // namespace settle
