#include "BankTestFiles.h"

#include "bank/BankFileProblem.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace settle;
using settle::test::bankFile;
using settle::test::bankRefusal;
using Format = BankStatementReader::Format;

namespace {

QByteArray contents(const QString& name)
{
    QFile file(bankFile(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST(BankStatementReader, FindsTheFormatFromTheContentNotTheName)
{
    EXPECT_EQ(BankStatementReader::detect(contents(QStringLiteral("march-camt053-v02.xml"))), Format::Camt053);
    EXPECT_EQ(BankStatementReader::detect(contents(QStringLiteral("march-camt053-v08.xml"))), Format::Camt053);
    EXPECT_EQ(BankStatementReader::detect(contents(QStringLiteral("march.mt940"))), Format::Mt940);
    EXPECT_EQ(BankStatementReader::detect(contents(QStringLiteral("march-ofx1.ofx"))), Format::Ofx);
    EXPECT_EQ(BankStatementReader::detect(contents(QStringLiteral("march-ofx2.ofx"))), Format::Ofx);
    EXPECT_EQ(BankStatementReader::detect(contents(QStringLiteral("sparkasse.csv"))), Format::Csv);
    EXPECT_EQ(BankStatementReader::detect(contents(QStringLiteral("dkb.csv"))), Format::Csv);
    EXPECT_EQ(BankStatementReader::detect(contents(QStringLiteral("bad/not-a-statement.txt"))), std::nullopt);

    // An MT940 file named .xml is still read as MT940.
    QTemporaryDir dir;
    const QString misnamed = dir.filePath(QStringLiteral("statement.xml"));
    ASSERT_TRUE(QFile::copy(bankFile(QStringLiteral("march.mt940")), misnamed));
    EXPECT_EQ(BankStatementReader::read(misnamed).format, QStringLiteral("mt940"));
}

TEST(BankStatementReader, FormatsAreNamedAsTheCommandLineNamesThem)
{
    for (Format f : {Format::Camt053, Format::Mt940, Format::Ofx, Format::Csv})
        EXPECT_EQ(BankStatementReader::formatNamed(BankStatementReader::formatName(f)), f);
    EXPECT_EQ(BankStatementReader::formatNamed(QStringLiteral("CAMT053")), Format::Camt053);
    try {
        BankStatementReader::formatNamed(QStringLiteral("qif"));
        FAIL() << "expected a usage error";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::Usage);
    }
}

TEST(BankStatementReader, AFileThatIsNoStatementIsRefused)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("bad/not-a-statement.txt")),
              QStringLiteral("not-a-statement.txt: is not a bank statement Settle reads (camt.053, MT940, OFX or a bank CSV)"));
}

TEST(BankStatementReader, AFileForcedIntoTheWrongFormatIsRefusedAsThatFormat)
{
    EXPECT_EQ(bankRefusal(QStringLiteral("march.mt940"), Format::Camt053),
              QStringLiteral("march.mt940: is not a camt.053 bank statement (no XML document in it)"));
    EXPECT_EQ(bankRefusal(QStringLiteral("march-camt053-v02.xml"), Format::Ofx),
              QStringLiteral("march-camt053-v02.xml: is not an OFX statement (it has no <OFX> element)"));
    EXPECT_EQ(bankRefusal(QStringLiteral("march-ofx1.ofx"), Format::Mt940),
              QStringLiteral("march-ofx1.ofx: is not an MT940 statement (no :20: or :61: tags in it)"));
}

TEST(BankStatementReader, AFileTooLargeIsRefusedBeforeItIsRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.xml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(BankStatementReader::MaxFileBytes + 1)); // sparse: takes no disk
    file.close();
    try {
        BankStatementReader::read(path);
        FAIL() << "expected a refusal";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("huge.xml: is 256 MB, more than the 256 MB"))) << e.message().toStdString();
    }
}

TEST(BankStatementReader, AMillionEntriesAreReadAndOneMoreIsRefused)
{
    // An MT940 file of one more than MaxEntries bookings (about 50 MB): every one of the million is read,
    // in linear time, before the one too many is refused.
    QByteArray data = ":20:BIG\n:25:DE89370400440532013000\n:60F:C260301EUR0,00\n";
    const QByteArray entry = ":61:2603020302C1,00NTRFNONREF\n:86:RE INV-0001\n";
    data.reserve(data.size() + entry.size() * (BankFileProblem::MaxEntries + 1));
    for (qsizetype i = 0; i <= BankFileProblem::MaxEntries; ++i)
        data += entry;
    try {
        BankStatementReader::parse(data, QStringLiteral("big.sta"));
        FAIL() << "expected a refusal";
    } catch (const SettleError& e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("big.sta: entry 1000001 (line 2000004): the file has more than")))
            << e.message().toStdString();
    }
}
