// settle-generate-ledger: writes the deterministic benchmark ledger as the three CSV files of CLI.md.

#include "LedgerGenerator.h"

#include "dates/IsoDate.h"

#include <QDir>
#include <QFileInfo>
#include <QString>

#include <cstdio>
#include <cstring>
#include <exception>
#include <optional>

namespace {

constexpr const char* usage =
    "usage: settle-generate-ledger --out DIR [--invoices N] [--seed S] [--as-of YYYY-MM-DD]\n"
    "Writes customers.csv, invoices.csv and payments.csv (the import formats of settle-cli) into DIR.\n"
    "  --invoices N   how many invoices (default 100000; 10k and 1M are accepted too)\n"
    "  --seed S       the random seed (default 42); the same seed gives byte-identical files\n"
    "  --as-of DATE   the generated history ends on this date (default 2026-03-31)\n";

[[noreturn]] void usageError(const char* what, const char* value = nullptr)
{
    if (value)
        std::fprintf(stderr, "settle-generate-ledger: %s: \"%s\"\n%s", what, value, usage);
    else
        std::fprintf(stderr, "settle-generate-ledger: %s\n%s", what, usage);
    std::exit(2);
}

// "250000", "10k", "1M" -> the count; std::nullopt for anything else.
std::optional<std::int64_t> parseCount(const char* text)
{
    QString value = QString::fromLocal8Bit(text).trimmed();
    std::int64_t scale = 1;
    if (value.endsWith(u'k', Qt::CaseInsensitive))
        scale = 1'000;
    else if (value.endsWith(u'M'))
        scale = 1'000'000;
    if (scale != 1)
        value.chop(1);
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    if (!ok || number < 1 || number > 1'000'000'000 / scale)
        return std::nullopt;
    return number * scale;
}

} // namespace

int main(int argc, char* argv[])
{
    settle::bench::LedgerGenerator::Options options;
    options.invoices = 100'000;
    options.seed = 42;
    QString out;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h")) {
            std::fputs(usage, stdout);
            return 0;
        }
        if (i + 1 >= argc)
            usageError("unknown option or missing value", arg);
        const char* value = argv[++i];
        if (!std::strcmp(arg, "--invoices")) {
            const auto count = parseCount(value);
            if (!count)
                usageError("--invoices: not a positive count such as 1000, 10k or 1M", value);
            options.invoices = *count;
        } else if (!std::strcmp(arg, "--seed")) {
            bool ok = false;
            options.seed = QString::fromLocal8Bit(value).toULongLong(&ok);
            if (!ok)
                usageError("--seed: not a non-negative integer", value);
        } else if (!std::strcmp(arg, "--out")) {
            out = QString::fromLocal8Bit(value);
        } else if (!std::strcmp(arg, "--as-of")) {
            const auto date = settle::IsoDate::parse(QString::fromLocal8Bit(value));
            if (!date)
                usageError("--as-of: not a date (YYYY-MM-DD)", value);
            options.asOf = *date;
        } else {
            usageError("unknown option", arg);
        }
    }
    if (out.isEmpty())
        usageError("--out DIR is required");

    try {
        const auto summary = settle::bench::LedgerGenerator(options).writeTo(out);
        std::printf(
            "Wrote %lld customers, %lld invoices (%lld lines) and %lld payments (%lld naming an invoice) "
            "up to %s to %s\n",
            static_cast<long long>(summary.customers), static_cast<long long>(summary.invoices),
            static_cast<long long>(summary.lines), static_cast<long long>(summary.payments),
            static_cast<long long>(summary.referencedPayments),
            settle::IsoDate::format(options.asOf).toUtf8().constData(),
            QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()).toUtf8().constData());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "settle-generate-ledger: %s\n", e.what());
        return 1;
    }
    return 0;
}
