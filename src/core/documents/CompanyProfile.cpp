#include "documents/CompanyProfile.h"

#include "domain/Bic.h"
#include "domain/Iban.h"
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
    // Stored normalised already; a value written before the settings checked it is read the same way.
    profile.iban = Iban::normalised(ledger.setting(SettingKeys::CompanyIban));
    profile.bic = Bic::normalised(ledger.setting(SettingKeys::CompanyBic));
    profile.vatId = ledger.setting(SettingKeys::CompanyVatId).trimmed();
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
    QStringList account;
    if (!iban.isEmpty())
        account << QStringLiteral("IBAN ") + Iban::grouped(iban);
    if (!bic.isEmpty())
        account << QStringLiteral("BIC ") + bic;
    if (!account.isEmpty())
        parts << account.join(QStringLiteral(" · "));
    if (!paymentMethods.trimmed().isEmpty())
        parts << paymentMethods.trimmed();
    return parts.join(u'\n');
}

} // namespace settle
