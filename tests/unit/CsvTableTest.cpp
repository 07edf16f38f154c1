#include "io/CsvTable.h"
#include "io/CsvWriter.h"

#include <gtest/gtest.h>

using namespace settle;

TEST(Csv, AcceptsBomCrlfAndQuotedCommasAndNewlines)
{
    const QByteArray data = "\xEF\xBB\xBF" "code,name,address\r\n"
                            "C001,\"Acme, Inc.\",\"1 Main St\r\nSpringfield\"\r\n"
                            "C002,\"Say \"\"hi\"\"\",\r\n";
    const CsvTable table = CsvTable::parse(data, QStringLiteral("customers.csv"));
    ASSERT_EQ(table.rows().size(), 2);
    EXPECT_EQ(table.header(), (QStringList{"code", "name", "address"}));
    EXPECT_EQ(table.cell(table.rows()[0], QStringLiteral("name")), QStringLiteral("Acme, Inc."));
    EXPECT_EQ(table.cell(table.rows()[0], QStringLiteral("address")), QStringLiteral("1 Main St\nSpringfield"));
    EXPECT_EQ(table.rows()[0].line, 2);
    EXPECT_EQ(table.rows()[1].line, 4); // the quoted newline moved it down a line
    EXPECT_EQ(table.cell(table.rows()[1], QStringLiteral("name")), QStringLiteral("Say \"hi\""));
}

TEST(Csv, ReportsRowsWithTheWrongNumberOfCellsByLine)
{
    try {
        CsvTable::parse("a,b\n1,2\n1,2,3\n", QStringLiteral("x.csv"));
        FAIL() << "expected a problem";
    } catch (const InputProblems& e) {
        ASSERT_EQ(e.problems().size(), 1);
        EXPECT_EQ(e.problems()[0].toString(), QStringLiteral("x.csv:3: has 3 cells, the header has 2"));
    }
}

TEST(Csv, AnUnclosedQuoteNamesTheLineItStartsOn)
{
    try {
        CsvTable::parse("a,b\n1,\"open\n2,3\n", QStringLiteral("x.csv"));
        FAIL() << "expected a problem";
    } catch (const InputProblems& e) {
        EXPECT_EQ(e.problems()[0].toString(), QStringLiteral("x.csv:2: a quoted field is never closed"));
    }
}

TEST(Csv, RefusesTextThatIsNotUtf8)
{
    EXPECT_THROW(CsvTable::parse("name\nCaf\xE9\n", QStringLiteral("x.csv")), InputProblems);
}

TEST(Csv, UnknownAndMissingColumnsAreProblems)
{
    const CsvTable table = CsvTable::parse("code,nmae\n", QStringLiteral("c.csv"));
    const auto problems = table.checkColumns({QStringLiteral("code"), QStringLiteral("name")}, {QStringLiteral("email")});
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].toString(), QStringLiteral("c.csv:1: name: required column is missing"));
    EXPECT_TRUE(problems[1].toString().startsWith(QStringLiteral("c.csv:1: nmae: unknown column")));
}

TEST(Csv, WriterQuotesOnlyWhatNeedsIt)
{
    CsvWriter writer;
    writer.writeRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"x\""), QStringLiteral("two\nlines")});
    EXPECT_EQ(writer.text(), QStringLiteral("plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\"\n"));
}
