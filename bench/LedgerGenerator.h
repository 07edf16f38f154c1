#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace settle::bench {

// Writes a realistic, deterministic ledger as the three interchange CSVs of CLI.md
// (customers.csv, invoices.csv, payments.csv): the data every speed claim is measured on.
// The same options give byte-identical files.
class LedgerGenerator
{
public:
    struct Options
    {
        std::int64_t invoices = 1000;
        std::uint64_t seed = 1;
        QDate asOf = QDate(2026, 3, 31); // the history ends here: no payment is dated later
    };

    struct Summary
    {
        std::int64_t customers = 0;
        std::int64_t invoices = 0;
        std::int64_t lines = 0;
        std::int64_t payments = 0;
        std::int64_t referencedPayments = 0; // with an invoice number to allocate to
    };

    explicit LedgerGenerator(Options options);

    // Creates `folder` if needed and writes the three files into it. Throws std::runtime_error
    // naming the file when one cannot be written.
    Summary writeTo(const QString& folder) const;

private:
    Options m_options;
};

} // namespace settle::bench
