#include "TempLedger.h"

#include "errors/SettleError.h"
#include "mail/SmtpSettings.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::TempLedger;

namespace {

QString problem(Ledger& ledger)
{
    try {
        SmtpSettings::fromLedger(ledger);
        return {};
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
        return e.message();
    }
}

} // namespace

TEST(SmtpSettings, DefaultsFollowTheSecurityAndTheSenderGetsTheCompanyName)
{
    TempLedger ledger;
    ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("smtp.example.com"));
    ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("billing@example.com"));
    SmtpSettings s = SmtpSettings::fromLedger(*ledger);
    EXPECT_EQ(s.security, SmtpSettings::Security::StartTls);
    EXPECT_EQ(s.port, 587);
    EXPECT_EQ(s.from, QStringLiteral("\"Test Company\" <billing@example.com>"));
    EXPECT_EQ(s.url(), QStringLiteral("smtp://smtp.example.com:587"));
    EXPECT_FALSE(s.bccSelf);
    EXPECT_TRUE(s.user.isEmpty());

    ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("ssl"));
    ledger->setSetting(QStringLiteral("smtp.bcc_self"), QStringLiteral("true"));
    ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("Accounts <ar@example.com>"));
    s = SmtpSettings::fromLedger(*ledger);
    EXPECT_EQ(s.port, 465);
    EXPECT_EQ(s.url(), QStringLiteral("smtps://smtp.example.com:465"));
    EXPECT_TRUE(s.bccSelf);
    EXPECT_EQ(s.from, QStringLiteral("\"Accounts\" <ar@example.com>"));
    ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("none"));
    EXPECT_EQ(SmtpSettings::fromLedger(*ledger).port, 25);
    ledger->setSetting(QStringLiteral("smtp.port"), QStringLiteral("2525"));
    EXPECT_EQ(SmtpSettings::fromLedger(*ledger).port, 2525);
}

TEST(SmtpSettings, EachWrongOrMissingSettingIsNamed)
{
    TempLedger ledger;
    EXPECT_TRUE(problem(*ledger).startsWith(QStringLiteral("setting smtp.host: no SMTP server is set")));
    ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("smtp.example.com"));
    EXPECT_TRUE(problem(*ledger).startsWith(QStringLiteral("setting smtp.from: no sender address is set")));
    // A wrong value is refused when it is set, with the words sending would use, and nothing is stored.
    auto refusal = [&](const QString& key, const QString& value) {
        try {
            ledger->setSetting(key, value);
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
            return e.message();
        }
        return QString();
    };
    EXPECT_EQ(refusal(QStringLiteral("smtp.from"), QStringLiteral("billing at example.com")),
              QStringLiteral("setting smtp.from: \"billing at example.com\" is not an email address"));
    EXPECT_TRUE(problem(*ledger).startsWith(QStringLiteral("setting smtp.from: no sender address is set")));
    ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("billing@example.com"));
    EXPECT_EQ(problem(*ledger), QString());

    const std::pair<const char*, const char*> wrong[] = {
        {"smtp.security", "tls13"},        {"smtp.port", "smtp"},  {"smtp.port", "70000"},
        {"smtp.bcc_self", "maybe"},        {"smtp.timeout", "-5"}, {"smtp.reply_to", "ar(at)example.com"},
        {"smtp.host", "smtp://x.example"},
    };
    for (const auto& [key, value] : wrong) {
        const QString before = ledger->setting(QLatin1String(key));
        EXPECT_TRUE(refusal(QLatin1String(key), QLatin1String(value))
                        .startsWith(QStringLiteral("setting %1: ").arg(QLatin1String(key))))
            << key << "=" << value;
        EXPECT_EQ(ledger->setting(QLatin1String(key)), before) << key;
    }
    EXPECT_EQ(problem(*ledger), QString());
}
