#include "ledger/SettingKeys.h"

#include <algorithm>

namespace settle {

const QList<SettingKey>& SettingKeys::all()
{
    static const QList<SettingKey> table = [] {
        QList<SettingKey> keys{CompanyName,
                               CompanyAddress,
                               CompanyPaymentDetails,
                               CompanyPaymentMethods,
                               CompanyLogo,
                               CompanyCurrency,
                               CompanyPaperSize,
                               CompanyLanguage,
                               CompanyIban,
                               CompanyBic,
                               CompanyVatId,
                               CompanyTaxNumber,
                               CompanyPhone,
                               InvoicePrefix,
                               FollowupsIntervalMinutes,
                               FollowupsAutoSend,
                               FollowupsAttachInvoices,
                               PaymentsThankYou,
                               BackupKeep,
                               BackupFolder,
                               SmtpHost,
                               SmtpPort,
                               SmtpSecurity,
                               SmtpUser,
                               SmtpFrom,
                               SmtpReplyTo,
                               SmtpBccSelf,
                               SmtpCaFile,
                               SmtpTimeout,
                               RatingReliableOnTimeShare,
                               RatingAtRiskMedianDaysLate,
                               RatingAtRiskOverdueDays,
                               RatingAtRiskBrokenPromises,
                               TrendSteadyDays};
        std::sort(keys.begin(), keys.end(),
                  [](const SettingKey& a, const SettingKey& b) { return qstrcmp(a.name, b.name) < 0; });
        return keys;
    }();
    return table;
}

const SettingKey* SettingKeys::find(const QString& key)
{
    for (const SettingKey& entry : all())
        if (key == QLatin1String(entry.name))
            return &entry;
    return nullptr;
}

} // namespace settle
