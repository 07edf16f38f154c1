// settle-cli report customers|forecast|dso: the JSON shapes docs/CLI.md promises, the CSV header, and usage.
#include "CliRunner.h"
#include "TempLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::CliResult;
using settle::test::CliRunner;
using settle::test::TempLedger;

namespace {

QJsonObject parse(const CliResult& result)
{
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
    return doc.object();
}

QStringList keys(const QJsonObject& object)
{
    return object.keys();
}

// C001 paid four invoices due 2026-01-31: 2 days early, 1, 2 and 10 days late; one more is open,
// due 2026-04-10. C009 has an invoice but has paid none.
class ReportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_ledger.addCustomer(QStringLiteral("C001"));
        m_ledger.addCustomer(QStringLiteral("C009"));
        for (int late : {-2, 1, 2, 10}) {
            const QString number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 1), 10000);
            m_ledger->recordPayment(QStringLiteral("C001"), Money(10000, Currency::require(QStringLiteral("USD"))),
                                    QDate(2026, 1, 31).addDays(late), PaymentMethod::BankTransfer, {}, number);
        }
        m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 11), 12345); // due 04-10, predicted 04-12
        m_ledger.addInvoice(QStringLiteral("C009"), QDate(2026, 1, 15), 5000);  // due 02-14, predicted 02-16
        m_ledger.close();
    }

    CliRunner cli() const { return CliRunner(m_ledger.path()); }

    TempLedger m_ledger;
};

} // namespace

TEST_F(ReportCli, CustomersJsonHasTheIssueShape)
{
    const auto json = parse(cli().run({"report", "customers", "--as-of", "2026-03-31", "--json"}));
    EXPECT_EQ(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-31"));
    const auto customers = json.value(QStringLiteral("customers")).toArray();
    ASSERT_EQ(customers.size(), 1); // only customers with a paid invoice
    const auto c = customers[0].toObject();
    EXPECT_EQ(c.value(QStringLiteral("customer")).toString(), QStringLiteral("C001"));
    EXPECT_TRUE(c.value(QStringLiteral("paid_invoices")).isDouble());
    EXPECT_EQ(c.value(QStringLiteral("paid_invoices")).toInt(), 4);
    EXPECT_TRUE(c.value(QStringLiteral("median_days_to_pay")).isDouble());
    EXPECT_EQ(c.value(QStringLiteral("median_days_to_pay")).toDouble(), 31.5);
    EXPECT_EQ(c.value(QStringLiteral("median_days_late")).toDouble(), 1.5);
    EXPECT_TRUE(c.value(QStringLiteral("on_time_share")).isString());
    EXPECT_EQ(c.value(QStringLiteral("on_time_share")).toString(), QStringLiteral("0.25"));
    EXPECT_EQ(c.value(QStringLiteral("rating")).toString(), QStringLiteral("usually late"));
    EXPECT_EQ(c.value(QStringLiteral("trend")).toString(), QStringLiteral("too few invoices"));
    EXPECT_TRUE(c.value(QStringLiteral("broken_promises")).isDouble());
    EXPECT_EQ(c.value(QStringLiteral("broken_promises")).toInt(), 0);
    EXPECT_EQ(c.value(QStringLiteral("open_disputes")).toInt(), 0);
    EXPECT_TRUE(c.value(QStringLiteral("overdue")).toArray().isEmpty());

    const auto unrated = json.value(QStringLiteral("unrated")).toArray();
    ASSERT_EQ(unrated.size(), 1);
    const auto u = unrated[0].toObject();
    EXPECT_EQ(u.value(QStringLiteral("customer")).toString(), QStringLiteral("C009"));
    EXPECT_TRUE(u.value(QStringLiteral("rating")).isNull());
    EXPECT_EQ(u.value(QStringLiteral("rating_reason")).toString(),
              QStringLiteral("no rating: no paid invoices on or before 2026-03-31"));
    const auto overdue = u.value(QStringLiteral("overdue")).toArray();
    ASSERT_EQ(overdue.size(), 1);
    EXPECT_EQ(overdue[0].toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    EXPECT_EQ(overdue[0].toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("50.00"));
}

TEST_F(ReportCli, ForecastJsonHasTwelveWeeksPerCurrency)
{
    const auto json = parse(cli().run({"report", "forecast", "--as-of", "2026-03-31", "--json"}));
    EXPECT_EQ(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-31"));
    const auto currencies = json.value(QStringLiteral("currencies")).toArray();
    ASSERT_EQ(currencies.size(), 1);
    const auto usd = currencies[0].toObject();
    EXPECT_EQ(usd.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    // C009's invoice: due 02-14, ledger median 1.5 -> 2 days: predicted 02-16, already passed.
    EXPECT_EQ(usd.value(QStringLiteral("past_prediction")).toString(), QStringLiteral("50.00"));
    const auto weeks = usd.value(QStringLiteral("weeks")).toArray();
    ASSERT_EQ(weeks.size(), 12);
    QDate start(2026, 3, 31);
    for (const auto& value : weeks) {
        const auto week = value.toObject();
        EXPECT_EQ(keys(week), (QStringList{"end", "expected", "start"}));
        EXPECT_EQ(week.value(QStringLiteral("start")).toString(), start.toString(Qt::ISODate));
        EXPECT_EQ(week.value(QStringLiteral("end")).toString(), start.addDays(6).toString(Qt::ISODate));
        // C001's open invoice: due 04-10, its own median 1.5 -> 2: 04-12, in week 2 (04-07 .. 04-13).
        const bool second = start == QDate(2026, 4, 7);
        EXPECT_EQ(week.value(QStringLiteral("expected")).toString(), second ? QStringLiteral("123.45") : QStringLiteral("0.00"));
        start = start.addDays(7);
    }
}

TEST_F(ReportCli, DsoJsonAndCsv)
{
    const auto json = parse(cli().run({"report", "dso", "--as-of", "2026-03-31", "--json"}));
    const auto usd = json.value(QStringLiteral("currencies")).toArray()[0].toObject();
    const auto period = usd.value(QStringLiteral("period")).toObject();
    // 2026-01-01 .. 03-31: owed 123.45 + 50.00, sold 4 × 100.00 + 123.45 + 50.00 = 573.45: 173.45 / 573.45 × 90 = 27.2
    EXPECT_EQ(period.value(QStringLiteral("start")).toString(), QStringLiteral("2026-01-01"));
    EXPECT_EQ(period.value(QStringLiteral("days")).toInt(), 90);
    EXPECT_EQ(period.value(QStringLiteral("receivables")).toString(), QStringLiteral("173.45"));
    EXPECT_EQ(period.value(QStringLiteral("credit_sales")).toString(), QStringLiteral("573.45"));
    EXPECT_EQ(period.value(QStringLiteral("dso")).toDouble(), 27.2);
    const auto months = usd.value(QStringLiteral("months")).toArray();
    ASSERT_EQ(months.size(), 12);
    EXPECT_EQ(months[0].toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2025-04"));
    EXPECT_TRUE(months[0].toObject().value(QStringLiteral("dso")).isNull());
    EXPECT_EQ(months[11].toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2026-03"));

    const auto csv = cli().run({"report", "dso", "--as-of", "2026-03-31", "--csv", "--from", "2026-03-01"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.value(0), QStringLiteral("currency,period,start,end,days,receivables,credit_sales,dso"));
    // March: 173.45 / 123.45 × 31 = 43.56 -> 43.6
    EXPECT_EQ(lines.value(1), QStringLiteral("USD,period,2026-03-01,2026-03-31,31,173.45,123.45,43.6"));
    EXPECT_EQ(lines.size(), 14);
}

TEST_F(ReportCli, CustomersAndForecastCsvHeaders)
{
    const auto customers = cli().run({"report", "customers", "--as-of", "2026-03-31", "--csv"});
    ASSERT_EQ(customers.exitCode, 0);
    const QStringList rows = customers.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0], QStringLiteral("customer,paid_invoices,median_days_to_pay,median_days_late,on_time_share,rating,"
                                      "average_days_to_pay,average_days_late,discount_share,trend,broken_promises,"
                                      "open_disputes,overdue,oldest_overdue_days"));
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("C001,4,31.5,1.5,0.25,usually late,"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[2].startsWith(QStringLiteral("C009,0,,,,no rating,"))) << rows[2].toStdString();

    const auto forecast = cli().run({"report", "forecast", "--as-of", "2026-03-31", "--csv"});
    ASSERT_EQ(forecast.exitCode, 0);
    const QStringList lines = forecast.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.value(0), QStringLiteral("currency,period,start,end,expected"));
    EXPECT_EQ(lines.value(1), QStringLiteral("USD,past_prediction,,2026-03-30,50.00"));
    EXPECT_EQ(lines.value(3), QStringLiteral("USD,week 2,2026-04-07,2026-04-13,123.45"));
    EXPECT_EQ(lines.size(), 15);
}

TEST_F(ReportCli, WrongUsageAndBadSettingsAreRefused)
{
    auto expectExit = [&](const QStringList& args, int code, const QString& words) {
        const auto r = cli().run(args);
        EXPECT_EQ(r.exitCode, code) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(words)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    };
    expectExit({"report"}, 2, QStringLiteral("missing argument"));
    expectExit({"report", "sales"}, 2, QStringLiteral("\"sales\" is not customers, forecast or dso"));
    expectExit({"report", "customers", "--as-of", "2026-02-30"}, 2, QStringLiteral("is not a date"));
    expectExit({"report", "forecast", "--from", "2026-01-01"}, 2, QStringLiteral("--from is for report dso only"));
    expectExit({"report", "dso", "--as-of", "2026-03-31", "--from", "2026-04-01"}, 2,
               QStringLiteral("--from 2026-04-01 is after --as-of 2026-03-31"));
    expectExit({"report", "dso", "--json", "--csv"}, 2, QStringLiteral("exclude each other"));
    // A bad threshold is refused when it is set, with the words the report would use.
    const auto set = cli().run({"settings", "set", "report.rating.reliable_on_time_share", "80%"});
    EXPECT_EQ(set.exitCode, 3);
    EXPECT_TRUE(set.err.contains(QStringLiteral("setting report.rating.reliable_on_time_share: \"80%\" is not a share")))
        << set.err.toStdString();
    EXPECT_EQ(cli().run({"report", "customers", "--as-of", "2026-03-31"}).exitCode, 0);
}

TEST_F(ReportCli, TextReportsSayPlainlyWhoHasNoRating)
{
    const auto r = cli().run({"report", "customers", "--as-of", "2026-03-31"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("C009: no rating: no paid invoices on or before 2026-03-31")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("C001: usually late — 1 of 4 paid invoices on time")))
        << r.out.toStdString();
}
