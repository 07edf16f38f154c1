#include "followup/FollowupProblem.h"
#include "reports/Dashboard.h"
#include "templates/MissingValues.h"
#include "templates/TemplateEngine.h"
#include "templates/TemplatePlaceholders.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

Template reminder(const QString& text)
{
    Template t;
    t.key = QStringLiteral("reminder");
    t.language = QStringLiteral("en");
    t.subject = QStringLiteral("Reminder");
    t.bodyText = text;
    return t;
}

FollowupProblem problemOf(const Template& t, const TemplateContext& c)
{
    try {
        TemplateEngine::render(t, c);
    } catch (const std::exception& error) {
        return FollowupProblem::from(error);
    }
    return {};
}

} // namespace

TEST(FollowupProblem, AnUnsetPaymentDetailsSettingIsNamedAsTheSettingToFillIn)
{
    TemplateContext c = TemplatePlaceholders::sampleContext(TemplateKeys::Kind::Followup, 0);
    c.set(QStringLiteral("company.payment_details"), TemplateValue::text(QStringLiteral(" ")));
    c.set(QStringLiteral("company.address"), TemplateValue::text(QString()));
    const auto problem = problemOf(
        reminder(QStringLiteral("Write to {{company.address}}.\nPay to {{company.payment_details}}.")), c);
    ASSERT_EQ(problem.kind(), FollowupProblem::Kind::MissingSettings) << problem.message().toStdString();
    EXPECT_EQ(problem.settings(),
              (QStringList{QStringLiteral("company.payment_details"), QStringLiteral("company.address")}));
    // The core's own words stay for the log and the command line.
    EXPECT_TRUE(problem.message().contains(QStringLiteral("{{company.address}} has no value")))
        << problem.message().toStdString();
}

TEST(FollowupProblem, AValueFromElsewhereOrAnyOtherErrorIsNoSettingToFillIn)
{
    TemplateContext c = TemplatePlaceholders::sampleContext(TemplateKeys::Kind::Followup, 0);
    c.set(QStringLiteral("customer.name"), TemplateValue::text(QString()));
    const auto problem = problemOf(reminder(QStringLiteral("Dear {{customer.name}}")), c);
    EXPECT_EQ(problem.kind(), FollowupProblem::Kind::Other);
    EXPECT_TRUE(problem.settings().isEmpty());

    const auto broken = problemOf(reminder(QStringLiteral("Dear {{customer.nmae}}")), c);
    EXPECT_EQ(broken.kind(), FollowupProblem::Kind::Other);
    EXPECT_TRUE(broken.message().contains(QStringLiteral("unknown placeholder"))) << broken.message().toStdString();
    EXPECT_EQ(FollowupProblem::from(std::runtime_error("disk full")).message(), QStringLiteral("disk full"));
}

TEST(TemplateEngine, AnEditedTextBecomesAnHtmlPartThatSaysTheSame)
{
    const QString html =
        TemplateEngine::htmlFromText(QStringLiteral("Dear Anna,\r\n\r\nyou pay <b>1,200.00</b> & more\nby Friday.\n"));
    EXPECT_TRUE(html.contains(QStringLiteral("<p>Dear Anna,</p>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<p>you pay &lt;b&gt;1,200.00&lt;/b&gt; &amp; more<br>\nby Friday.</p>")))
        << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
}

TEST(Dashboard, MostOverdueIsListedPerCurrencyEachWithItsOwnLeaders)
{
    const QDate asOf(2026, 3, 31);
    QList<AgingReport::Item> items;
    for (int k = 0; k < Dashboard::MostOverdueCount + 2; ++k)
        items << AgingReport::Item{QStringLiteral("U%1").arg(k), QStringLiteral("USD"), asOf.addDays(-10),
                                   100000 + k};
    items << AgingReport::Item{QStringLiteral("E1"), QStringLiteral("EUR"), asOf.addDays(-10), 50};
    const Dashboard dashboard = Dashboard::fromAging(AgingReport::build(asOf, items), {});
    EXPECT_EQ(dashboard.mostOverdue(QStringLiteral("USD")).size(), Dashboard::MostOverdueCount);
    ASSERT_EQ(dashboard.mostOverdue(QStringLiteral("EUR")).size(), 1) << "a small currency is not crowded out";
    EXPECT_EQ(dashboard.mostOverdue(QStringLiteral("EUR"))[0].code, QStringLiteral("E1"));
    for (const auto& customer : dashboard.mostOverdue(QStringLiteral("USD")))
        EXPECT_EQ(customer.currency, QStringLiteral("USD"));
}
