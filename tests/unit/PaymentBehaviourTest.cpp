#include "errors/SettleError.h"
#include "reports/PaymentBehaviour.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace settle;

namespace {

const QDate asOf(2026, 3, 31);
const QString usd = QStringLiteral("USD");

// An invoice issued on `issued`, due 30 days later, paid `late` days after its due date.
PaidInvoice paid(const char* customer, int n, QDate issued, int late, int discountDays = -1)
{
    PaidInvoice p;
    p.customer = QString::fromLatin1(customer);
    p.number = QStringLiteral("INV-%1").arg(n, 4, 10, QLatin1Char('0'));
    p.currency = usd;
    p.issueDate = issued;
    p.effectiveDueDate = issued.addDays(30);
    p.paidOn = p.effectiveDueDate.addDays(late);
    if (discountDays >= 0)
        p.discountUntil = issued.addDays(discountDays);
    return p;
}

OpenInvoice open(const char* customer, const char* currency, QDate due, qint64 balance, bool disputed = false)
{
    return OpenInvoice{QString::fromLatin1(customer), QStringLiteral("OPEN-%1").arg(balance),
                       QString::fromLatin1(currency), due, balance, disputed};
}

PaymentBehaviour build(const QList<PaidInvoice>& paidInvoices, const QList<OpenInvoice>& openInvoices = {},
                       const RatingRules& rules = {}, const std::optional<QHash<QString, int>>& promises = {})
{
    return PaymentBehaviour::build(asOf, {}, paidInvoices, openInvoices, promises, rules);
}

} // namespace

TEST(PaymentBehaviour, FiguresByHandWithAnEvenCount)
{
    // Four invoices issued 2026-01-01, due 2026-01-31, paid 2 days early, 1, 2 and 10 days late.
    const QDate issued(2026, 1, 1);
    const auto report = build({paid("C001", 1, issued, -2), paid("C001", 2, issued, 1), paid("C001", 3, issued, 2),
                               paid("C001", 4, issued, 10)});
    ASSERT_EQ(report.rated().size(), 1);
    const auto c = report.rated().first();
    EXPECT_EQ(c.paidInvoices, 4);
    // days to pay: 28 31 32 40 -> median (31 + 32) / 2 = 31.5, average 131 / 4 = 32.75 -> 32.8
    EXPECT_EQ(c.medianDaysToPay->toString(), QStringLiteral("31.5"));
    EXPECT_EQ(c.averageDaysToPay(), QStringLiteral("32.8"));
    // days late: -2 1 2 10 -> median 1.5, average 11 / 4 = 2.75 -> 2.8
    EXPECT_EQ(c.medianDaysLate->toString(), QStringLiteral("1.5"));
    EXPECT_EQ(c.averageDaysLate(), QStringLiteral("2.8"));
    EXPECT_EQ(c.paidOnTime, 1);
    EXPECT_EQ(c.onTimeShare(), QStringLiteral("0.25"));
    EXPECT_EQ(c.rating, PaymentBehaviour::Rating::UsuallyLate);
    EXPECT_EQ(c.trend, PaymentBehaviour::Trend::TooFewInvoices);
    EXPECT_FALSE(c.recentMedianDaysLate.has_value());
}

TEST(PaymentBehaviour, EarlyPayersHaveNegativeDaysLateAndAreReliable)
{
    const QDate issued(2026, 1, 1);
    const auto report = build({paid("C002", 1, issued, -10), paid("C002", 2, issued, -3), paid("C002", 3, issued, 0)});
    const auto c = report.rated().first();
    EXPECT_EQ(c.medianDaysLate->toString(), QStringLiteral("-3"));
    EXPECT_EQ(c.averageDaysLate(), QStringLiteral("-4.3")); // -13 / 3 = -4.33…
    EXPECT_EQ(c.medianDaysToPay->toString(), QStringLiteral("27"));
    EXPECT_EQ(c.onTimeShare(), QStringLiteral("1.00")); // paid on the due date is on time
    EXPECT_EQ(c.rating, PaymentBehaviour::Rating::Reliable);
}

TEST(PaymentBehaviour, SevenOfTwelveOnTimeIsUsuallyLate)
{
    QList<PaidInvoice> invoices;
    const QDate issued(2025, 6, 1);
    for (int i = 0; i < 12; ++i)
        invoices << paid("C001", i + 1, issued.addDays(i * 14), i < 7 ? 0 : 3);
    const auto c = build(invoices).rated().first();
    EXPECT_EQ(c.onTimeShare(), QStringLiteral("0.58"));
    EXPECT_EQ(c.rating, PaymentBehaviour::Rating::UsuallyLate);
    EXPECT_EQ(c.ratingReason, QStringLiteral("7 of 12 paid invoices on time (reliable needs a share of 0.80)"));
}

TEST(PaymentBehaviour, ReliableThresholdIsComparedExactly)
{
    const QDate issued(2026, 1, 1);
    // 4 of 5 on time: exactly 0.80 -> reliable
    QList<PaidInvoice> five{paid("C001", 1, issued, 0), paid("C001", 2, issued, 0), paid("C001", 3, issued, 0),
                            paid("C001", 4, issued, 0), paid("C001", 5, issued, 4)};
    EXPECT_EQ(build(five).rated().first().rating, PaymentBehaviour::Rating::Reliable);
    // With the threshold at 0.81 the same customer is usually late.
    RatingRules strict;
    strict.reliableOnTimePercent = 81;
    EXPECT_EQ(build(five, {}, strict).rated().first().rating, PaymentBehaviour::Rating::UsuallyLate);
}

TEST(PaymentBehaviour, AtRiskFromMedianDaysLateOverdueDaysOrBrokenPromises)
{
    const QDate issued(2025, 10, 1);
    // Median late 30 days exactly: at risk from 30.
    const auto late = build({paid("C001", 1, issued, 29), paid("C001", 2, issued, 30), paid("C001", 3, issued, 31)});
    EXPECT_EQ(late.rated().first().rating, PaymentBehaviour::Rating::AtRisk);
    EXPECT_EQ(late.rated().first().ratingReason, QStringLiteral("pays a median 30 days late (at risk from 30)"));
    // 29.5 is below 30.
    const auto almost = build({paid("C001", 1, issued, 29), paid("C001", 2, issued, 30)});
    EXPECT_EQ(almost.rated().first().rating, PaymentBehaviour::Rating::UsuallyLate);

    // A punctual payer with an invoice 60 days past due at the report date.
    const QList<PaidInvoice> punctual{paid("C002", 1, issued, 0)};
    EXPECT_EQ(build(punctual, {open("C002", "USD", asOf.addDays(-60), 500)}).rated().first().rating,
              PaymentBehaviour::Rating::AtRisk);
    EXPECT_EQ(build(punctual, {open("C002", "USD", asOf.addDays(-59), 500)}).rated().first().rating,
              PaymentBehaviour::Rating::Reliable);

    // Two broken promises.
    const QHash<QString, int> promises{{QStringLiteral("C002"), 2}};
    const auto broken = build(punctual, {}, {}, promises).rated().first();
    EXPECT_EQ(broken.rating, PaymentBehaviour::Rating::AtRisk);
    EXPECT_EQ(*broken.brokenPromises, 2);
    EXPECT_EQ(build(punctual, {}, {}, QHash<QString, int>{{QStringLiteral("C002"), 1}}).rated().first().rating,
              PaymentBehaviour::Rating::Reliable);
    // Without a promise history the figure is absent, not zero.
    EXPECT_FALSE(build(punctual).rated().first().brokenPromises.has_value());
}

TEST(PaymentBehaviour, TrendFollowsACustomerWhoseBehaviourChanges)
{
    // Six invoices paid 20 days late, then five paid 2 days early: the last five against the rest.
    QList<PaidInvoice> invoices;
    QDate issued(2025, 1, 6);
    int n = 1;
    for (int i = 0; i < 6; ++i, issued = issued.addDays(21))
        invoices << paid("C001", n++, issued, 20);
    for (int i = 0; i < 5; ++i, issued = issued.addDays(21))
        invoices << paid("C001", n++, issued, -2);
    auto c = build(invoices).rated().first();
    EXPECT_EQ(c.earlierMedianDaysLate->toString(), QStringLiteral("20"));
    EXPECT_EQ(c.recentMedianDaysLate->toString(), QStringLiteral("-2"));
    EXPECT_EQ(c.trend, PaymentBehaviour::Trend::Improving);
    EXPECT_EQ(c.medianDaysLate->toString(), QStringLiteral("20")); // 11 values: 6 × 20, 5 × -2

    // The same invoices the other way round: worsening.
    for (int i = 0; i < invoices.size(); ++i)
        invoices[i].paidOn = invoices[i].effectiveDueDate.addDays(i < 6 ? -2 : 20);
    c = build(invoices).rated().first();
    EXPECT_EQ(c.trend, PaymentBehaviour::Trend::Worsening);

    // Recent 2 days later than before: within the 2 steady days.
    for (int i = 0; i < invoices.size(); ++i)
        invoices[i].paidOn = invoices[i].effectiveDueDate.addDays(i < 6 ? 1 : 3);
    EXPECT_EQ(build(invoices).rated().first().trend, PaymentBehaviour::Trend::Steady);
    RatingRules sensitive;
    sensitive.trendSteadyDays = 1;
    EXPECT_EQ(build(invoices, {}, sensitive).rated().first().trend, PaymentBehaviour::Trend::Worsening);
}

TEST(PaymentBehaviour, TrendOrdersByPaymentDateNotByList)
{
    // The recent five are the last paid, wherever they sit in the input.
    QList<PaidInvoice> invoices;
    for (int i = 0; i < 6; ++i)
        invoices << paid("C001", i + 1, QDate(2025, 1, 1).addDays(i), 10); // paid in February 2025
    for (int i = 0; i < 5; ++i)
        invoices.prepend(paid("C001", 20 + i, QDate(2025, 6, 1).addDays(i), 0)); // paid in July 2025
    const auto c = build(invoices).rated().first();
    EXPECT_EQ(c.recentMedianDaysLate->toString(), QStringLiteral("0"));
    EXPECT_EQ(c.earlierMedianDaysLate->toString(), QStringLiteral("10"));
    EXPECT_EQ(c.trend, PaymentBehaviour::Trend::Improving);
}

TEST(PaymentBehaviour, DiscountShareCountsOnlyInvoicesThatOfferedOne)
{
    const QDate issued(2026, 1, 1);
    // Terms 2/10: window to 2026-01-11. Paid at day 10 (inside), day 11 (outside: -19 late = day 11), day 40.
    PaidInvoice inside = paid("C001", 1, issued, -20, 10); // paid 2026-01-11 = last day of the window
    PaidInvoice outside = paid("C001", 2, issued, -19, 10); // paid 2026-01-12
    PaidInvoice none = paid("C001", 3, issued, -25);       // no discount offered: not in the denominator
    const auto c = build({inside, outside, none}).rated().first();
    EXPECT_EQ(c.discountInvoices, 2);
    EXPECT_EQ(c.paidWithinDiscount, 1);
    EXPECT_EQ(c.discountShare(), QStringLiteral("0.50"));

    const auto noDiscounts = build({none}).rated().first();
    EXPECT_EQ(noDiscounts.discountShare(), QString()); // not 0.00: there was nothing to take
}

TEST(PaymentBehaviour, ACustomerWithNoPaidInvoicesHasNoRatingSaidPlainly)
{
    const QDate issued(2026, 1, 1);
    const auto report = PaymentBehaviour::build(asOf, {QStringLiteral("C001"), QStringLiteral("C009")},
                                                {paid("C001", 1, issued, 0)},
                                                {open("C009", "USD", asOf.addDays(-5), 1999, true)}, std::nullopt, {});
    ASSERT_EQ(report.rated().size(), 1);
    ASSERT_EQ(report.unrated().size(), 1);
    const auto c = report.unrated().first();
    EXPECT_EQ(c.customer, QStringLiteral("C009"));
    EXPECT_EQ(c.rating, PaymentBehaviour::Rating::None);
    EXPECT_EQ(PaymentBehaviour::ratingName(c.rating), QStringLiteral("no rating"));
    EXPECT_EQ(c.ratingReason, QStringLiteral("no rating: no paid invoices on or before 2026-03-31"));
    EXPECT_FALSE(c.medianDaysLate.has_value());
    EXPECT_EQ(c.onTimeShare(), QString());
    EXPECT_EQ(c.overdue.value(usd), 1999);
    EXPECT_EQ(c.openDisputes, 1);
}

TEST(PaymentBehaviour, OverdueIsPerCurrencyAndOnlyPastTheDueDate)
{
    const auto c = build({paid("C001", 1, QDate(2026, 1, 1), 0)},
                         {open("C001", "USD", asOf.addDays(-1), 100), open("C001", "EUR", asOf.addDays(-31), 250),
                          open("C001", "USD", asOf.addDays(-10), 50, true), open("C001", "USD", asOf, 7000)})
                       .rated()
                       .first();
    EXPECT_EQ(c.overdue.size(), 2);
    EXPECT_EQ(c.overdue.value(usd), 150); // due today is not overdue
    EXPECT_EQ(c.overdue.value(QStringLiteral("EUR")), 250);
    EXPECT_EQ(c.oldestOverdueDays, 31);
    EXPECT_EQ(c.openDisputes, 1);
}

TEST(PaymentBehaviour, PaymentsAfterTheReportDateDoNotCount)
{
    const auto report = build({paid("C001", 1, QDate(2026, 3, 1), 0)}); // paid 2026-03-31 = asOf: counts
    EXPECT_EQ(report.rated().size(), 1);
    PaidInvoice later = paid("C001", 1, QDate(2026, 3, 2), 0); // paid 2026-04-01
    const auto none = PaymentBehaviour::build(asOf, {QStringLiteral("C001")}, {later}, {}, std::nullopt, {});
    EXPECT_TRUE(none.rated().isEmpty());
    EXPECT_EQ(none.unrated().size(), 1);
}

TEST(PaymentBehaviour, JsonHasTheIssueShape)
{
    const QDate issued(2026, 1, 1);
    const auto report = build({paid("C001", 1, issued, -2), paid("C001", 2, issued, 1), paid("C001", 3, issued, 2),
                               paid("C001", 4, issued, 10)});
    const QString json = report.toJson().dump(-1);
    EXPECT_TRUE(json.startsWith(QStringLiteral(
        "{\"as_of\":\"2026-03-31\",\"customers\":[{\"customer\":\"C001\",\"paid_invoices\":4,"
        "\"median_days_to_pay\":31.5,\"median_days_late\":1.5,\"on_time_share\":\"0.25\","
        "\"rating\":\"usually late\"")))
        << json.toStdString();
}

TEST(RatingRules, SettingsOverrideTheDefaults)
{
    const QHash<QString, QString> settings{{RatingRules::reliableOnTimeShareKey, QStringLiteral("0.9")},
                                           {RatingRules::atRiskMedianDaysLateKey, QStringLiteral("21")},
                                           {RatingRules::atRiskOverdueDaysKey, QStringLiteral(" 45 ")},
                                           {RatingRules::atRiskBrokenPromisesKey, QStringLiteral("3")},
                                           {RatingRules::trendSteadyDaysKey, QStringLiteral("0")}};
    const auto rules = RatingRules::fromSettings(
        [&](const QString& key, const QString& fallback) { return settings.value(key, fallback); });
    EXPECT_EQ(rules.reliableOnTimePercent, 90);
    EXPECT_EQ(rules.atRiskMedianDaysLate, 21);
    EXPECT_EQ(rules.atRiskOverdueDays, 45);
    EXPECT_EQ(rules.atRiskBrokenPromises, 3);
    EXPECT_EQ(rules.trendSteadyDays, 0);

    const auto defaults = RatingRules::fromSettings([](const QString&, const QString& fallback) { return fallback; });
    EXPECT_EQ(defaults.reliableOnTimePercent, 80);
    EXPECT_EQ(defaults.atRiskMedianDaysLate, 30);
    EXPECT_EQ(defaults.atRiskOverdueDays, 60);
    EXPECT_EQ(defaults.atRiskBrokenPromises, 2);
    EXPECT_EQ(defaults.trendSteadyDays, 2);
}

TEST(RatingRules, ABadSettingIsAnErrorNamingIt)
{
    auto expectRefused = [](const QString& key, const QString& value) {
        try {
            RatingRules::fromSettings([&](const QString& k, const QString& fallback) { return k == key ? value : fallback; });
            ADD_FAILURE() << key.toStdString() << " = " << value.toStdString() << " was accepted";
        } catch (const SettleError& e) {
            EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
            EXPECT_TRUE(e.message().contains(key)) << e.message().toStdString();
            EXPECT_TRUE(e.message().contains(value)) << e.message().toStdString();
        }
    };
    expectRefused(RatingRules::reliableOnTimeShareKey, QStringLiteral("80%"));
    expectRefused(RatingRules::reliableOnTimeShareKey, QStringLiteral("1.5"));
    expectRefused(RatingRules::reliableOnTimeShareKey, QStringLiteral("0.805"));
    expectRefused(RatingRules::atRiskMedianDaysLateKey, QStringLiteral("thirty"));
    expectRefused(RatingRules::atRiskOverdueDaysKey, QStringLiteral("0"));
    expectRefused(RatingRules::atRiskBrokenPromisesKey, QStringLiteral("1.5"));
    expectRefused(RatingRules::trendSteadyDaysKey, QStringLiteral("-1"));
}
