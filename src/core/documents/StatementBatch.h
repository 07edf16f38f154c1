#pragma once

#include "documents/AccountStatement.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace settle {

class Clock;

// Statements for every customer with a balance at a date, one PDF each in a folder. The
// work is shared by one thread per core, each with its own connection to the ledger (a connection
// belongs to the thread that opened it).
class StatementBatch
{
public:
    struct Options
    {
        QString location; // the ledger: a file or a postgresql:// address
        QDate from;
        QDate to; // the statement date: customers with a balance then get one
        AccountStatement::Kind kind = AccountStatement::Kind::Activity;
        QString folder;
        int threads = 0; // 0: one per core
    };

    struct Result
    {
        int total = 0;     // customers with a balance
        QStringList files; // written, in customer order
        bool cancelled = false;
    };

    // Called after each statement with (done, total), from the worker threads, one call at a time.
    using Progress = std::function<void(int, int)>;

    // Throws SettleError: usage for a bad period, run time for a folder that cannot be made or
    // written (then nothing is written) or a statement that fails (the files written so far stay).
    // Setting `cancel` stops after the statements being written.
    static Result run(const Options& options, const Clock& clock, const Progress& progress = {},
                      const std::atomic_bool* cancel = nullptr);
    // The file name for a customer code: letters, digits, '.', '-' and '_' kept, anything else '_'.
    static QString fileName(const QString& customerCode);
};

} // namespace settle
