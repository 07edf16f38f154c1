// Google Benchmark programs for statements of account (issue 5; docs/PERFORMANCE.md):
//   BM_Statement1000Lines  one statement of exactly 1,000 transaction lines, read and written as PDF/A;
//   BM_StatementBatch/N    a statement for every customer with a balance in the generated ledger of
//                          50,000 invoices (1,000 customers), on N threads (1 or 2), to a temporary folder.
// Both on a temporary SQLite file. SETTLE_BENCH_STATEMENT_INVOICES changes the generated ledger's size.

#include "LedgerGenerator.h"

#include "dates/FixedClock.h"
#include "documents/AccountStatement.h"
#include "documents/CompanyProfile.h"
#include "documents/StatementBatch.h"
#include "documents/StatementPdf.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"
#include "storage/StatementRepository.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <stdexcept>

namespace {

using settle::Ledger;
using settle::SettingKeys;

const QDate asOf(2026, 3, 31);

std::int64_t ledgerSize()
{
    bool ok = false;
    const qlonglong size = qEnvironmentVariableIntValue("SETTLE_BENCH_STATEMENT_INVOICES", &ok);
    return ok && size > 0 ? size : 50'000; // one customer per 50 invoices: 1,000 customers
}

// The generated ledger, plus customer BENCH1000 whose statement for 2025 has exactly 1,000 lines:
// 500 invoices and 500 payments, one of each every working day or so.
class StatementData
{
public:
    StatementData() : m_clock(asOf)
    {
        if (!m_dir.isValid())
            throw std::runtime_error("cannot create a temporary folder");
        settle::bench::LedgerGenerator::Options options;
        options.invoices = ledgerSize();
        options.seed = 42;
        options.asOf = asOf;
        m_summary = settle::bench::LedgerGenerator(options).writeTo(m_dir.filePath(QStringLiteral("csv")));
        m_ledger = Ledger::open(path(), settle::Database::OpenMode::CreateIfMissing, m_clock);
        m_ledger->initialize(QStringLiteral("Benchmark Company"), QStringLiteral("USD"));
        m_ledger->setSetting(SettingKeys::CompanyAddress, QStringLiteral("1 Benchmark Road\nSpringfield"));
        m_ledger->setSetting(SettingKeys::CompanyPaymentDetails, QStringLiteral("IBAN XX00 0000 0000"));
        m_ledger->importCustomers(csv("customers.csv"));
        m_ledger->importInvoices(csv("invoices.csv"));
        m_ledger->importPayments(csv("payments.csv"));
        addThousandLineCustomer();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("ledger.db")); }
    QString folder(const QString& name) const { return m_dir.filePath(name); }
    Ledger& ledger() { return *m_ledger; }
    const settle::FixedClock& clock() const { return m_clock; }

private:
    QString csv(const char* name) const
    {
        return m_dir.filePath(QStringLiteral("csv/") + QLatin1String(name));
    }

    void write(const QString& name, const QString& text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            throw std::runtime_error("cannot write a benchmark file");
    }

    void addThousandLineCustomer()
    {
        write(QStringLiteral("c.csv"),
              QStringLiteral(
                  "code,name,address\nBENCH1000,Thousand Lines Ltd,\"2 Long Street\nSpringfield\"\n"));
        QString invoices = QStringLiteral("number,customer,issue_date,description,unit_price\n");
        QString payments = QStringLiteral("customer,date,amount,invoice\n");
        for (int i = 0; i < 500; ++i) {
            const QDate issued = QDate(2025, 1, 1).addDays(i * 364 / 500);
            const QString number = QStringLiteral("B1K-%1").arg(i, 4, 10, QChar(u'0'));
            const int cents = 10000 + i * 7;
            invoices += QStringLiteral("%1,BENCH1000,%2,Consulting services for week %3,%4.%5\n")
                            .arg(number, issued.toString(Qt::ISODate))
                            .arg(i % 52 + 1)
                            .arg(cents / 100)
                            .arg(cents % 100, 2, 10, QChar(u'0'));
            // Each invoice is paid in part the next day, so every line is its own transaction.
            const int paid = cents / 2;
            payments += QStringLiteral("BENCH1000,%1,%2.%3,%4\n")
                            .arg(issued.addDays(1).toString(Qt::ISODate))
                            .arg(paid / 100)
                            .arg(paid % 100, 2, 10, QChar(u'0'))
                            .arg(number);
        }
        write(QStringLiteral("i.csv"), invoices);
        write(QStringLiteral("p.csv"), payments);
        m_ledger->importCustomers(m_dir.filePath(QStringLiteral("c.csv")));
        m_ledger->importInvoices(m_dir.filePath(QStringLiteral("i.csv")));
        m_ledger->importPayments(m_dir.filePath(QStringLiteral("p.csv")));
    }

    QTemporaryDir m_dir;
    settle::FixedClock m_clock;
    settle::bench::LedgerGenerator::Summary m_summary;
    std::unique_ptr<Ledger> m_ledger;
};

StatementData& data()
{
    static StatementData d;
    return d;
}

void BM_Statement1000Lines(benchmark::State& state)
{
    Ledger& ledger = data().ledger();
    const settle::Customer customer = ledger.requireCustomer(QStringLiteral("BENCH1000"));
    const auto company = settle::CompanyProfile::load(ledger);
    const QString out = data().folder(QStringLiteral("thousand.pdf"));
    qsizetype lines = 0;
    int pages = 0;
    for (auto _ : state) {
        settle::StatementRepository repository(ledger.database());
        const auto statement =
            settle::AccountStatement::read(repository, settle::AccountStatement::Kind::Activity, customer,
                                           QDate(2025, 1, 1), QDate(2025, 12, 31));
        lines = statement.sections.first().lines.size();
        auto document = settle::StatementPdf::layout(statement, company);
        pages = document->pageCount();
        document->save(out);
    }
    if (lines != 1000)
        state.SkipWithError("the statement does not have 1,000 lines");
    state.counters["lines"] = double(lines);
    state.counters["pages"] = pages;
}
BENCHMARK(BM_Statement1000Lines)->Unit(benchmark::kMillisecond);

void BM_StatementBatch(benchmark::State& state)
{
    data(); // generated and imported outside the timing
    int written = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString folder = data().folder(QStringLiteral("batch"));
        QDir(folder).removeRecursively();
        state.ResumeTiming();
        settle::StatementBatch::Options options;
        options.location = data().path();
        options.from = QDate(2026, 3, 1);
        options.to = asOf;
        options.folder = folder;
        options.threads = int(state.range(0));
        written = int(settle::StatementBatch::run(options, data().clock()).files.size());
    }
    state.counters["statements"] = written;
}
BENCHMARK(BM_StatementBatch)->Arg(1)->Arg(2)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    // Fonts need a QGuiApplication; no display is needed for PDFs.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
