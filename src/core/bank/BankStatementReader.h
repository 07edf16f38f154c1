#pragma once

#include "bank/BankCsvReader.h"
#include "domain/BankStatement.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace settle {

// Reads a bank statement file into bookings: ISO 20022 camt.053 (.001.02 to .001.08), MT940, OFX,
// and bank CSV through a column mapping. A file that is not a statement, or an entry with a broken
// field, throws SettleError(BadInput) naming the file, the entry and the field; nothing is returned
// half-read. The format is found from the content, never the file's name.
class BankStatementReader
{
public:
    enum class Format { Detect, Camt053, Mt940, Ofx, Csv };

    // Larger files are refused before they are read: a statement of a year of a busy account is a few
    // megabytes, and every reader holds the whole file and its entries in memory.
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

    // "camt053", "mt940", "ofx", "csv"; std::nullopt-like Detect for anything else is the caller's
    // usage error, so this throws SettleError(Usage) for an unknown name.
    static Format formatNamed(const QString& name);
    static QString formatName(Format format);

    // The format of a file's first bytes; std::nullopt when it is none Settle reads.
    static std::optional<Format> detect(const QByteArray& data);

    // `csv` says how a bank CSV is mapped (BankCsvMappingStore::readerOptions gives the ledger's).
    static BankStatement read(const QString& path, Format format = Format::Detect,
                              const BankCsvReader::Options& csv = {});
    // The same for a file already in memory; `fileName` names it in messages.
    static BankStatement parse(const QByteArray& data, const QString& fileName, Format format = Format::Detect,
                               const BankCsvReader::Options& csv = {});
};

} // namespace settle
