#include "CliRunner.h"
#include "TempLedger.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

namespace {

QString withoutSpaces(QString text)
{
    text.remove(u' ');
    text.remove(u'\n');
    return text;
}

QJsonObject parse(const QString& text)
{
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    return document.object();
}

// A customer C001 and its invoice INV-0001 of 1200.00 dated 2026-01-31, on Net 30.
struct CliLedger
{
    TempLedger ledger{QDate(2026, 3, 31)};
    CliRunner cli{ledger.path()};

    CliLedger()
    {
        ledger.addCustomer(QStringLiteral("C001"));
        ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 31), 120000);
        ledger.close(); // the CLI is the only writer from here on
    }
};

} // namespace

// The run's JSON is exactly the documented form: keys in that order, amounts as decimal strings,
// issued sorted by issue date then schedule.
TEST(RecurringCli, RunJsonHasExactlyTheDocumentedShape)
{
    CliLedger t;
    auto r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("add"), QStringLiteral("--from-invoice"),
                        QStringLiteral("INV-0001"), QStringLiteral("--every"), QStringLiteral("month")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("1\n"));
    r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("run"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-03-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString expected = QStringLiteral(
        R"({"as_of": "2026-03-31", "issued": [)"
        R"({"schedule": 1, "number": "INV-0002", "customer": "C001", "issue_date": "2026-02-28", "total": "1200.00"}, )"
        R"({"schedule": 1, "number": "INV-0003", "customer": "C001", "issue_date": "2026-03-31", "total": "1200.00"}]})");
    EXPECT_EQ(parse(r.out), parse(expected));
    EXPECT_EQ(r.out, expected + u'\n');

    r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("run"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-03-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("{\"as_of\": \"2026-03-31\", \"issued\": []}\n"));

    r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject schedule = parse(r.out).value(QStringLiteral("schedules")).toArray().at(0).toObject();
    EXPECT_EQ(schedule.value(QStringLiteral("id")).toInt(), 1);
    EXPECT_EQ(schedule.value(QStringLiteral("from_invoice")).toString(), QStringLiteral("INV-0001"));
    EXPECT_EQ(schedule.value(QStringLiteral("every")).toString(), QStringLiteral("month"));
    EXPECT_EQ(schedule.value(QStringLiteral("start")).toString(), QStringLiteral("2026-02-28"));
    EXPECT_EQ(schedule.value(QStringLiteral("anchor_day")).toInt(), 31);
    EXPECT_TRUE(schedule.value(QStringLiteral("until")).isNull());
    EXPECT_EQ(schedule.value(QStringLiteral("issued")).toInt(), 2);
    EXPECT_EQ(schedule.value(QStringLiteral("last_issued")).toString(), QStringLiteral("2026-03-31"));
    EXPECT_EQ(schedule.value(QStringLiteral("next_date")).toString(), QStringLiteral("2026-04-30"));
    EXPECT_TRUE(schedule.value(QStringLiteral("stopped_on")).isNull());
}

// Wrong usage exits 2, bad data 3; either way the ledger keeps no schedule.
TEST(RecurringCli, BadInputIsRefusedAndChangesNothing)
{
    CliLedger t;
    const QString recurring = QStringLiteral("recurring");
    const QString add = QStringLiteral("add");
    const QString from = QStringLiteral("--from-invoice");
    const QString every = QStringLiteral("--every");
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString words;
    };
    const QList<Case> cases{
        {{recurring, add, from, QStringLiteral("INV-0001"), every, QStringLiteral("week")}, 2,
         QStringLiteral("\"week\" is not month, quarter or year")},
        {{recurring, add, from, QStringLiteral("INV-0001")}, 2, QStringLiteral("--every")},
        {{recurring, add, every, QStringLiteral("month")}, 2, QStringLiteral("--from-invoice")},
        {{recurring, add, from, QStringLiteral("INV-0001"), every, QStringLiteral("month"), QStringLiteral("--start"),
          QStringLiteral("2026-05-01"), QStringLiteral("--until"), QStringLiteral("2026-04-30")},
         2, QStringLiteral("--until 2026-04-30 lies before --start 2026-05-01")},
        {{recurring, add, from, QStringLiteral("INV-0001"), every, QStringLiteral("month"), QStringLiteral("--start"),
          QStringLiteral("2026-02-30")},
         2, QStringLiteral("is not a date")},
        {{recurring, add, from, QStringLiteral("INV-0001"), every, QStringLiteral("month"), QStringLiteral("--until"),
          QStringLiteral("2026-02-01")},
         3, QStringLiteral("the end 2026-02-01 lies before the start 2026-02-28")},
        {{recurring, add, from, QStringLiteral("INV-0009"), every, QStringLiteral("month")}, 3,
         QStringLiteral("no invoice has the number \"INV-0009\"")},
        {{recurring, QStringLiteral("stop"), QStringLiteral("abc")}, 2, QStringLiteral("is not a schedule ID")},
        {{recurring, QStringLiteral("stop"), QStringLiteral("4")}, 3,
         QStringLiteral("there is no repeating invoice schedule 4")},
        {{recurring, QStringLiteral("run"), QStringLiteral("--send")}, 2, QStringLiteral("takes no --send")},
        {{recurring, QStringLiteral("fly")}, 2, QStringLiteral("expected add, list, stop ID or run")},
    };
    for (const Case& c : cases) {
        const auto r = t.cli.run(c.arguments);
        EXPECT_EQ(r.exitCode, c.exitCode) << c.arguments.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.words)) << c.arguments.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("SQL"))) << r.err.toStdString();
    }
    // A void invoice.
    auto r = t.cli.run({QStringLiteral("invoice"), QStringLiteral("void"), QStringLiteral("INV-0001")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = t.cli.run({recurring, add, from, QStringLiteral("INV-0001"), every, QStringLiteral("year")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("invoice INV-0001 is void"))) << r.err.toStdString();

    r = t.cli.run({recurring, QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(withoutSpaces(r.out), QStringLiteral(R"({"schedules":[]})"));
    r = t.cli.run({recurring, QStringLiteral("list")});
    EXPECT_EQ(r.out, QStringLiteral("No repeating invoices.\n"));
}

TEST(RecurringCli, StopAndListInText)
{
    CliLedger t;
    auto r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("add"), QStringLiteral("--from-invoice"),
                        QStringLiteral("INV-0001"), QStringLiteral("--every"), QStringLiteral("quarter"),
                        QStringLiteral("--until"), QStringLiteral("2026-12-31"), QStringLiteral("--send")});
    EXPECT_EQ(r.exitCode, 3) << "C001 has no email address";
    EXPECT_TRUE(r.err.contains(QStringLiteral("has no email address"))) << r.err.toStdString();
    r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("add"), QStringLiteral("--from-invoice"),
                   QStringLiteral("INV-0001"), QStringLiteral("--every"), QStringLiteral("quarter"),
                   QStringLiteral("--until"), QStringLiteral("2026-12-31")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("1\n"));
    r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("INV-0001"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("quarter"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-04-30"))) << r.out.toStdString(); // the start and next date
    r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("stop"), QStringLiteral("1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Schedule 1 stopped; it issues no more invoices.\n"));
    r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("stop"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already stopped"))) << r.err.toStdString();
    r = t.cli.run({QStringLiteral("recurring"), QStringLiteral("run"), QStringLiteral("--as-of"),
                   QStringLiteral("2027-01-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Issued 0 invoices as of 2027-01-01.\n"));
}

// Two settle-cli processes run the same schedule at the same moment: fifteen monthly dates are each
// issued once, by one of them, with the numbers INV-0002..INV-0016 and no error from either.
TEST(RecurringCli, TwoProcessesAtOnceIssueEachDateOnce)
{
    TempLedger ledger(QDate(2026, 5, 11));
    ledger.addCustomer(QStringLiteral("C001"));
    ledger.addInvoice(QStringLiteral("C001"), QDate(2025, 1, 31), 120000);
    ledger.close();
    CliRunner cli(ledger.path());
    auto r = cli.run({QStringLiteral("recurring"), QStringLiteral("add"), QStringLiteral("--from-invoice"),
                      QStringLiteral("INV-0001"), QStringLiteral("--every"), QStringLiteral("month")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SETTLE_DB"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/settle-test-xdg"));
    env.insert(QStringLiteral("SETTLE_LOG"), QStringLiteral("off"));
    QProcess first, second;
    for (QProcess* p : {&first, &second}) {
        p->setProcessEnvironment(env);
        p->start(CliRunner::binary(), {QStringLiteral("--db"), ledger.path(), QStringLiteral("recurring"),
                                       QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-05-11"),
                                       QStringLiteral("--json")});
    }
    QMap<QString, QString> dateByNumber;
    for (QProcess* p : {&first, &second}) {
        ASSERT_TRUE(p->waitForFinished(120000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        EXPECT_EQ(p->exitCode(), 0) << err.toStdString();
        // The one waiting for the other's write may say it waits; nothing else, and no database words.
        for (const QString& line : err.split(u'\n', Qt::SkipEmptyParts))
            EXPECT_TRUE(line.contains(QStringLiteral("waiting"))) << err.toStdString();
        for (const auto& value : parse(QString::fromUtf8(p->readAllStandardOutput()))
                                     .value(QStringLiteral("issued"))
                                     .toArray()) {
            const QJsonObject issued = value.toObject();
            const QString number = issued.value(QStringLiteral("number")).toString();
            EXPECT_FALSE(dateByNumber.contains(number)) << number.toStdString() << " issued twice";
            dateByNumber.insert(number, issued.value(QStringLiteral("issue_date")).toString());
        }
    }
    ASSERT_EQ(dateByNumber.size(), 15);
    QDate expected(2025, 2, 28);
    int n = 2;
    for (auto it = dateByNumber.cbegin(); it != dateByNumber.cend(); ++it, ++n) {
        EXPECT_EQ(it.key(), QStringLiteral("INV-%1").arg(n, 4, 10, QLatin1Char('0')));
        EXPECT_EQ(it.value(), expected.toString(Qt::ISODate)) << it.key().toStdString();
        const QDate next = QDate(expected.year(), expected.month(), 1).addMonths(1);
        expected = QDate(next.year(), next.month(), next.daysInMonth());
    }
}
