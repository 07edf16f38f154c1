// Google Benchmark programs over the generated ledger (bench/LedgerGenerator): the reports on a
// ledger imported once, and the CSV imports themselves.
//
// SETTLE_BENCH_INVOICES sets the size of the report ledger (default 100000, the size the targets in docs/PERFORMANCE.md are set for).

#include "LedgerGenerator.h"

#include "dates/FixedClock.h"
#include "io/CsvTable.h"
#include "ledger/Ledger.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <stdexcept>

namespace {

using settle::Ledger;

const QDate asOf(2026, 3, 31);
constexpr std::uint64_t seed = 42;

// A generated data set in a temporary folder, and optionally a ledger with it imported.
class DataSet
{
public:
    explicit DataSet(std::int64_t invoices) : m_clock(asOf)
    {
        if (!m_dir.isValid())
            throw std::runtime_error("cannot create a temporary folder");
        settle::bench::LedgerGenerator::Options options;
        options.invoices = invoices;
        options.seed = seed;
        options.asOf = asOf;
        m_summary = settle::bench::LedgerGenerator(options).writeTo(m_dir.filePath(QStringLiteral("csv")));
    }

    QString csv(const char* name) const
    {
        return m_dir.filePath(QStringLiteral("csv/") + QLatin1String(name));
    }
    const settle::bench::LedgerGenerator::Summary& summary() const { return m_summary; }

    // A new, initialised ledger file (replacing the last one).
    Ledger& freshLedger()
    {
        m_ledger.reset();
        const QString path = m_dir.filePath(QStringLiteral("ledger.db"));
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        m_ledger = Ledger::open(path, settle::Database::OpenMode::CreateIfMissing, m_clock);
        m_ledger->initialize(QStringLiteral("Benchmark Company"), QStringLiteral("USD"));
        return *m_ledger;
    }

    Ledger& importedLedger()
    {
        if (!m_imported) {
            Ledger& ledger = freshLedger();
            ledger.importCustomers(csv("customers.csv"));
            ledger.importInvoices(csv("invoices.csv"));
            ledger.importPayments(csv("payments.csv"));
            m_imported = true;
        }
        return *m_ledger;
    }

private:
    QTemporaryDir m_dir;
    settle::FixedClock m_clock;
    settle::bench::LedgerGenerator::Summary m_summary;
    std::unique_ptr<Ledger> m_ledger;
    bool m_imported = false;
};

std::int64_t reportLedgerSize()
{
    bool ok = false;
    const qlonglong size = qEnvironmentVariableIntValue("SETTLE_BENCH_INVOICES", &ok);
    return ok && size > 0 ? size : 100'000;
}

// Built on first use so that `--benchmark_filter=Import` does not pay for the big import.
DataSet& reportData()
{
    static DataSet data(reportLedgerSize());
    return data;
}

DataSet& importData()
{
    static DataSet data(10'000);
    return data;
}

// ---- reports on the imported ledger --------------------------------------------------------------

void BM_Aging(benchmark::State& state)
{
    Ledger& ledger = reportData().importedLedger();
    for (auto _ : state) {
        const auto report = ledger.aging(asOf);
        benchmark::DoNotOptimize(report.currencies().size());
    }
    state.counters["invoices"] = double(reportData().summary().invoices);
}
BENCHMARK(BM_Aging)->Unit(benchmark::kMillisecond);

// What `settle-cli aging --json` does after opening the file.
void BM_AgingJson(benchmark::State& state)
{
    Ledger& ledger = reportData().importedLedger();
    for (auto _ : state) {
        const QString json = ledger.aging(asOf).toJson().dump(2);
        benchmark::DoNotOptimize(json.size());
    }
}
BENCHMARK(BM_AgingJson)->Unit(benchmark::kMillisecond);

// A year back far more invoices were still open: the balance query sees most of the history.
void BM_AgingYearAgo(benchmark::State& state)
{
    Ledger& ledger = reportData().importedLedger();
    for (auto _ : state) {
        const auto report = ledger.aging(asOf.addYears(-1));
        benchmark::DoNotOptimize(report.currencies().size());
    }
}
BENCHMARK(BM_AgingYearAgo)->Unit(benchmark::kMillisecond);

void BM_InvoiceListAll(benchmark::State& state)
{
    Ledger& ledger = reportData().importedLedger();
    for (auto _ : state) {
        const auto list = ledger.invoices({}, asOf);
        benchmark::DoNotOptimize(list.size());
    }
}
BENCHMARK(BM_InvoiceListAll)->Unit(benchmark::kMillisecond);

void BM_InvoiceListOpen(benchmark::State& state)
{
    Ledger& ledger = reportData().importedLedger();
    settle::InvoiceRepository::Filter filter;
    filter.openOnly = true;
    for (auto _ : state) {
        const auto list = ledger.invoices(filter, asOf);
        benchmark::DoNotOptimize(list.size());
    }
}
BENCHMARK(BM_InvoiceListOpen)->Unit(benchmark::kMillisecond);

void BM_InvoiceListOneCustomer(benchmark::State& state)
{
    Ledger& ledger = reportData().importedLedger();
    settle::InvoiceRepository::Filter filter;
    filter.customerCode = QStringLiteral("C00001");
    for (auto _ : state) {
        const auto list = ledger.invoices(filter, asOf);
        benchmark::DoNotOptimize(list.size());
    }
}
BENCHMARK(BM_InvoiceListOneCustomer)->Unit(benchmark::kMillisecond);

void BM_CustomerBalances(benchmark::State& state)
{
    Ledger& ledger = reportData().importedLedger();
    for (auto _ : state) {
        const auto balances = ledger.customerBalances(asOf);
        benchmark::DoNotOptimize(balances.size());
    }
}
BENCHMARK(BM_CustomerBalances)->Unit(benchmark::kMillisecond);

// ---- imports of the 10k-invoice data set into a fresh ledger -------------------------------------------

void BM_ParseInvoicesCsv10k(benchmark::State& state)
{
    const QString path = importData().csv("invoices.csv");
    for (auto _ : state) {
        const auto table = settle::CsvTable::read(path);
        benchmark::DoNotOptimize(table.rows().size());
    }
}
BENCHMARK(BM_ParseInvoicesCsv10k)->Unit(benchmark::kMillisecond);

// Each import is timed alone; what it needs first is done with the clock paused.
void BM_ImportCustomers10k(benchmark::State& state)
{
    DataSet& data = importData();
    for (auto _ : state) {
        state.PauseTiming();
        Ledger& ledger = data.freshLedger();
        state.ResumeTiming();
        ledger.importCustomers(data.csv("customers.csv"));
    }
    state.counters["rows"] = double(data.summary().customers);
}
BENCHMARK(BM_ImportCustomers10k)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ImportInvoices10k(benchmark::State& state)
{
    DataSet& data = importData();
    for (auto _ : state) {
        state.PauseTiming();
        Ledger& ledger = data.freshLedger();
        ledger.importCustomers(data.csv("customers.csv"));
        state.ResumeTiming();
        ledger.importInvoices(data.csv("invoices.csv"));
    }
    state.counters["rows"] = double(data.summary().lines);
}
BENCHMARK(BM_ImportInvoices10k)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ImportPayments10k(benchmark::State& state)
{
    DataSet& data = importData();
    for (auto _ : state) {
        state.PauseTiming();
        Ledger& ledger = data.freshLedger();
        ledger.importCustomers(data.csv("customers.csv"));
        ledger.importInvoices(data.csv("invoices.csv"));
        state.ResumeTiming();
        ledger.importPayments(data.csv("payments.csv"));
    }
    state.counters["rows"] = double(data.summary().payments);
}
BENCHMARK(BM_ImportPayments10k)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ImportAllThree10k(benchmark::State& state)
{
    DataSet& data = importData();
    for (auto _ : state) {
        state.PauseTiming();
        Ledger& ledger = data.freshLedger();
        state.ResumeTiming();
        ledger.importCustomers(data.csv("customers.csv"));
        ledger.importInvoices(data.csv("invoices.csv"));
        ledger.importPayments(data.csv("payments.csv"));
    }
}
BENCHMARK(BM_ImportAllThree10k)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // the imports log each file at info
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
