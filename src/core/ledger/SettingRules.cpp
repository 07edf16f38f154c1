#include "ledger/SettingRules.h"

#include "domain/Bic.h"
#include "domain/Iban.h"
#include "domain/InputLimits.h"
#include "domain/VatId.h"
#include "errors/SettleError.h"
#include "ledger/SettingKeys.h"
#include "mail/SmtpSettings.h"
#include "money/Currency.h"
#include "reports/RatingRules.h"
#include "templates/TemplateKeys.h"

#include <algorithm>

namespace settle {

namespace {

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString wholeNumberProblem(const QString& value, int minimum, int maximum)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return QStringLiteral("\"%1\" is not a whole number from %2 to %3").arg(value).arg(minimum).arg(maximum);
    return {};
}

QString booleanProblem(const QString& value)
{
    static const QStringList words{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1"),
                                   QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0")};
    if (!words.contains(value.toLower()))
        return QStringLiteral("\"%1\" is not true or false").arg(value);
    return {};
}

} // namespace

QStringList SettingRules::knownKeys()
{
    QStringList keys;
    for (const SettingKey& entry : SettingKeys::all())
        keys << entry.key();
    return keys;
}

bool SettingRules::isKnown(const QString& key)
{
    return SettingKeys::find(key) != nullptr;
}

bool SettingRules::isMultiLine(const QString& key)
{
    const SettingKey* entry = SettingKeys::find(key);
    return entry && entry->multiLine;
}

QString SettingRules::valueProblem(const QString& key, const QString& value)
{
    if (const QString problem = InputLimits::textProblem(
            isMultiLine(key) ? InputLimits::Field::SettingText : InputLimits::Field::SettingLine, value);
        !problem.isEmpty())
        return problem;
    const QString v = value.trimmed();
    auto is = [&key](const SettingKey& entry) { return key == QLatin1String(entry.name); };
    if (is(SettingKeys::CompanyName) && v.isEmpty())
        return QStringLiteral("the company needs a name");
    if (is(SettingKeys::CompanyCurrency) && v.isEmpty())
        return QStringLiteral("the ledger needs a currency");
    if (v.isEmpty())
        return {};
    if (key.startsWith(QStringLiteral("smtp.")))
        return SmtpSettings::valueProblem(key, v);
    if (is(SettingKeys::CompanyCurrency) && !Currency::fromCode(v.toUpper()))
        return QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(v);
    if (is(SettingKeys::CompanyPaperSize) && v.compare(QStringLiteral("A4"), Qt::CaseInsensitive) != 0 &&
        v.compare(QStringLiteral("Letter"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("\"%1\" is not A4 or Letter").arg(v);
    if (is(SettingKeys::CompanyLanguage))
        return TemplateKeys::customerLanguageError(v); // new customers' language: one with templates
    if (is(SettingKeys::InvoicePrefix) && (v.size() > 20 || v.contains(u' ')))
        return QStringLiteral("\"%1\" is not a prefix of at most 20 characters without spaces").arg(v);
    if (is(SettingKeys::FollowupsIntervalMinutes))
        return wholeNumberProblem(v, 1, 24 * 60);
    if (is(SettingKeys::BackupKeep))
        return wholeNumberProblem(v, 0, 10000);
    if (is(SettingKeys::FollowupsAutoSend) || is(SettingKeys::FollowupsAttachInvoices) ||
        is(SettingKeys::PaymentsThankYou))
        return booleanProblem(v);
    // A wrong IBAN would print a payment code that sends the customer's money nowhere.
    if (is(SettingKeys::CompanyIban))
        return Iban::problem(v);
    if (is(SettingKeys::CompanyBic))
        return Bic::problem(v);
    if (is(SettingKeys::CompanyVatId))
        return VatId::problem(v);
    if (key.startsWith(QStringLiteral("report."))) {
        // The report's own reading, on this value alone.
        try {
            RatingRules::fromSettings([&](const QString& k, const QString& fallback) { return k == key ? v : fallback; });
        } catch (const SettleError& e) {
            // The report names the setting itself; the caller adds the name once.
            const QString prefix = QStringLiteral("setting %1: ").arg(key);
            return e.message().startsWith(prefix) ? e.message().mid(prefix.size()) : e.message();
        }
    }
    return {};
}

QString SettingRules::normalised(const QString& key, const QString& value)
{
    if (key == QLatin1String(SettingKeys::CompanyIban.name))
        return Iban::normalised(value);
    if (key == QLatin1String(SettingKeys::CompanyBic.name))
        return Bic::normalised(value);
    if (key == QLatin1String(SettingKeys::CompanyVatId.name))
        return value.trimmed();
    return value;
}

QString SettingRules::nearestKey(const QString& key)
{
    QString best;
    int bestDistance = 4; // further than three edits is a different word, not a typo
    for (const QString& known : knownKeys()) {
        const int distance = editDistance(key.toLower(), known);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = known;
        }
    }
    return best;
}

} // namespace settle
