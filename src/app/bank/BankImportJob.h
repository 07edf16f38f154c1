#pragma once

#include "bank/BankBook.h"
#include "domain/BankImportCounts.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace settle {

class Ledger;
class LedgerSession;

// A bank statement import on a worker thread with a connection of its own (Qt SQL connections
// belong to one thread), so that a big file neither freezes the window nor holds its connection.
// The import is one write: Cancel stops it between two entries and nothing is stored. When it ends,
// the window's ledger is told what changed elsewhere (bank entries, payments, invoices), so the
// Bank page, the navigation's count and the follow-up queue read again.
class BankImportJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        std::optional<BankImportCounts> counts; // set when the import went through
        QString error;                          // why nothing was imported, in the user's words
        bool cancelled = false;
    };
    // What the worker runs on its own ledger: reads the statement and imports it through the book.
    using Work = std::function<BankImportCounts(Ledger& ledger, BankBook& book, const BankBook::Progress& progress)>;

    explicit BankImportJob(LedgerSession& session, QObject* parent = nullptr);
    ~BankImportJob() override;

    // A statement file in any format the reader detects; false when an import is already running.
    bool start(const QString& path);
    // The same with the reading done by `work` (a bank CSV read through its column mapping).
    bool start(const QString& path, Work work);
    void cancel();
    bool isRunning() const;
    QString path() const { return m_path; }
    const Outcome& outcome() const { return m_outcome; }

Q_SIGNALS:
    // Entries done of the file's entries (0 of 0 while the file is still being read).
    void progressed(int done, int total);
    void finished();

private:
    struct Shared
    {
        std::atomic<bool> cancel{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };

    void done();

    LedgerSession& m_session;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<Shared> m_shared;
    QTimer* m_poll = nullptr;
    QString m_path;
    Outcome m_outcome;
};

} // namespace settle
