#include "documents/CompanyProfile.h"

#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"

#include <spdlog/spdlog.h>

namespace settle {

CompanyProfile CompanyProfile::load(const Ledger& ledger)
{
    CompanyProfile profile;
    profile.name = ledger.setting(SettingKeys::CompanyName);
    profile.address = ledger.setting(SettingKeys::CompanyAddress);
    profile.paymentDetails = ledger.setting(SettingKeys::CompanyPaymentDetails);
    profile.paymentMethods = ledger.setting(SettingKeys::CompanyPaymentMethods);
    profile.logoPath = ledger.setting(SettingKeys::CompanyLogo);
    profile.paperSize = ledger.setting(SettingKeys::CompanyPaperSize, SettingKeys::CompanyPaperSize.defaultValue());
    if (!profile.logoPath.isEmpty() && !profile.logo.load(profile.logoPath))
        // A missing logo must not stop a batch of statements; the header just goes without it.
        spdlog::warn("company.logo: cannot read {}; documents go without the logo",
                     profile.logoPath.toStdString());
    return profile;
}

QString CompanyProfile::howToPay() const
{
    QStringList parts;
    if (!paymentDetails.trimmed().isEmpty())
        parts << paymentDetails.trimmed();
    if (!paymentMethods.trimmed().isEmpty())
        parts << paymentMethods.trimmed();
    return parts.join(u'\n');
}

} // namespace settle
