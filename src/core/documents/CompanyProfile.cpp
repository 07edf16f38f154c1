#include "documents/CompanyProfile.h"

#include "ledger/Ledger.h"

#include <spdlog/spdlog.h>

namespace settle {

CompanyProfile CompanyProfile::load(const Ledger& ledger)
{
    CompanyProfile profile;
    profile.name = ledger.setting(QStringLiteral("company.name"));
    profile.address = ledger.setting(QStringLiteral("company.address"));
    profile.paymentDetails = ledger.setting(QStringLiteral("company.payment_details"));
    profile.paymentMethods = ledger.setting(QStringLiteral("company.payment_methods"));
    profile.logoPath = ledger.setting(QStringLiteral("company.logo"));
    profile.paperSize = ledger.setting(QStringLiteral("company.paper_size"), QStringLiteral("A4"));
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
