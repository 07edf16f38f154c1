#pragma once

#include <QList>
#include <QString>

namespace settle {

// One ledger setting (table settings): its key, the value code reads while the ledger has none,
// and how a person types it in. Code names a setting by its constant in SettingKeys, never by the
// string, so that a key is spelt once.
struct SettingKey
{
    const char* name;          // "company.name"
    const char* fallback = ""; // read when the ledger holds no value ("": empty)
    bool multiLine = false;    // keeps its line breaks (an address, payment details)

    QString key() const { return QString::fromLatin1(name); }
    QString defaultValue() const { return QString::fromLatin1(fallback); }
    // So that a constant reads where a key string is asked for: ledger.setting(SettingKeys::SmtpHost).
    operator QString() const { return key(); }
};

// Every setting Settle reads. SettingRules checks the values set; the report ratings' numeric
// defaults are RatingRules' own.
class SettingKeys
{
public:
    static constexpr SettingKey CompanyName{"company.name"};
    static constexpr SettingKey CompanyAddress{"company.address", "", true};
    static constexpr SettingKey CompanyPaymentDetails{"company.payment_details", "", true};
    static constexpr SettingKey CompanyPaymentMethods{"company.payment_methods"};
    static constexpr SettingKey CompanyLogo{"company.logo"};
    static constexpr SettingKey CompanyCurrency{"company.currency", "USD"};
    static constexpr SettingKey CompanyPaperSize{"company.paper_size", "A4"};
    static constexpr SettingKey CompanyLanguage{"company.language", "en"};
    static constexpr SettingKey CompanyIban{"company.iban"};
    static constexpr SettingKey CompanyBic{"company.bic"};
    static constexpr SettingKey CompanyVatId{"company.vat_id"};
    static constexpr SettingKey CompanyTaxNumber{"company.tax_number"}; // e-invoices when there is no VAT ID
    static constexpr SettingKey CompanyPhone{"company.phone"};          // an XRechnung's seller contact
    static constexpr SettingKey InvoicePrefix{"invoice.prefix", "INV-"};
    static constexpr SettingKey FollowupsIntervalMinutes{"followups.interval_minutes"};
    static constexpr SettingKey FollowupsAutoSend{"followups.auto_send"};
    static constexpr SettingKey FollowupsAttachInvoices{"followups.attach_invoices", "true"};
    static constexpr SettingKey PaymentsThankYou{"payments.thank_you", "false"};
    static constexpr SettingKey BackupKeep{"backup.keep", "14"}; // automatic backups kept; 0 = none made
    static constexpr SettingKey BackupFolder{"backup.folder"};     // empty = backups/ beside the ledger
    static constexpr SettingKey SmtpHost{"smtp.host"};
    static constexpr SettingKey SmtpPort{"smtp.port"};
    static constexpr SettingKey SmtpSecurity{"smtp.security", "starttls"};
    static constexpr SettingKey SmtpUser{"smtp.user"};
    static constexpr SettingKey SmtpFrom{"smtp.from"};
    static constexpr SettingKey SmtpReplyTo{"smtp.reply_to"};
    static constexpr SettingKey SmtpBccSelf{"smtp.bcc_self", "false"};
    static constexpr SettingKey SmtpCaFile{"smtp.ca_file"};
    static constexpr SettingKey SmtpTimeout{"smtp.timeout"};
    static constexpr SettingKey RatingReliableOnTimeShare{"report.rating.reliable_on_time_share"};
    static constexpr SettingKey RatingAtRiskMedianDaysLate{"report.rating.at_risk_median_days_late"};
    static constexpr SettingKey RatingAtRiskOverdueDays{"report.rating.at_risk_overdue_days"};
    static constexpr SettingKey RatingAtRiskBrokenPromises{"report.rating.at_risk_broken_promises"};
    static constexpr SettingKey TrendSteadyDays{"report.trend.steady_days"};

    // The whole table, sorted by key.
    static const QList<SettingKey>& all();
    // The entry for `key`, or nullptr when Settle reads no such setting.
    static const SettingKey* find(const QString& key);
};

} // namespace settle
